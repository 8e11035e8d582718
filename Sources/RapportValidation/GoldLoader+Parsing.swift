import RapportMeasure
import RapportSupport

extension GoldLoader {
  /// The rows of a gold file; malformed lines are reported in `errors` and skipped.
  ///
  /// Lines are `<turn> | <category> | <span>` or `<turn> | act | <act>`; blank lines and lines
  /// starting with `#` are skipped. Fields are split at the first two `|`, and each field is
  /// trimmed, so a span may itself contain `|`.
  static func parse(bytes: [UInt8], path: String, errors: inout [RapportError]) -> [Row] {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else {
      errors.append(RapportError(
        .configuration, file: path, problem: "the gold file is not valid UTF-8",
        remedy: "Save it as UTF-8"))
      return []
    }
    var rows: [Row] = []
    for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
      let line = trimmed(rawLine)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      do throws(RapportError) {
        rows.append(try row(line, number: index + 1, path: path))
      } catch {
        errors.append(error)
      }
    }
    return rows
  }

  private static func row(_ line: Substring, number: Int, path: String) throws(RapportError) -> Row {
    let fields = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map(trimmed)
    guard fields.count == 3 else {
      throw RapportError(
        .configuration, file: path, line: number,
        problem: "expected '<turn> | <category> | <span>' or '<turn> | act | <act>', found '\(line)'",
        remedy: "Separate the three fields with ' | ', or start the line with # to make it a comment")
    }
    guard let turn = Int(fields[0]), turn >= 1 else {
      throw RapportError(
        .configuration, file: path, line: number, problem: "'\(fields[0])' is not a turn number",
        remedy: "Write the 1-based number of the turn as Rapport reads it (header lines do not count)")
    }
    let category = String(fields[1])
    guard !category.isEmpty, category.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
      throw RapportError(
        .configuration, file: path, line: number, problem: "'\(category)' is not a category id",
        remedy: "Write a category id of the lexicons (letters, digits, '_' or '-'), or 'act' for a therapist act")
    }
    let value = String(fields[2])
    if category == "act" {
      guard let label = GoldAct.Label(rawValue: value) else {
        throw RapportError(
          .configuration, file: path, line: number, problem: "'\(value)' is not a therapist act",
          remedy: "Write a MITI code or group, one of \(ActLabel.names)")
      }
      return Row(turn: turn, category: nil, act: label, span: value, line: number)
    }
    guard !value.isEmpty else {
      throw RapportError(
        .configuration, file: path, line: number, problem: "the span is empty",
        remedy: "Quote the words of the turn that express '\(category)' after the second ' | '")
    }
    return Row(turn: turn, category: category, act: nil, span: value, line: number)
  }

  private static func trimmed(_ text: Substring) -> Substring {
    var text = text
    while let first = text.first, first.isWhitespace { text.removeFirst() }
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return text
  }
}
