/// Options for the summary stage: how many segments, and which optional parts to produce.
public struct AnalysisOptions: Sendable, Hashable {
  /// Segments of equal word count the session is cut into (at least 1).
  public var segments: Int
  /// Add every hit with its text and context to the summary (`--include-hits`).
  public var includeHits: Bool
  /// Add the heuristic composite indicator (`--composite`).
  public var composite: Bool
  /// Produce one `TurnSummary` per turn (for turns.csv, `--turns`).
  public var turnDetails: Bool
  /// Trained models that code turns instead of the rules (`--acts-model`): at most one
  /// therapist and one client model.
  public var actsModels: [ActModelFile] = []

  /// The labels of the client model, in order; empty without one.
  public var clientTalkLabels: [String] { actsModels.first { $0.model.role == .client }?.model.labels ?? [] }

  /// Five segments and nothing optional unless asked.
  public init(segments: Int = 5, includeHits: Bool = false, composite: Bool = false, turnDetails: Bool = false) {
    precondition(segments >= 1, "a session has at least one segment")
    self.segments = segments
    self.includeHits = includeHits
    self.composite = composite
    self.turnDetails = turnDetails
  }
}
