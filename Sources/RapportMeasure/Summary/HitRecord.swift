import RapportIngest

/// One hit as written with `--include-hits`: what matched, how it was modified, and where, with
/// the matched text and a few words around it. The only output that carries transcript text.
public struct HitRecord: Sendable, Hashable, Codable {
  /// The category the entry belongs to (ancestors are not repeated).
  public var category: String
  /// The lexicon entry as written in its lexicon.
  public var entry: String
  public var negated: Bool
  /// Modifiers found before the hit: `hedge`, `intensifier` (sorted).
  public var modifiers: [String]
  /// 1-based turn number.
  public var turn: Int
  public var speaker: String
  /// 1-based segment of the hit's first word.
  public var segment: Int
  /// UTF-16 offsets of the match in the turn's text (label and timestamp removed).
  public var start: Int
  public var end: Int
  /// Byte range of the whole turn in the source file.
  public var turnByteStart: Int
  public var turnByteEnd: Int
  /// The matched text as written.
  public var text: String
  /// Up to five words either side of the match, line breaks as spaces.
  public var context: String
}

/// One turn as written to turns.csv: who spoke, when, how much, the therapist act found, and
/// the turn's hits per content category.
public struct TurnSummary: Sendable, Hashable {
  /// 1-based turn number.
  public var number: Int
  public var speaker: String
  public var role: Role
  /// Start time in seconds, when the transcript gives one.
  public var start: Double?
  public var words: Int
  /// 1-based segment of the turn's first word.
  public var segment: Int
  /// The acts of a therapist turn (its primary act and every act found); nil for other
  /// speakers.
  public var acts: TurnActs?
  /// Hits per content category, in the order of `SessionAnalysis.categories`.
  public var counts: [Int]
  /// The client model's label of a client turn (`--acts-model`); nil otherwise.
  public var clientTalk: String? = nil
}

/// Everything the summary stage produces for one session: the summary written as JSON and
/// XML, and the turn rows of turns.csv when asked for.
public struct SessionAnalysis: Sendable {
  public var summary: SessionSummary
  /// Content category ids, the column order of `TurnSummary.counts`.
  public var categories: [String]
  /// One row per turn when `AnalysisOptions.turnDetails` is set; empty otherwise.
  public var turns: [TurnSummary]
}
