/// Text made safe to print on a terminal: control characters from transcripts or file names
/// (an escape sequence can move the cursor, rewrite the title, or hide what came before) are
/// shown as visible escapes instead of being sent.
public enum TerminalText {
  /// `text` with C0 controls (except tab and line feed when `keepLayout`), DEL, C1 controls
  /// and the bidirectional overrides and isolates written as `\u{1B}`-style escapes.
  ///
  /// - Complexity: O(n); the text is returned as it is when it holds none.
  public static func escaped(_ text: String, keepLayout: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { needsEscape($0, keepLayout: keepLayout) }) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if needsEscape(scalar, keepLayout: keepLayout) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func needsEscape(_ scalar: Unicode.Scalar, keepLayout: Bool) -> Bool {
    let value = scalar.value
    if keepLayout, value == 0x09 || value == 0x0A { return false }
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }
}
