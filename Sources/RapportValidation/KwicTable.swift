/// Prints keyword-in-context lines for a terminal or a spreadsheet.
public enum KwicTable {
  /// Aligned columns — speaker, session, turn, left context right-aligned, `| match |`, right
  /// context — so the matches line up under each other.
  public static func aligned(_ lines: [KwicLine]) -> String {
    let speakerWidth = lines.map(\.speaker.count).max() ?? 0
    let sessionWidth = lines.map(\.session.count).max() ?? 0
    let turnWidth = lines.map { String($0.turn).count }.max() ?? 0
    let leftWidth = lines.map(\.left.count).max() ?? 0
    var text = ""
    for line in lines {
      text += pad(line.speaker, speakerWidth) + "  " + pad(line.session, sessionWidth) + "  "
      text += String(repeating: " ", count: turnWidth - String(line.turn).count) + String(line.turn) + "  "
      text += String(repeating: " ", count: leftWidth - line.left.count) + line.left
      text += " | " + line.match + " | " + line.right
      if line.negated { text += "  (negated)" }
      text += "\n"
    }
    return text
  }

  /// Tab-separated values with a header; tabs and line breaks in text become spaces.
  public static func tsv(_ lines: [KwicLine]) -> String {
    func clean(_ field: String) -> String {
      String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
    var text = "speaker\trole\tsession\tturn\tleft\tmatch\tright\tnegated\n"
    for line in lines {
      text += [
        clean(line.speaker), line.role.rawValue, clean(line.session), String(line.turn), clean(line.left),
        clean(line.match), clean(line.right), line.negated ? "true" : "false",
      ].joined(separator: "\t") + "\n"
    }
    return text
  }

  /// `line` as one line: `s01 turn 6 client: left | match | right`.
  public static func inline(_ line: KwicLine) -> String {
    "\(line.session) turn \(line.turn) \(line.speaker): \(line.left) | \(line.match) | \(line.right)"
      + (line.negated ? " (negated)" : "")
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
