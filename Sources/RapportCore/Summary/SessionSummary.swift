/// Counts of one category for one speaker (or the whole session).
public struct CategoryCount: Sendable, Hashable, Codable {
  /// Hits, negated ones included.
  public var count: Int
  /// Hits with a negator before them in the same clause.
  public var negated: Int
  /// Sum of the hits' entry weights.
  public var weighted: Double
  /// Hits as percent of the speaker's words (LIWC's convention).
  public var rate: Double
}

/// One speaker's share of a session.
public struct SpeakerSummary: Sendable, Hashable, Codable {
  public var label: String
  public var role: Role
  public var roleSource: RoleSource
  public var turns: Int
  public var words: Int
  /// Transcription marks by kind (`laughs`: 2).
  public var events: [String: Int]
  /// Counts by category id; categories without hits are listed with zeros.
  public var categories: [String: CategoryCount]
}

/// A lexicon as recorded in provenance.
public struct LexiconProvenance: Sendable, Hashable, Codable {
  public var name: String
  public var version: String
  public var path: String
  public var sha256: String
}

/// Where a summary came from: enough to reproduce it.
public struct Provenance: Sendable, Hashable, Codable {
  public var tool: String
  public var toolVersion: String
  public var source: TranscriptSource
  public var lexicons: [LexiconProvenance]
  public var options: [String: String]
}

/// What Rapport reports about one session. Holds no transcript text.
public struct SessionSummary: Sendable, Hashable, Codable {
  /// Version of the output shape; a change to the shape bumps it.
  public static let schemaVersion = "rapport-session/1"

  public var schema: String
  public var session: String
  public var provenance: Provenance
  public var turns: Int
  public var words: Int
  public var speakers: [SpeakerSummary]
  public var warnings: [InputWarning]
}
