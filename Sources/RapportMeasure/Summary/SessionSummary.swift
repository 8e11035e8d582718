import RapportIngest
import RapportSupport

/// Counts of one category for one speaker (or the whole session).
public struct CategoryCount: Sendable, Hashable, Codable {
  /// Hits, negated ones included.
  public var count: Int
  /// Hits with a negator before them in the same clause.
  public var negated: Int
  /// Sum of the hits' entry weights.
  public var weighted: Double
  /// Hits as percent of the speaker's words (LIWC's convention); 0 when the speaker said no
  /// words there.
  public var rate: Double

  package init(count: Int, negated: Int, weighted: Double, rate: Double) {
    self.count = count
    self.negated = negated
    self.weighted = weighted
    self.rate = rate
  }
}

/// One speaker's counts in one segment.
public struct SpeakerSegment: Sendable, Hashable, Codable {
  /// 1-based segment number.
  public var segment: Int
  /// The speaker's words in the segment.
  public var words: Int
  /// Counts by category id; categories without hits are listed with zeros.
  public var categories: [String: CategoryCount]
}

/// One speaker's share of a session.
public struct SpeakerSummary: Sendable, Hashable, Codable {
  public var label: String
  public var role: Role
  public var roleSource: RoleSource
  public var turns: Int
  public var words: Int
  /// LIWC's summary variables (WC, WPS, dic, bigwords, function) for the speaker.
  public var summaryVariables: SummaryVariables
  /// Transcription marks by kind (`laughs`: 2).
  public var events: [String: Int]
  /// Counts by category id over the whole session; categories without hits are listed with
  /// zeros.
  public var categories: [String: CategoryCount]
  /// Counts in each segment, in order.
  public var segments: [SpeakerSegment]
}

/// Where a segment lies: its words and the turns holding its first and last word.
public struct SegmentSpan: Sendable, Hashable, Codable {
  /// 1-based segment number.
  public var segment: Int
  public var words: Int
  /// Turn number of the segment's first word; null for an empty segment.
  @Nullable public var firstTurn: Int?
  /// Turn number of the segment's last word; null for an empty segment.
  @Nullable public var lastTurn: Int?
}

/// A lexicon as recorded in provenance.
public struct LexiconProvenance: Sendable, Hashable, Codable {
  public var name: String
  public var version: String
  public var path: String
  public var sha256: String

  package init(name: String, version: String, path: String, sha256: String) {
    self.name = name
    self.version = version
    self.path = path
    self.sha256 = sha256
  }
}

/// Where a summary came from: enough to reproduce it.
public struct Provenance: Sendable, Hashable, Codable {
  public var tool: String
  public var toolVersion: String
  public var source: TranscriptSource
  public var lexicons: [LexiconProvenance]
  /// Every option that shapes the outputs, by its command-line name.
  public var options: [String: String]
}

/// What Rapport reports about one session. Holds no transcript text unless hits were asked
/// for (`--include-hits`).
public struct SessionSummary: Sendable, Hashable, Codable {
  /// Version of the output shape; a change to the shape bumps it. Described by
  /// Schemas/session-2.schema.json and Schemas/session-2.xsd.
  public static let schemaVersion = "rapport-session/2"

  public var schema: String
  public var session: String
  public var provenance: Provenance
  public var turns: Int
  public var words: Int
  /// LIWC's summary variables over all speakers.
  public var summaryVariables: SummaryVariables
  /// The session's segments of equal word count, in order.
  public var segments: [SegmentSpan]
  public var speakers: [SpeakerSummary]
  public var indicators: AllianceIndicators
  public var warnings: [InputWarning]
  /// Every hit with its place and text; present only with `--include-hits`.
  public var hits: [HitRecord]?
  /// Client turns per label of a client model (`--acts-model`, such as change / sustain /
  /// neutral talk); present only with one.
  public var clientTalk: [String: Int]? = nil
  /// One mark per turn for the HTML report's turn strip; present only when `--format`
  /// includes html.
  public var turnMarks: [TurnMark]?
}
