/// The parts of a transcript a format's parser finds, before provenance is attached.
///
/// Every parser (plain text, captions, JSON, CSV/TSV) returns one of these, so the reader
/// attaches provenance and decoding warnings in one place.
public struct ParsedTranscript: Sendable {
  /// Lines of description that are not turns: `#` lines before the first turn, a JSON
  /// transcript's `metadata` as `key: value` lines.
  public var metadata: [String] = []
  public var speakers: [Speaker] = []
  public var turns: [Turn] = []
  public var warnings: [InputWarning] = []
  /// The UTF-16 text that turns' `unitRange`s point into (see `Transcript.turnText`).
  public var turnText: [UInt16] = []

  public init(metadata: [String] = [], speakers: [Speaker] = [], turns: [Turn] = [], warnings: [InputWarning] = []) {
    self.metadata = metadata
    self.speakers = speakers
    self.turns = turns
    self.warnings = warnings
  }
}

/// The speakers of a transcript as a parser meets them: each label's index, the line it first
/// appears on, and any role the file itself gives.
struct SpeakerTable {
  private(set) var labels: [String] = []
  private var firstLines: [Int?] = []
  private var given: [Role?] = []
  private var index: [String: Int] = [:]

  /// The index of `label` (compared case-insensitively), adding it when new.
  mutating func index(of label: String, line: Int?) -> Int {
    let key = label.lowercased()
    if let known = index[key] { return known }
    index[key] = labels.count
    labels.append(label)
    firstLines.append(line)
    given.append(nil)
    return labels.count - 1
  }

  /// The index of `label`, if it has been met.
  func existingIndex(of label: String) -> Int? {
    index[label.lowercased()]
  }

  /// Records the role the transcript gives speaker `speaker`; the first one given stays.
  mutating func give(_ role: Role, to speaker: Int) {
    if given[speaker] == nil { given[speaker] = role }
  }

  /// The speakers with their roles, and the warnings about roles a researcher should see.
  func speakers(map: SpeakerMap) -> ([Speaker], [InputWarning]) {
    SpeakerRoles.assign(labels: labels, firstLines: firstLines, map: map, given: given)
  }
}
