/// How error messages refer to transcript content without quoting it: a transcript's words,
/// names and numbers must not reach the terminal or corpus.json through an error.
enum ContentDigest {
  /// `text` described by its length and the first 8 hex digits of its SHA-256, such as
  /// `a line of 23 characters, SHA-256 1a2b3c4d`, so a researcher can find it with a tool
  /// without the message holding it.
  static func describe(_ text: String, as what: String = "a line") -> String {
    let hash = TranscriptReader.sha256Hex(Array(text.utf8)).prefix(8)
    return "\(what) of \(text.count) character\(text.count == 1 ? "" : "s"), SHA-256 \(hash)"
  }

  /// A CSV/TSV header field as shown in a message: quoted when it looks like a column name
  /// (up to 32 letters, digits, `_`, `-` or `.` with no space, and not a number), otherwise
  /// as `column N` with a hash, since a "header" row may really be a row of data.
  static func columnName(_ field: String, number: Int) -> String {
    let name = field.trimmingWhitespace()
    let looksLikeName =
      !name.isEmpty && name.count <= 32 && name.first!.isLetter
      && name.allSatisfy { $0.isLetter || $0.isASCIIDigitCharacter || "_-.".contains($0) }
    if looksLikeName { return "'\(name)'" }
    return "column \(number) (\(describe(name, as: "a name")))"
  }
}
