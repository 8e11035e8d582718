import RapportSupport

/// Reads LIWC-22 `.dicx` files: CSV whose first column, headed `DicTerm` (or `Entry`), holds
/// the entries and whose other columns are categories. A cell of `X` or `1` puts the entry in
/// the category with weight 1; another number is the weight; an empty cell or `0` leaves it out.
enum DicxImporter {
  static func read(bytes: [UInt8], path: String) throws(RapportError) -> LexiconImport {
    let (lines, _) = try LexiconReader.lines(bytes, path: path)
    let rows = CSVReader.rows(lines.joined(separator: "\n"))
    var builder = ImportedLexiconBuilder(path: path, format: .dicx)
    guard let header = rows.first,
      ["dicterm", "entry"].contains(header.fields[0].trimmingWhitespace().lowercased())
    else {
      throw RapportError(
        .configuration, file: path, line: rows.first?.line,
        problem: "not a LIWC-22 .dicx file: the first cell of the header row must be 'DicTerm' or 'Entry'",
        remedy: "Check the file, or name its format with --format")
    }

    var columns: [Int?] = [nil]
    for name in header.fields.dropFirst() {
      let trimmed = name.trimmingWhitespace()
      if trimmed.isEmpty {
        builder.warn(header.line, "column \(columns.count + 1) has no category name; its cells are ignored")
        columns.append(nil)
      } else if builder.category(named: trimmed) != nil {
        builder.warn(header.line, "category '\(trimmed)' heads two columns; the second is ignored")
        columns.append(nil)
      } else {
        columns.append(builder.addCategory(name: trimmed, line: header.line))
      }
    }

    var firstLine: [String: Int] = [:]
    for row in rows.dropFirst() {
      let term = row.fields[0].split(whereSeparator: \.isWhitespace).joined(separator: " ")
      guard !term.isEmpty else {
        if row.fields.dropFirst().contains(where: { !$0.trimmingWhitespace().isEmpty }) {
          builder.warn(row.line, "row has categories but no entry; skipped")
        }
        continue
      }
      if row.fields.count > columns.count {
        builder.warn(row.line, "row has \(row.fields.count) cells but the header names \(columns.count) columns; the extra cells are ignored")
      }
      var memberships: [(category: Int, weight: Double)] = []
      for (column, cell) in row.fields.enumerated().dropFirst() where column < columns.count {
        guard let category = columns[column] else { continue }
        let value = cell.trimmingWhitespace()
        if value.isEmpty { continue }
        if value == "X" || value == "x" {
          memberships.append((category, 1))
        } else if let weight = Double(value), weight.isFinite {
          if weight != 0 { memberships.append((category, weight)) }
        } else {
          builder.warn(row.line, "cell '\(value)' of entry '\(term)' under '\(builder.categories[category].id)' is neither X nor a number; ignored")
        }
      }
      guard !memberships.isEmpty else {
        builder.warn(row.line, "entry '\(term)' is in no category; skipped")
        continue
      }
      if let first = firstLine[term] {
        builder.warn(row.line, "entry '\(term)' appears again (first on line \(first)); its categories are merged")
      } else {
        firstLine[term] = row.line
      }
      for membership in memberships {
        builder.add(term, weight: membership.weight, to: membership.category, line: firstLine[term]!)
      }
    }
    return LexiconImport(lexicon: builder.lexicon(bytes: bytes), warnings: builder.warnings)
  }
}
