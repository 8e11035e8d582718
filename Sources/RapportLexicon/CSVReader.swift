/// Splits RFC 4180 text (what spreadsheets save as CSV) into rows of fields, each row with the
/// line it starts on. Quoted fields may hold commas, doubled quotes and line breaks.
package enum CSVReader {
  /// One row of fields and its 1-based starting line.
  package struct Row: Equatable {
    package var line: Int
    package var fields: [String]
  }

  /// The rows of `text`; blank lines give no row. An unclosed quote runs to the end of the text.
  package static func rows(_ text: String, separator: Character = ",") -> [Row] {
    var rows: [Row] = []
    var fields: [String] = []
    var field = ""
    var inQuotes = false
    var quoted = false
    var line = 1
    var rowLine = 1
    var characters = text.makeIterator()
    var pending: Character? = nil

    func endRow() {
      fields.append(field)
      if fields.count > 1 || !fields[0].isEmpty || quoted { rows.append(Row(line: rowLine, fields: fields)) }
      fields = []
      field = ""
      quoted = false
    }

    while let character = pending ?? characters.next() {
      pending = nil
      if inQuotes {
        if character == "\"" {
          let next = characters.next()
          if next == "\"" { field.append("\"") } else {
            inQuotes = false
            pending = next
          }
        } else {
          if character == "\n" || character == "\r\n" { line += 1 }
          field.append(character == "\r\n" ? "\n" : character)
        }
        continue
      }
      switch character {
      case "\"" where field.isEmpty:
        inQuotes = true
        quoted = true
      case separator:
        fields.append(field)
        field = ""
      case "\n", "\r\n", "\r":
        endRow()
        line += 1
        rowLine = line
      default:
        field.append(character)
      }
    }
    if !field.isEmpty || !fields.isEmpty || quoted { endRow() }
    return rows
  }
}
