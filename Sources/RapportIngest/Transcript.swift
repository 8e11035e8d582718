import RapportText

/// A speaker's part in the session.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
  case therapist, client, other

  public static func < (a: Role, b: Role) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// How a speaker's role was decided, so a researcher can audit it.
public enum RoleSource: String, Sendable, Codable, CaseIterable {
  /// The label is one Rapport knows (`T`, `Therapist`, `Client`, `Dr. …`).
  case builtIn = "built-in"
  /// The label was given in a speaker map.
  case speakerMap = "speaker-map"
  /// The transcript file itself gave the role (a JSON transcript's `speakers`, a CSV `role`
  /// column beside its speaker column).
  case transcript
  /// The only unlabelled speaker in a two-person session opposite a known therapist or client.
  case inferred
  /// Nothing said what the label is; the speaker counts as `other`.
  case unknown
}

/// One person speaking in a transcript, as labelled in the file.
public struct Speaker: Sendable, Hashable, Codable {
  public var label: String
  public var role: Role
  public var roleSource: RoleSource

  public init(label: String, role: Role, roleSource: RoleSource) {
    self.label = label
    self.role = role
    self.roleSource = roleSource
  }
}

/// A transcription mark such as `[laughs]` or `(inaudible)`: kept out of the words, recorded
/// as an event of the turn.
public struct TranscriptEvent: Sendable, Hashable, Codable {
  /// The mark's content, lowercased and trimmed: `laughs`, `inaudible`, `long pause`.
  public var kind: String
  /// UTF-16 range of the whole mark, brackets included, in the turn's text.
  public var range: Range<Int>

  public init(kind: String, range: Range<Int>) {
    self.kind = kind
    self.range = range
  }

  /// Whether the mark records laughter (`laughs`, `both laugh`, `chuckles`, `giggles`).
  public var isLaughter: Bool {
    mentions("laugh") || mentions("chuckl") || mentions("giggl")
  }

  /// Whether the mark's content holds the ASCII text `word` anywhere (`both laugh` mentions
  /// `both`). A plain byte search: Foundation's `String.contains` runs a locale-aware search,
  /// about 1% of a batch for a few short words, and the generic collection search was slower
  /// still.
  public func mentions(_ word: StaticString) -> Bool {
    var kind = kind
    return kind.withUTF8 { Self.contains($0, word) }
  }

  private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard bytes.count >= needle.count else { return false }
    for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
      var offset = 1
      while offset < needle.count && bytes[start + offset] == needle[offset] { offset += 1 }
      if offset == needle.count { return true }
    }
    return false
  }
}

/// One speaker's uninterrupted contribution.
public struct Turn: Sendable, Hashable {
  /// 1-based position in the transcript.
  public var number: Int
  /// Index into `Transcript.speakers`.
  public var speaker: Int
  /// The turn's text as written, label and timestamp removed, marks kept (tokenization skips
  /// them). Continuation lines of plain text are joined with "\n"; caption lines and merged
  /// cues with a space, because their line breaks are layout, not speech.
  ///
  /// Changing it clears `unitRange`, which would no longer describe it. A parser that records
  /// `unitRange` keeps no string: the text is made from the transcript's code units each time
  /// it is read (the batch's analysis never reads it; tokens are made from the code units).
  public var text: String {
    get {
      if let storedText { return storedText }
      guard let unitRange else { return "" }
      return units.withUnsafeBufferPointer { UTF16Text.string(UnsafeBufferPointer(rebasing: $0[unitRange])) }
    }
    set {
      storedText = newValue
      unitRange = nil
      units = []
    }
  }
  /// The text given to the initializer or set; nil when it is read from `units`.
  private var storedText: String?
  /// The transcript's `turnText` when `text` is read from it (the same storage, not a copy);
  /// empty otherwise.
  private var units: [UInt16] = []
  /// Start time in seconds, when the transcript gives one.
  public var start: Double?
  /// End time in seconds, when the transcript gives one.
  public var end: Double?
  /// 1-based line of the file on which the turn starts.
  public var line: Int
  /// Byte range of the turn in the source file (label and continuation lines included).
  public var byteRange: Range<Int>
  /// Transcription marks in the turn, in order.
  public var events: [TranscriptEvent]
  /// Where `text` is, as UTF-16 code units, in its transcript's `turnText`, when the parser
  /// recorded it (the plain-text parser does): the tagger then reads the code units decoded
  /// from the file instead of converting `text` back to UTF-16. Not part of equality.
  public private(set) var unitRange: Range<Int>?

