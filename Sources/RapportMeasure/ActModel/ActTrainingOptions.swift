import RapportIngest

/// What shapes a trained act model: whose turns it codes, the L2 penalty, how often a feature
/// must occur to be kept, the folds of the cross-validation, and class weighting.
public struct ActTrainingOptions: Sendable, Hashable {
  /// Whose turns are coded.
  public var role: Role
  /// L2 penalty λ on the mean log-likelihood (larger: smaller weights, smoother model).
  public var l2: Double
  /// Training turns a feature must occur in to be kept.
  public var minimumCount: Int
  /// Folds of the cross-validation run with training (0: none).
  public var folds: Int
  /// Optimizer iterations at most.
  public var maxIterations: Int
  /// Weigh each label's turns by n / (k · nₗ), so rare labels count as much as common ones.
  public var balanced: Bool

  /// The defaults docs/acts-model.md gives.
  public init(
    role: Role = .therapist, l2: Double = 0.003, minimumCount: Int = 2, folds: Int = 5, maxIterations: Int = 400,
    balanced: Bool = false
  ) {
    self.role = role
    self.l2 = l2
    self.minimumCount = minimumCount
    self.folds = folds
    self.maxIterations = maxIterations
    self.balanced = balanced
  }

  /// The options by command-line name, as the model file records them.
  public var recorded: [String: String] {
    [
      "role": role.rawValue, "l2": String(l2), "min-count": String(minimumCount), "folds": String(folds),
      "max-iterations": String(maxIterations), "balanced": String(balanced),
    ]
  }

  /// The fewest coded turns a label needs to be learned.
  public static let minimumExamplesPerLabel = 5
}
