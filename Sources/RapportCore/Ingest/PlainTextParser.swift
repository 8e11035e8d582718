/// Reads plain speaker-labelled transcripts: `T: …`, `Client: …`, `Dr. Lee: …`, optionally
/// after a timestamp (`[00:12:31]`, `00:12:31`, `(12:31)`). A line without a label continues
/// the previous turn; lines before the first turn (and lines starting with `#`) are metadata.
public enum PlainTextParser {
  /// The parts of a transcript a parser finds (kept under this name for earlier callers).
  public typealias Parsed = ParsedTranscript

  /// Parses a decoded plain-text transcript; `path` names the file in errors.
  public static func parse(_ decoded: DecodedText, path: String, speakerMap: SpeakerMap) throws(RapportError) -> ParsedTranscript {
    let map = speakerMap
    let units = decoded.units
    var parsed = ParsedTranscript()
    var speakers = SpeakerTable()
    var current: PendingTurn?

    func flush() {
      guard let turn = current else { return }
      parsed.turns.append(turn.finish(number: parsed.turns.count + 1, decoded: decoded))
      current = nil
    }

    for (lineNumber, span) in lineSpans(units).enumerated() {
      let line = units[span]
      guard let first = line.firstIndex(where: { !isSpace($0) }) else { continue }
      let content = line[first...]
      if content.first == UInt16(ascii: "#") {
        parsed.metadata.append(UTF16Text.string(content.dropFirst()).trimmingWhitespace())
        continue
      }
      var rest = content[...]
      let time = Timestamp.parse(&rest)
      if let (label, text) = splitLabel(rest), label.first!.isUppercase || map.role(for: label) != nil {
        flush()
        let speaker = speakers.index(of: label, line: lineNumber + 1)
        current = PendingTurn(
          speaker: speaker, start: time, line: lineNumber + 1,
          unitStart: span.lowerBound, unitEnd: span.upperBound,
          text: UTF16Text.string(trimTrailing(text)))
      } else if current != nil {
        current!.append(UTF16Text.string(trimTrailing(content)), end: span.upperBound)
      } else {
        parsed.metadata.append(UTF16Text.string(content).trimmingWhitespace())
      }
    }
    flush()

    guard !parsed.turns.isEmpty else {
      throw RapportError(
        .input, file: path, problem: "no speaker-labelled turns found",
        remedy: "Start each turn with a label such as 'T:', 'Client:' or 'Dr. Lee:', or choose another format with --input-format")
    }
    (parsed.speakers, parsed.warnings) = speakers.speakers(map: speakerMap)
    return parsed
  }

  /// A turn being read: its first line and any continuation lines.
  private struct PendingTurn {
    var speaker: Int
    var start: Double?
    var line: Int
    /// UTF-16 offsets in the decoded file of the turn's first line start and last line end.
    var unitStart: Int
    var unitEnd: Int
    var text: String

    mutating func append(_ continuation: String, end: Int) {
      text += text.isEmpty ? continuation : "\n" + continuation
      unitEnd = end
    }

    func finish(number: Int, decoded: DecodedText) -> Turn {
      Turn(
        number: number, speaker: speaker, text: text, start: start, line: line,
        byteRange: decoded.byteOffset(ofUTF16: unitStart)..<decoded.byteOffset(ofUTF16: unitEnd),
        events: TranscriptionMarks.find(in: text))
    }
  }

  /// UTF-16 ranges of the lines of `units`, without their line breaks (LF, CRLF, CR).
  static func lineSpans(_ units: [UInt16]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < units.count {
      let unit = units[index]
      if unit == 0x0A || unit == 0x0D || unit == 0x2028 {
        spans.append(start..<index)
        if unit == 0x0D, index + 1 < units.count, units[index + 1] == 0x0A { index += 1 }
        start = index + 1
      }
      index += 1
    }
    if start < units.count { spans.append(start..<units.count) }
    return spans
  }

  /// Splits `Label: words` into its label and words, if the line starts with a plausible
  /// speaker label: up to four words (the caller also requires a capital or a mapped label) of letters (digits, `.`, `'`, `-` allowed after the
  /// first letter), at most 40 characters, followed by a colon and a space or the line's end.
  static func splitLabel(_ line: ArraySlice<UInt16>) -> (String, ArraySlice<UInt16>)? {
    guard let colon = line.prefix(41).firstIndex(of: UInt16(ascii: ":")), colon > line.startIndex else {
      return nil
    }
    let after = line.index(after: colon)
    if after < line.endIndex, !isSpace(line[after]) { return nil }
    let label = UTF16Text.string(line[..<colon]).trimmingWhitespace()
    guard let initial = label.unicodeScalars.first, initial.properties.isAlphabetic else { return nil }
    let words = label.split(separator: " ", omittingEmptySubsequences: true)
    guard words.count <= 4 else { return nil }
    let allowed = label.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || $0.properties.numericType != nil || $0.properties.generalCategory == .nonspacingMark
        || " .'’-".unicodeScalars.contains($0)
    }
    guard allowed else { return nil }
    let spoken = line[after...]
    let start = spoken.firstIndex { !isSpace($0) } ?? spoken.endIndex
    return (label, line[start...])
  }

  static func isSpace(_ unit: UInt16) -> Bool {
    unit == 0x20 || unit == 0x09 || unit == 0xA0 || unit == 0xFEFF || unit == 0x3000
  }

  private static func trimTrailing(_ text: ArraySlice<UInt16>) -> ArraySlice<UInt16> {
    var end = text.endIndex
    while end > text.startIndex, isSpace(text[end - 1]) { end -= 1 }
    return text[..<end]
  }
}
