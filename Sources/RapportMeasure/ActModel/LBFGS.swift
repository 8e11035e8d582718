/// A small limited-memory BFGS minimizer (Nocedal & Wright, *Numerical Optimization*, 2nd ed.,
/// algorithm 7.4 with the two-loop recursion 7.5) with a backtracking line search that keeps
/// the Armijo condition. It is all the act model's training needs: the objective is smooth and
/// convex, so no Wolfe curvature search is required; a pair whose curvature `sᵀy` is not
/// positive is skipped, which keeps the inverse-Hessian estimate positive definite.
///
/// Deterministic: the same objective and start give the same iterates, bit for bit (no
/// randomness, sums in a fixed order).
public struct LBFGS: Sendable, Hashable {
  /// The outcome of one minimization.
  public struct Result: Sendable, Hashable {
    /// The point reached.
    public var x: [Double]
    /// The objective there.
    public var value: Double
    /// Iterations taken (line searches run).
    public var iterations: Int
    /// Whether a stopping test was met before `maxIterations`.
    public var converged: Bool
  }

  /// Correction pairs kept (the "m" of L-BFGS).
  public var memory: Int
  /// Iterations at most.
  public var maxIterations: Int
  /// Stop when ‖∇f‖ ≤ `gradientTolerance` · max(1, ‖x‖).
  public var gradientTolerance: Double
  /// Stop when one iteration lowers f by less than `valueTolerance` · max(1, |f|).
  public var valueTolerance: Double

  /// A minimizer keeping `memory` pairs, stopping after `maxIterations` or at the tolerances.
  public init(memory: Int = 8, maxIterations: Int = 300, gradientTolerance: Double = 1e-5, valueTolerance: Double = 1e-10) {
    precondition(memory >= 1 && maxIterations >= 1, "L-BFGS needs a memory and an iteration")
    self.memory = memory
    self.maxIterations = maxIterations
    self.gradientTolerance = gradientTolerance
    self.valueTolerance = valueTolerance
  }

  /// The minimum of `objective` (which returns f(x) and ∇f(x)) found from `start`.
  ///
  /// - Complexity: O(k · (c + m · n)) for k iterations, c the cost of one objective call,
  ///   m the memory and n the dimension.
  public func minimize(from start: [Double], objective: ([Double]) -> (value: Double, gradient: [Double])) -> Result {
    var x = start
    var (value, gradient) = objective(x)
    var steps: [[Double]] = []
    var changes: [[Double]] = []
    var curvatures: [Double] = []
    var iterations = 0
    while iterations < maxIterations {
      if Self.norm(gradient) <= gradientTolerance * max(1, Self.norm(x)) {
        return Result(x: x, value: value, iterations: iterations, converged: true)
      }
      var direction = Self.direction(gradient, steps: steps, changes: changes, curvatures: curvatures)
      var slope = Self.dot(direction, gradient)
      if slope >= 0 {
        // Not a descent direction (rounding): restart from steepest descent.
        direction = gradient.map { -$0 }
        slope = -Self.dot(gradient, gradient)
        steps.removeAll()
        changes.removeAll()
        curvatures.removeAll()
      }
      // The first step is scaled so it moves x by about one unit; later ones start at 1.
      var step = steps.isEmpty ? min(1, 1 / Self.norm(gradient)) : 1
      var next = x
      var nextValue = value
      var nextGradient = gradient
      var accepted = false
      for _ in 0..<40 {
        for i in x.indices { next[i] = x[i] + step * direction[i] }
        (nextValue, nextGradient) = objective(next)
        if nextValue.isFinite, nextValue <= value + 1e-4 * step * slope {
          accepted = true
          break
        }
        step *= 0.5
      }
      iterations += 1
      guard accepted else { return Result(x: x, value: value, iterations: iterations, converged: false) }
      let s = zip(next, x).map { $0 - $1 }
      let y = zip(nextGradient, gradient).map { $0 - $1 }
      let sy = Self.dot(s, y)
      if sy > 1e-12 {
        steps.append(s)
        changes.append(y)
        curvatures.append(sy)
        if steps.count > memory {
          steps.removeFirst()
          changes.removeFirst()
          curvatures.removeFirst()
        }
      }
      let decrease = value - nextValue
      x = next
      value = nextValue
      gradient = nextGradient
      if decrease <= valueTolerance * max(1, abs(value)) {
        return Result(x: x, value: value, iterations: iterations, converged: true)
      }
    }
    return Result(x: x, value: value, iterations: iterations, converged: false)
  }

  /// −H·g by the two-loop recursion over the stored pairs, H₀ = (sᵀy / yᵀy) I.
  static func direction(_ gradient: [Double], steps: [[Double]], changes: [[Double]], curvatures: [Double]) -> [Double] {
    var q = gradient
    var alphas = [Double](repeating: 0, count: steps.count)
    for i in steps.indices.reversed() {
      alphas[i] = dot(steps[i], q) / curvatures[i]
      for j in q.indices { q[j] -= alphas[i] * changes[i][j] }
    }
    if let last = steps.indices.last {
      let scale = curvatures[last] / dot(changes[last], changes[last])
      for j in q.indices { q[j] *= scale }
    }
    for i in steps.indices {
      let beta = dot(changes[i], q) / curvatures[i]
      for j in q.indices { q[j] += (alphas[i] - beta) * steps[i][j] }
    }
    return q.map { -$0 }
  }

  static func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for i in a.indices { sum += a[i] * b[i] }
    return sum
  }

  static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }
}
