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
  /// The therapist acts the gold format knows, with their gold-file spelling.
  public enum Label: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Mirrors or paraphrases the client, even when it ends in "?".
    case reflection
    case openQuestion = "open-question"
    case closedQuestion = "closed-question"
    /// Anything else (information, structuring, self-disclosure, …).
    case other

    /// The gold label of a classifier's act: reflections of either kind are `reflection`,
    /// questions keep their kind, and every other code is `other`.
    public init?(_ act: TherapistAct) {
      switch act {
      case .openQuestion: self = .openQuestion
      case .closedQuestion: self = .closedQuestion
      case .simpleReflection, .complexReflection: self = .reflection
      default: self = .other
      }
    }

    public static func < (a: Label, b: Label) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

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
