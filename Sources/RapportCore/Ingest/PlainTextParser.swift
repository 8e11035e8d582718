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
    // Every turn's text, back to back: the code units are copied once, from the decoded file.
    var turnText: [UInt16] = []
    turnText.reserveCapacity(units.count)

    func flush() {
      guard let turn = current else { return }
      parsed.turns.append(turn.finish(number: parsed.turns.count + 1, decoded: decoded, turnText: turnText))
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
          unitStart: span.lowerBound, unitEnd: span.upperBound, textStart: turnText.count)
        turnText.append(contentsOf: trimTrailing(text))
      } else if current != nil {
        // A continuation line, joined with "\n" (none before the first words).
        if turnText.count > current!.textStart { turnText.append(0x0A) }
        turnText.append(contentsOf: trimTrailing(content))
        current!.unitEnd = span.upperBound
      } else {
        parsed.metadata.append(UTF16Text.string(content).trimmingWhitespace())
      }
    }
    flush()
    parsed.turnText = turnText

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
    /// Where the turn's text starts in the parser's `turnText`; it runs to its end.
    var textStart: Int

    func finish(number: Int, decoded: DecodedText, turnText: [UInt16]) -> Turn {
      let range = textStart..<turnText.count
      return turnText.withUnsafeBufferPointer { all in
        let units = UnsafeBufferPointer(rebasing: all[range])
        return Turn(
          number: number, speaker: speaker, text: UTF16Text.string(units), start: start, line: line,
          byteRange: decoded.byteOffset(ofUTF16: unitStart)..<decoded.byteOffset(ofUTF16: unitEnd),
          events: TranscriptionMarks.find(in: units), unitRange: range)
      }
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
