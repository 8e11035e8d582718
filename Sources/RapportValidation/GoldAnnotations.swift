import RapportMeasure
import RapportSupport

/// One hand-annotated span: a stretch of a turn that a person judged to express a category.
public struct GoldSpan: Sendable, Hashable, Codable {
  /// 1-based turn number, as `Turn.number`.
  public var turn: Int
  /// Category id of the lexicons (`fear`, `trust`, …).
  public var category: String
  /// The span as quoted in the gold file.
  public var text: String
  /// UTF-16 range of the span's first occurrence in the turn's text.
  public var range: Range<Int>
  /// 1-based line in the gold file.
  public var line: Int

  public init(turn: Int, category: String, text: String, range: Range<Int>, line: Int) {
    self.turn = turn
    self.category = category
    self.text = text
    self.range = range
    self.line = line
  }
}

/// What one therapist turn does, as a person annotated it.
public struct GoldAct: Sendable, Hashable, Codable {
  /// A gold act label: any MITI 4.2 code or group name (`ActLabel`); a turn labelled with a
  /// group is compared at group level.
  public typealias Label = ActLabel

  /// 1-based turn number, as `Turn.number`.
  public var turn: Int
  public var label: Label
  /// 1-based line in the gold file.
  public var line: Int

  public init(turn: Int, label: Label, line: Int) {
    self.turn = turn
    self.label = label
    self.line = line
  }
}

/// The gold annotations of one session, checked against its transcript.
public struct GoldAnnotations: Sendable, Hashable {
  /// Session id the file belongs to (`s01-panic-at-work` for `s01-panic-at-work.gold`).
  public var session: String
  /// The gold file, as given.
  public var path: String
  /// The transcript the spans were checked against.
  public var transcriptPath: String
  /// Category spans in file order.
  public var spans: [GoldSpan]
  /// Therapist act rows in file order.
  public var acts: [GoldAct]

  public init(session: String, path: String, transcriptPath: String, spans: [GoldSpan], acts: [GoldAct]) {
    self.session = session
    self.path = path
    self.transcriptPath = transcriptPath
    self.spans = spans
    self.acts = acts
  }

  /// Category ids annotated in this session, sorted.
  public var categories: [String] { Set(spans.map(\.category)).sorted() }
}

/// Gold annotations for several sessions, with the problems found while loading them.
public struct GoldSet: Sendable {
  /// Annotations by session id.
  public var sessions: [String: GoldAnnotations]
  /// Lines that could not be used (bad turn, span not in its turn, malformed row). A gold set
  /// with errors should be fixed before its scores are trusted.
  public var errors: [RapportError]
  /// Problems that do not invalidate the file: unknown categories, files without a transcript.
  public var warnings: [RapportError]

  public init(sessions: [String: GoldAnnotations] = [:], errors: [RapportError] = [], warnings: [RapportError] = []) {
    self.sessions = sessions
    self.errors = errors
    self.warnings = warnings
  }

  /// Category ids annotated in any session, sorted.
  public var categories: [String] { Set(sessions.values.flatMap { $0.spans.map(\.category) }).sorted() }
}

extension ActLabel {
  /// `reflection`, the group, as gold files written before the MITI codes use it.
  public static let reflection = ActLabel.group(.reflection)
  public static let openQuestion = ActLabel.code(.openQuestion)
  public static let closedQuestion = ActLabel.code(.closedQuestion)
  public static let other = ActLabel.code(.other)
  /// The labels of gold files written before the MITI codes, always listed in the report's
  /// counts of gold act rows.
  public static let legacyGoldLabels: [ActLabel] = [.reflection, .openQuestion, .closedQuestion, .other]
}

