import RapportSupport
import RapportText

/// The transcript file formats Rapport reads.
public enum TranscriptFormat: String, Sendable, CaseIterable, Codable {
  /// Speaker-labelled plain text (`T: …`, `Client: …`).
  case text
  /// WebVTT captions (`WEBVTT` header, `<v Name>` voice tags or `Name:` prefixes).
  case webvtt
  /// SubRip captions (numbered cues, `00:00:01,000 --> 00:00:04,000`, `Name:` prefixes).
  case srt
  /// A Rapport JSON transcript (`rapport-transcript/1`) or speech-to-text segments.
  case json
  /// Comma-separated values, one turn per row, with a header row; `;` and `|` separators
  /// (European Excel, some exporters) are sniffed from the header.
  case csv
  /// Tab-separated values, one turn per row, with a header row.
  case tsv

  /// File extensions (lowercased, no dot) that mark a transcript when walking a folder.
  /// (A `.docx` is unpacked and its paragraphs read as plain text; see `DocxText`.)
  public static let transcriptExtensions: Set<String> = ["txt", "text", "vtt", "srt", "json", "csv", "tsv", "docx"]

  /// The format named `name` as a researcher would write it: a raw value, or `vtt`, `txt`,
  /// `plain`, `subrip`, `tab`.
  public init?(name: String) {
    let aliases: [String: TranscriptFormat] = [
      "vtt": .webvtt, "txt": .text, "plain": .text, "subrip": .srt, "tab": .tsv,
    ]
    let key = name.lowercased()
    guard let format = TranscriptFormat(rawValue: key) ?? aliases[key] else { return nil }
    self = format
  }

  /// The format a file's name and decoded text suggest.
  ///
  /// Content that can only be one format wins over the extension (a `.txt` that starts with
  /// `WEBVTT` is WebVTT; a `.vtt` holding numbered SubRip cues is SRT; JSON starts with `{`, or
  /// with `[` and then `{`). Otherwise the extension decides; a file whose extension says
  /// nothing is CSV or TSV when its first line is a header naming a speaker and a text column,
  /// and plain text when not.
  public static func detect(path: String, text: String) -> TranscriptFormat {
    detect(path: path, units: Array(text.utf16.prefix(4096)))
  }

  /// The format a file's name and decoded UTF-16 text suggest (see `detect(path:text:)`).
  static func detect(path: String, units: [UInt16]) -> TranscriptFormat {
    let head = Array(units.prefix(4096))
    if let format = sniff(head) { return format }
    switch pathExtension(path) {
    case "vtt": return .webvtt
    case "srt": return .srt
    case "json": return .json
    case "csv": return .csv
    case "tsv", "tab": return .tsv
    default: return delimitedHeader(head) ?? .text
    }
  }

  /// The extension of the file named by `path`, lowercased: what follows the last `.` of its
  /// last component (empty pieces skipped, so `notes.` gives `notes`), or "" without a `.`.
  static func pathExtension(_ path: String) -> String {
    // An ASCII path's characters are its bytes: split byte by byte, without Foundation's search.
    if path.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
      let bytes = Array(path.utf8)
      let name = bytes.split(separator: UInt8(ascii: "/")).last ?? bytes[...]
      guard name.contains(UInt8(ascii: ".")), let last = name.split(separator: UInt8(ascii: ".")).last else { return "" }
      return String(decoding: last, as: UTF8.self).lowercased()
    }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return name.contains(".") ? String(name.split(separator: ".").last!).lowercased() : ""
  }

  /// A format the first characters prove, whatever the file is called.
  static func sniff(_ head: [UInt16]) -> TranscriptFormat? {
    // Only the first two lines that are not blank matter.
    var nonBlank: [ArraySlice<UInt16>] = []
    for span in PlainTextParser.LineSpans(head) where head[span].contains(where: { !PlainTextParser.isSpace($0) }) {
      nonBlank.append(head[span])
      if nonBlank.count == 2 { break }
    }
    guard let first = nonBlank.first else { return nil }
    // Each test below needs the first line to hold `W`, `{` or `[`, except the SubRip one,
    // which needs it to be all digits (or all white space): a line with an ASCII letter and
    // none of those three is none of these formats, and is not trimmed as a `String`.
    if !first.contains(where: { $0 == 0x57 || $0 == 0x7B || $0 == 0x5B }),
      first.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
    {
      return nil
    }
    let firstText = PlainTextParser.trimmedString(first)
    if firstText == "WEBVTT" || firstText.hasPrefix("WEBVTT ") || firstText.hasPrefix("WEBVTT\t") { return .webvtt }
    if firstText.hasPrefix("{") { return .json }
    if firstText.hasPrefix("[") {
      let rest = firstText.dropFirst().drop { $0.isWhitespace }
      if rest.hasPrefix("{") || rest.hasPrefix("]") { return .json }
      // `[` alone on its line: JSON when the next line opens an object.
      if rest.isEmpty, nonBlank.count > 1,
        UTF16Text.string(nonBlank[1]).trimmingWhitespace().hasPrefix("{")
      {
        return .json
      }
    }
    if firstText.allSatisfy(\.isASCIIDigitCharacter), nonBlank.count > 1,
      CaptionTiming.parse(nonBlank[1]) != nil
    {
      return .srt
    }
    return nil
  }

  /// CSV or TSV when the first line is a header naming a speaker and a text column.
  static func delimitedHeader(_ head: [UInt16]) -> TranscriptFormat? {
    guard let firstLine = PlainTextParser.lineSpans(head).first.map({ head[$0] }) else { return nil }
    // A line with none of the separators' code units is no header (most transcripts). U+037E,
    // the Greek question mark, is canonically equivalent to ";", so the string test finds it.
    guard firstLine.contains(where: { $0 == 0x09 || $0 == 0x2C || $0 == 0x3B || $0 == 0x7C || $0 == 0x37E }) else {
      return nil
    }
    let line = UTF16Text.string(firstLine)
    for (format, separator) in [(TranscriptFormat.tsv, "\t"), (.csv, ","), (.csv, ";"), (.csv, "|")] where line.contains(separator) {
      let fields = line.split(separator: Character(separator), omittingEmptySubsequences: false)
      // Header names are short and plain; a spoken line with commas is not a header.
      let plain = fields.allSatisfy { field in
        field.count <= 40 && field.allSatisfy { $0.isLetter || $0.isNumber || " _-\"".contains($0) }
      }
      let names = fields.map { DelimitedTranscriptParser.columnKey(String($0).replacingOccurrences(of: "\"", with: "")) }
      if plain, DelimitedTranscriptParser.speakerColumnNames.contains(where: names.contains),
        DelimitedTranscriptParser.textColumnNames.contains(where: names.contains)
      {
        return format
      }
    }
    return nil
  }
}

extension Character {
  /// Whether the character is one of the ASCII digits 0–9.
  package var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