  public init(
    number: Int, speaker: Int, text: String, start: Double? = nil, end: Double? = nil,
    line: Int, byteRange: Range<Int>, events: [TranscriptEvent] = [], unitRange: Range<Int>? = nil
  ) {
    self.number = number
    self.speaker = speaker
    self.storedText = text
    self.start = start
    self.end = end
    self.line = line
    self.byteRange = byteRange
    self.events = events
    self.unitRange = unitRange
  }

  /// A turn whose text is `units[unitRange]`, made into a string only when `text` is read;
  /// `units` is the transcript's `turnText`, complete (so it is shared, never copied).
  init(
    number: Int, speaker: Int, units: [UInt16], unitRange: Range<Int>, start: Double?, line: Int,
    byteRange: Range<Int>, events: [TranscriptEvent]
  ) {
    self.number = number
    self.speaker = speaker
    self.units = units
    self.unitRange = unitRange
    self.start = start
    self.line = line
    self.byteRange = byteRange
    self.events = events
  }

  public static func == (a: Turn, b: Turn) -> Bool {
    (a.number, a.speaker, a.text, a.start, a.end, a.line) == (b.number, b.speaker, b.text, b.start, b.end, b.line)
      && a.byteRange == b.byteRange && a.events == b.events
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(number)
    hasher.combine(speaker)
    hasher.combine(text)
    hasher.combine(start)
    hasher.combine(end)
    hasher.combine(line)
    hasher.combine(byteRange)
    hasher.combine(events)
  }
}

/// Where a transcript came from and how it was read.
public struct TranscriptSource: Sendable, Hashable, Codable {
  /// The path as given on the command line (or found under a given folder).
  public var path: String
  /// Input format name: `text`, `webvtt`, `srt`, `json`, `csv`, `tsv`.
  public var format: String
  /// The charset the bytes were decoded from, as ICU names it (`UTF-8`, `UTF-16LE`, `windows-1252`).
  public var encoding: String
  /// Whether the file began with a byte order mark.
  public var hadByteOrderMark: Bool
  /// SHA-256 of the file's bytes, lowercase hex.
  public var sha256: String
  public var byteCount: Int
}

/// A problem with an input that did not stop it from being analyzed.
public struct InputWarning: Sendable, Hashable, Codable, Comparable {
  /// A short stable code: `replacement-characters`, `unknown-speaker`, `inferred-role`, …
  public var code: String
  public var message: String
  /// 1-based line, where there is one.
  public var line: Int?

  public init(code: String, message: String, line: Int? = nil) {
    self.code = code
    self.message = message
    self.line = line
  }

  public static func < (a: InputWarning, b: InputWarning) -> Bool {
    ((a.line ?? 0), a.code, a.message) < ((b.line ?? 0), b.code, b.message)
  }
}

/// A therapy session as read from one file: who spoke, what they said, in which order.
public struct Transcript: Sendable {
  public var source: TranscriptSource
  /// Lines before the first turn (a title, a date), `# ` removed.
  public var metadata: [String]
  public var speakers: [Speaker]
  public var turns: [Turn]
  public var warnings: [InputWarning]
  /// The text of the turns that have a `unitRange`, back to back, as the UTF-16 code units
  /// decoded from the file (empty when the parser recorded none).
  public var turnText: [UInt16]

  public init(
    source: TranscriptSource, metadata: [String], speakers: [Speaker], turns: [Turn],
    warnings: [InputWarning], turnText: [UInt16] = []
  ) {
    self.source = source
    self.metadata = metadata
    self.speakers = speakers
    self.turns = turns
    self.warnings = warnings
    self.turnText = turnText
  }
}
