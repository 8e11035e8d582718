import RapportSupport
import RapportText

/// Reads plain speaker-labelled transcripts: `T: …`, `Client: …`, `Dr. Lee: …`, optionally
/// after a timestamp (`[00:12:31]`, `00:12:31`, `(12:31)`; Descript and Trint write
/// `[00:01:02] Name: text`). Rev.com's `Therapist (00:00:05): text` (or the label line alone,
/// the words below) and Otter.ai's `Speaker 1  0:03` line with the words below also start a
/// turn. A line without a label continues the previous turn; lines before the first turn (and
/// lines starting with `#`) are metadata. Invisible format characters (bidi marks, zero-width
/// spaces) around a label are ignored; control characters in a label (a NUL) are dropped from
/// it with a warning naming the line.
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

    // Finished turns wait for the whole text: a turn made while `turnText` still grew would
    // share its storage, and the next append would copy it.
    var finished: [FinishedTurn] = []
    func flush() {
      guard let turn = current else { return }
      finished.append(turn.finish(decoded: decoded, turnText: turnText))
      current = nil
    }

    func appendUnlabelled(_ content: ArraySlice<UInt16>, span: Range<Int>) {
      if current != nil {
        // A continuation line, joined with "\n" (none before the first words).
        if turnText.count > current!.textStart { turnText.append(0x0A) }
        turnText.append(contentsOf: trimTrailing(content))
        current!.unitEnd = span.upperBound
      } else {
        parsed.metadata.append(trimmedString(content))
      }
    }

    var labels = PlainTextLabels()
    var lineNumber = -1
    for span in LineSpans(units) {
      lineNumber += 1
      let line = units[span]
      guard let first = line.firstIndex(where: { !isSpace($0) }) else { continue }
      let content = line[first...]
      if content.first == UInt16(ascii: "#") {
        parsed.metadata.append(trimmedString(content.dropFirst()))
        continue
      }
      var rest = content[...]
      var time = Timestamp.parse(&rest)
      // A broken timestamp before a label: warn and read the label, rather than merging the
      // line into the turn before it.
      if time == nil, let after = unreadableTimestamp(rest), splitLabel(after) != nil || splitTimedLabel(after) != nil {
        parsed.warnings.append(InputWarning(
          code: "unreadable-timestamp",
          message: "the timestamp at the start of the line cannot be read (out of range or malformed), so the line has no time; write it as [hh:mm:ss]",
          line: lineNumber + 1))
        rest = after
      }
      // (Plain variables rather than an optional tuple: copying and destroying one per line
      // went through the runtime's generic tuple witnesses.)
      var found: String?
      var text = rest
      var labelTime: Double?
      if let timed = splitTimedLabel(rest, labels: &labels) {
        (found, text, labelTime) = (timed.label, timed.text, timed.time)
      } else if let plain = splitLabel(rest, labels: &labels) {
        (found, text) = plain
      } else if let otter = splitOtterHeader(rest, map: map) {
        (found, text, labelTime) = (otter.label, rest[rest.endIndex...], otter.time)
      }
      if let rawLabel = found {
        let verdict = labels.verdict(for: rawLabel, map: map)
        guard labels[verdict].text != nil else {
          appendUnlabelled(content, span: span)
          continue
        }
        if labels[verdict].droppedControl {
          parsed.warnings.append(InputWarning(
            code: "control-character-in-label",
            message: "the speaker label holds control characters (such as NUL), which were dropped; check the export",
            line: lineNumber + 1))
        }
        time = time ?? labelTime
        flush()
        let speaker = labels.speaker(verdict, in: &speakers, line: lineNumber + 1)
        let words = trimTrailing(text)
        current = PendingTurn(
          speaker: speaker, start: time, line: lineNumber + 1,
          unitStart: span.lowerBound, unitEnd: span.upperBound, textStart: turnText.count)
        turnText.append(contentsOf: words)
      } else {
        appendUnlabelled(content, span: span)
      }
    }
    flush()
    parsed.turnText = turnText
    parsed.turns = finished.indices.map { index in
      let turn = finished[index]
      return Turn(
        number: index + 1, speaker: turn.speaker, units: turnText, unitRange: turn.range, start: turn.start,
        line: turn.line, byteRange: turn.byteRange, events: turn.events)
    }

    guard !parsed.turns.isEmpty else {
      throw RapportError(
        .input, file: path, problem: "no speaker-labelled turns found",
        remedy: "Start each turn with a label such as 'T:', 'Client:' or 'Dr. Lee:', or choose another format with --input-format")
    }
    let (found, roleWarnings) = speakers.speakers(map: speakerMap)
    parsed.speakers = found
    parsed.warnings += roleWarnings
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

    func finish(decoded: DecodedText, turnText: [UInt16]) -> FinishedTurn {
      let range = textStart..<turnText.count
      return FinishedTurn(
        speaker: speaker, start: start, line: line, range: range,
        byteRange: decoded.byteOffset(ofUTF16: unitStart)..<decoded.byteOffset(ofUTF16: unitEnd),
        events: turnText.withUnsafeBufferPointer { TranscriptionMarks.find(in: UnsafeBufferPointer(rebasing: $0[range])) })
    }
  }

  /// A turn read to its end, made into a `Turn` once the whole text is in `turnText`.
  private struct FinishedTurn {
    var speaker: Int
    var start: Double?
    var line: Int
    /// Its text's place in `turnText`.
    var range: Range<Int>
    var byteRange: Range<Int>
    var events: [TranscriptEvent]
  }

  /// UTF-16 ranges of the lines of `units`, without their line breaks (LF, CRLF, CR).
  static func lineSpans(_ units: [UInt16]) -> [Range<Int>] {
    Array(LineSpans(units))
  }

  /// The lines of a text one by one, as `lineSpans` lists them, without building the list.
  struct LineSpans: Sequence, IteratorProtocol {
    private let units: [UInt16]
    private var start = 0

    init(_ units: [UInt16]) { self.units = units }

    mutating func next() -> Range<Int>? {
      let count = units.count
      guard start < count else { return nil }
      let from = start
      let end = units.withUnsafeBufferPointer { UnitSearch.firstIndex(of: 0x0A, 0x0D, 0x2028, in: $0, from: from) }
      guard end < count else {
        start = count
        return from..<count
      }
      start = end + 1
      if units[end] == 0x0D, start < count, units[start] == 0x0A { start += 1 }
      return from..<end
    }
  }

  /// Splits `Label: words` into its label and words, if the line starts with a plausible
  /// speaker label: up to four words (the caller also requires a capital or a mapped label) of letters (digits, `.`, `'`, `-` allowed after the
  /// first letter), at most 40 characters, followed by a colon and a space or the line's end.
  static func splitLabel(_ line: ArraySlice<UInt16>) -> (String, ArraySlice<UInt16>)? {
    guard let (colon, words) = labelShape(line) else { return nil }
    let label = trimmedString(line[..<colon])
    guard isPlausibleLabel(label) else { return nil }
    return (label, line[words...])
  }

  /// `splitLabel`, judging each distinct label once per file with `labels`.
  static func splitLabel(_ line: ArraySlice<UInt16>, labels: inout PlainTextLabels) -> (String, ArraySlice<UInt16>)? {
    guard let (colon, words) = labelShape(line), let label = labels.plausibleLabel(line[..<colon]) else { return nil }
    return (label, line[words...])
  }

  /// Where a line shaped like `Label: words` has its colon (within the first 41 code units,
  /// not first) and its words (after format characters and spaces); nil for any other line.
  private static func labelShape(_ line: ArraySlice<UInt16>) -> (colon: Int, words: Int)? {
    guard let colon = line.prefix(41).firstIndex(of: UInt16(ascii: ":")), colon > line.startIndex else {
      return nil
    }
    var after = line.index(after: colon)
    while after < line.endIndex, isFormat(line[after]) { after += 1 }
    if after < line.endIndex, !isSpace(line[after]) { return nil }
    while after < line.endIndex, isSpace(line[after]) { after += 1 }
    return (colon, after)
  }

  /// Whether `label` (format and control characters aside) is up to four words of letters
  /// (digits, `.`, `'`, `-` allowed after the first letter).
  static func isPlausibleLabel(_ label: String) -> Bool {
    asciiPlausibleLabel(label) ?? scalarPlausibleLabel(label)
  }

  /// `isPlausibleLabel` byte by byte for a label of printable ASCII that does not start or end
  /// with a space (most labels), or nil for any other label.
  static func asciiPlausibleLabel(_ label: String) -> Bool? {
    var words = 0
    var inWord = false
    var count = 0
    var last: UInt8 = 0
    for byte in label.utf8 {
      guard byte >= 0x20, byte < 0x7F else { return nil }
      let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
      if count == 0 {
        if byte == 0x20 { return nil }
        if !letter { return false }
      }
      count += 1
      last = byte
      if byte == 0x20 {
        inWord = false
      } else if !inWord {
        words += 1
        inWord = true
      }
      guard letter || (0x30...0x39).contains(byte) || byte == 0x20 || byte == 0x2E || byte == 0x27 || byte == 0x2D else {
        return false
      }
    }
    if count == 0 { return false }
    if last == 0x20 { return nil }
    return words <= 4
  }

  /// `isPlausibleLabel` scalar by scalar, for any label.
  static func scalarPlausibleLabel(_ label: String) -> Bool {
    // A scalar the rule below refuses and that cleaning and trimming keep (not a format or
    // control character, not white space) refuses the label whatever else it holds; found
    // here without cleaning, splitting and copying (a line before the first turn, such as
    // `Session 8 — 2024-09-12 — client: …`, is judged once per file).
    for scalar in label.unicodeScalars where scalar.value >= 0x80 {
      let properties = scalar.properties
      switch properties.generalCategory {
      case .format, .control, .nonspacingMark: continue
      default: break
      }
      if properties.isWhitespace || properties.isAlphabetic || properties.numericType != nil || scalar == "’" { continue }
      return false
    }
    let visible = cleanLabel(label).text
    guard let initial = visible.unicodeScalars.first, initial.properties.isAlphabetic else { return false }
    let words = visible.split(separator: " ", omittingEmptySubsequences: true)
    guard words.count <= 4 else { return false }
    return visible.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || $0.properties.numericType != nil || $0.properties.generalCategory == .nonspacingMark
        || " .'’-".unicodeScalars.contains($0)
    }
  }

  /// `label` without invisible format characters (bidi marks, zero-width spaces and joiners,
  /// U+FEFF) and control characters, trimmed; `droppedControl` says whether a control
  /// character (a NUL) was among them.
  static func cleanLabel(_ label: String) -> (text: String, droppedControl: Bool) {
    // Printable ASCII holds no format or control character, and its only white space is " ".
    if label.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      let utf8 = label.utf8
      guard let first = utf8.firstIndex(where: { $0 != 0x20 }), let last = utf8.lastIndex(where: { $0 != 0x20 }) else {
        return ("", false)
      }
      return (String(label[first...last]), false)
    }
    return cleanLabelByScalars(label)
  }

  /// `cleanLabel` scalar by scalar, for any label.
  static func cleanLabelByScalars(_ label: String) -> (text: String, droppedControl: Bool) {
    var scalars = String.UnicodeScalarView()
    var droppedControl = false
    for scalar in label.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .format: continue
      case .control:
        if scalar != "\t" { droppedControl = true }
        continue
      default: scalars.append(scalar)
      }
    }
    return (String(scalars).trimmingWhitespace(), droppedControl)
  }

  /// Rev.com's `Label (00:00:05):`, with the words after it (empty when they start on the
  /// next line), and the time in seconds.
  static func splitTimedLabel(_ line: ArraySlice<UInt16>) -> (label: String, text: ArraySlice<UInt16>, time: Double)? {
    var labels = PlainTextLabels()
    return splitTimedLabel(line, labels: &labels)
  }

  /// `splitTimedLabel`, judging each distinct label once per file with `labels`.
  static func splitTimedLabel(
    _ line: ArraySlice<UInt16>, labels: inout PlainTextLabels
  ) -> (label: String, text: ArraySlice<UInt16>, time: Double)? {
    guard let open = line.prefix(42).firstIndex(of: UInt16(ascii: "(")), open > line.startIndex else { return nil }
    // The time is checked before the label: both must hold, and the time is cheaper to read.
    var rest = line[open...]
    guard let time = Timestamp.parse(&rest) else { return nil }
    guard rest.first == UInt16(ascii: ":") else { return nil }
    guard let label = labels.plausibleLabel(line[..<open]) else { return nil }
    var after = rest.index(after: rest.startIndex)
    while after < rest.endIndex, isSpace(rest[after]) || isFormat(rest[after]) { after += 1 }
    return (label, rest[after...], time)
  }

  /// Otter.ai's speaker line: a label, at least two spaces (or a `Speaker N` label, or one the
  /// speaker map knows), and a time, with nothing after it; the words follow on the next lines.
  static func splitOtterHeader(_ line: ArraySlice<UInt16>, map: SpeakerMap) -> (label: String, time: Double)? {
    var end = line.endIndex
    while end > line.startIndex, isSpace(line[end - 1]) { end -= 1 }
    guard let lastSpace = line[..<end].lastIndex(where: isSpace), lastSpace > line.startIndex else { return nil }
    var timePart = line[(lastSpace + 1)..<end]
    guard let time = Timestamp.parse(&timePart), timePart.isEmpty else { return nil }
    let label = UTF16Text.string(line[..<lastSpace]).trimmingWhitespace()
    guard label.count <= 40, isPlausibleLabel(label) else { return nil }
    let doubleSpaced = lastSpace > line.startIndex && isSpace(line[lastSpace - 1])
    let numberedSpeaker = label.hasPrefix("Speaker ") && label.dropFirst(8).allSatisfy(\.isASCIIDigitCharacter)
    guard doubleSpaced || numberedSpeaker || map.role(for: cleanLabel(label).text) != nil else { return nil }
    return (label, time)
  }

  /// What follows a token at the start of `line` that looks like a timestamp (digits, `:`,
  /// `.`, `,`, with a colon, bare or in `[ ]` / `( )`) but that `Timestamp.parse` refused —
  /// an hour field of twenty digits, minutes of 75 — so the line is not silently merged into
  /// the turn before it. Nil when the line does not start with such a token.
  static func unreadableTimestamp(_ line: ArraySlice<UInt16>) -> ArraySlice<UInt16>? {
    guard let first = line.first else { return nil }
    let closer: UInt16? = first == UInt16(ascii: "[") ? UInt16(ascii: "]") : first == UInt16(ascii: "(") ? UInt16(ascii: ")") : nil
    var cursor = closer == nil ? line.startIndex : line.startIndex + 1
    var digits = 0
    var colons = 0
    while cursor < line.endIndex {
      let unit = line[cursor]
      if unit >= 0x30 && unit <= 0x39 {
        digits += 1
      } else if unit == UInt16(ascii: ":") {
        colons += 1
      } else if unit != UInt16(ascii: ".") && unit != UInt16(ascii: ",") {
        break
      }
      cursor += 1
    }
    guard digits >= 2, colons >= 1 else { return nil }
    if let closer {
      guard cursor < line.endIndex, line[cursor] == closer else { return nil }
      cursor += 1
    } else if cursor < line.endIndex, !isSpace(line[cursor]) {
      return nil
    }
    while cursor < line.endIndex, isSpace(line[cursor]) { cursor += 1 }
    return line[cursor...]
  }

  /// Invisible format characters: bidi marks and embeddings, zero-width space and joiners,
  /// word joiner, U+FEFF.
  static func isFormat(_ unit: UInt16) -> Bool {
    (0x200B...0x200F).contains(unit) || (0x202A...0x202E).contains(unit) || (0x2060...0x2069).contains(unit) || unit == 0xFEFF
  }

  static func isSpace(_ unit: UInt16) -> Bool {
    unit == 0x20 || unit == 0x09 || unit == 0xA0 || unit == 0xFEFF || unit == 0x3000
  }

  /// `UTF16Text.string(units).trimmingWhitespace()`, trimmed on the code units when that is
  /// sure to give the same string, else by that expression.
  ///
  /// `trimmingWhitespace` trims whole `Character`s; trimming ASCII white space (tab to carriage
  /// return, space) from the code units gives the same text when the first and last code units
  /// kept are ones that start a `Character` and are no white space themselves: printable ASCII,
  /// and U+00A1–U+02FF without the soft hyphen (below the combining marks, so nothing before
  /// them can take them into its `Character`).
  static func trimmedString(_ units: ArraySlice<UInt16>) -> String {
    func isASCIISpace(_ unit: UInt16) -> Bool { unit == 0x20 || (0x09...0x0D).contains(unit) }
    func keepsItsPlace(_ unit: UInt16) -> Bool { (0x21...0x7E).contains(unit) || ((0xA1...0x2FF).contains(unit) && unit != 0xAD) }
    var start = units.startIndex
    var end = units.endIndex
    while start < end, isASCIISpace(units[start]) { start += 1 }
    while end > start, isASCIISpace(units[end - 1]) { end -= 1 }
    if start == end { return "" }
    guard keepsItsPlace(units[start]), keepsItsPlace(units[end - 1]) else {
      return UTF16Text.string(units).trimmingWhitespace()
    }
    return UTF16Text.string(units[start..<end])
  }

  private static func trimTrailing(_ text: ArraySlice<UInt16>) -> ArraySlice<UInt16> {
    var end = text.endIndex
    while end > text.startIndex, isSpace(text[end - 1]) { end -= 1 }
    return text[..<end]
  }
}
