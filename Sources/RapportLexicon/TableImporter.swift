import RapportSupport

/// Reads a tab-separated term table, one `term<TAB>category[<TAB>weight]` per line, the layout
/// of NRC EmoLex's word-level file (`word<TAB>emotion<TAB>0|1`). A weight of 0 means "not in
/// the category", so EmoLex's 0 rows are skipped. Blank lines, `#` comments and a header row
/// (`term`, `word` or `entry` first) are passed over.
enum TableImporter {
  static func read(bytes: [UInt8], path: String) throws(RapportError) -> LexiconImport {
    let (lines, _) = try LexiconReader.lines(bytes, path: path)
    var builder = ImportedLexiconBuilder(path: path, format: .table)
    var firstLine: [String: Int] = [:]
    var sawData = false
    for (index, text) in lines.enumerated() {
      let line = index + 1
      let trimmed = text.trimmingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      // Runs of tabs are one separator; a term may hold single spaces.
      let fields = text.split(separator: "\t").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
      if !sawData, ["term", "word", "entry", "dicterm"].contains(fields[0].lowercased()) { continue }
      sawData = true
      guard fields.count >= 2 else {
        builder.warn(line, "line '\(trimmed)' is not 'term<TAB>category[<TAB>weight]'; skipped")
        continue
      }
      var weight = 1.0
      if fields.count >= 3 {
        guard let value = Double(fields[2]), value.isFinite else {
          builder.warn(line, "weight '\(fields[2])' of entry '\(fields[0])' is not a number; skipped")
          continue
        }
        weight = value
        if fields.count > 3 { builder.warn(line, "line has \(fields.count) fields; those after the third are ignored") }
      }
      if weight == 0 { continue }
      let term = fields[0].split(whereSeparator: \.isWhitespace).joined(separator: " ")
      let category = builder.addCategory(name: fields[1], line: line)
      let key = "\(term)\t\(category)"
      if let first = firstLine[key] {
        builder.warn(line, "entry '\(term)' is already in category '\(builder.categories[category].id)' (line \(first)); the repeat is skipped")
        continue
      }
      firstLine[key] = line
      builder.add(term, weight: weight, to: category, line: line)
    }
    return LexiconImport(lexicon: builder.lexicon(bytes: bytes), warnings: builder.warnings)
  }
}
