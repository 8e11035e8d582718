import Foundation

/// Multinomial logistic regression over sparse binary features, trained by minimizing the mean
/// negative log-likelihood plus an L2 penalty (λ/2 · Σ w², the bias feature unpenalized) with
/// `LBFGS` from all-zero weights. The objective is strictly convex for λ > 0, so the minimum is
/// unique and the result does not depend on a seed.
public struct SoftmaxRegression: Sendable, Hashable {
  /// One training example: the indices of its features that are present (value 1), and its
  /// label's index.
  public struct Example: Sendable, Hashable {
    public var features: [Int]
    public var label: Int
    /// The example's weight in the likelihood (1, or a class weight).
    public var weight: Double

    public init(features: [Int], label: Int, weight: Double = 1) {
      self.features = features
      self.label = label
      self.weight = weight
    }
  }

  /// Features (rows of `weights`).
  public var featureCount: Int
  /// Labels (columns).
  public var labelCount: Int
  /// `weights[f * labelCount + k]`: the weight of feature f for label k.
  public var weights: [Double]
  /// The optimizer's report.
  public var iterations: Int
  public var converged: Bool

  /// The model fitted to `examples` with penalty `l2`; `unpenalized` is the bias feature's
  /// index, if any.
  ///
  /// - Complexity: O(i · (n · a · k + f · k)) for i iterations, n examples of a features each,
  ///   k labels and f features.
  public static func train(
    _ examples: [Example], featureCount: Int, labelCount: Int, l2: Double, unpenalized: Int? = nil,
    optimizer: LBFGS = LBFGS()
  ) -> SoftmaxRegression {
    let totalWeight = max(examples.reduce(0) { $0 + $1.weight }, .leastNonzeroMagnitude)
    let k = labelCount
    let result = optimizer.minimize(from: [Double](repeating: 0, count: featureCount * k)) { w in
      var value = 0.0
      var gradient = [Double](repeating: 0, count: w.count)
      var scores = [Double](repeating: 0, count: k)
      for example in examples {
        for label in 0..<k { scores[label] = 0 }
        for f in example.features {
          for label in 0..<k { scores[label] += w[f * k + label] }
        }
        let top = scores.max() ?? 0
        var sum = 0.0
        for label in 0..<k {
          scores[label] = exp(scores[label] - top)
          sum += scores[label]
        }
        value -= example.weight * (log(scores[example.label] / sum))
        for label in 0..<k {
          let residual = example.weight * (scores[label] / sum - (label == example.label ? 1 : 0)) / totalWeight
          for f in example.features { gradient[f * k + label] += residual }
        }
      }
      value /= totalWeight
      for f in 0..<featureCount where f != unpenalized {
        for label in 0..<k {
          let weight = w[f * k + label]
          value += 0.5 * l2 * weight * weight
          gradient[f * k + label] += l2 * weight
        }
      }
      return (value, gradient)
    }
    return SoftmaxRegression(
      featureCount: featureCount, labelCount: labelCount, weights: result.x, iterations: result.iterations,
      converged: result.converged)
  }

  /// The label probabilities of an example with `features` present.
  public func probabilities(_ features: [Int]) -> [Double] {
    Self.probabilities(features.map { Array(weights[($0 * labelCount)..<(($0 + 1) * labelCount)]) }, labels: labelCount)
  }

  /// Softmax of the summed weight rows `rows` (one per present feature) over `labels` labels.
  static func probabilities(_ rows: [[Double]], labels: Int) -> [Double] {
    var scores = [Double](repeating: 0, count: labels)
    for row in rows {
      for label in 0..<labels { scores[label] += row[label] }
    }
    let top = scores.max() ?? 0
    let exps = scores.map { exp($0 - top) }
    let sum = exps.reduce(0, +)
    return exps.map { $0 / sum }
  }
}
