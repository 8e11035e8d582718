import Foundation
import Testing

@testable import RapportCore
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportValidation

/// The optimizer and the regression under the act model, on problems whose solutions are
/// known in closed form.
@Suite struct ActModelOptimizerTests {
  @Test func lbfgsFindsTheMinimumOfAnIllConditionedQuadratic() {
    // f(x, y) = (x − 3)² + 100 (y + 1)²: minimum 0 at (3, −1).
    let result = LBFGS(gradientTolerance: 1e-10, valueTolerance: 0).minimize(from: [0, 0]) { p in
      let (x, y) = (p[0], p[1])
      return ((x - 3) * (x - 3) + 100 * (y + 1) * (y + 1), [2 * (x - 3), 200 * (y + 1)])
    }
    #expect(result.converged)
    #expect(abs(result.x[0] - 3) < 1e-6)
    #expect(abs(result.x[1] + 1) < 1e-6)
    #expect(result.value < 1e-10)
  }

  @Test func lbfgsFindsTheMinimumOfRosenbrocksValley() {
    // f = (1 − x)² + 100 (y − x²)²: minimum 0 at (1, 1), reached along a curved valley.
    let result = LBFGS(maxIterations: 500, gradientTolerance: 1e-9, valueTolerance: 0).minimize(from: [-1.2, 1]) { p in
      let (x, y) = (p[0], p[1])
      let value = (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
      return (value, [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])
    }
    #expect(abs(result.x[0] - 1) < 1e-4)
    #expect(abs(result.x[1] - 1) < 1e-4)
  }

  @Test func aBiasAloneLearnsTheLabelFrequencies() {
    // With only an unpenalized bias, the maximum-likelihood softmax gives each label its share.
    let examples = [0, 0, 0, 1, 2, 2].map { SoftmaxRegression.Example(features: [0], label: $0) }
    let model = SoftmaxRegression.train(examples, featureCount: 1, labelCount: 3, l2: 1, unpenalized: 0)
    let p = model.probabilities([0])
    #expect(abs(p[0] - 3.0 / 6) < 1e-5)
    #expect(abs(p[1] - 1.0 / 6) < 1e-5)
    #expect(abs(p[2] - 2.0 / 6) < 1e-5)
  }

  @Test func thePenalizedTwoLabelSolutionMeetsItsStationaryCondition() {
    // One feature present in one example of each label, a bias on both: the optimum of the
    // binary case satisfies w = (σ-residuals) / (n λ); the symmetric data give w₀ = −w₁.
    let examples = [
      SoftmaxRegression.Example(features: [0, 1], label: 0), SoftmaxRegression.Example(features: [0], label: 1),
    ]
    let l2 = 0.1
    let model = SoftmaxRegression.train(
      examples, featureCount: 2, labelCount: 2, l2: l2, unpenalized: 0,
      optimizer: LBFGS(gradientTolerance: 1e-12, valueTolerance: 0))
    let w = model.weights
    #expect(abs(w[2] + w[3]) < 1e-6)
    // ∂/∂w₁₀ = (p₀(x₁) − 1)/2 + λ w₁₀ = 0 at the optimum.
    let p0 = model.probabilities([0, 1])[0]
    #expect(abs((p0 - 1) / 2 + l2 * w[2]) < 1e-6)
    #expect(p0 > 0.5)
  }

  @Test(arguments: [(0, [0, 1, 2, 3, 5], "0"), (1, [0, 1, 2, 3, 5], "1"), (4, [0, 1, 2, 3, 5], "3-4"), (9, [0, 1, 2, 3, 5], "5+"), (7, [0, 1, 3, 6], "6+")])
  func countsFallInTheirBands(value: Int, bounds: [Int], band: String) {
    #expect(ActFeatures.band(value, bounds) == band)
  }
}
