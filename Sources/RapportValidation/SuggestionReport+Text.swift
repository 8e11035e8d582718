import RapportSupport

extension SuggestionReport {
  /// The suggestions as a table for the terminal, each followed by its samples.
  public func text() -> String {
    var out = "Candidate entries for '\(category)' (\(label)); review each before adding it.\n"
    let seedNote = seeds.isEmpty ? "" : " and its \(seeds.count) seed terms"
    out += "Anchors: \(anchors) hits of the category's entries\(seedNote) in \(sessions) sessions; "
    out += "context: \(options["window"] ?? "?") words each side (\(contextWords) of \(corpusWords) words).\n"
    out += "Ranked by log-likelihood G² of in-context against elsewhere; at least \(options["min-count"] ?? "?") times in context, in \(options["min-sessions"] ?? "?") sessions, G² at least \(options["min-g2"] ?? "?").\n\n"
    guard !suggestions.isEmpty else {
      return out + "No candidate passes the minimums; lower --min-count, --min-sessions or --min-g2, or widen --window.\n"
    }
    let header = ["#", "candidate", "context", "total", "sessions", "G2", "PMI", "also in"]
    var rows: [[String]] = []
    for (rank, suggestion) in suggestions.enumerated() {
      rows.append([
        String(rank + 1), suggestion.term, String(suggestion.inContext), String(suggestion.total),
        String(suggestion.sessions), CSVTable.number(suggestion.g2), CSVTable.number(suggestion.pmi),
        suggestion.otherCategories.joined(separator: ", "),
      ])
    }
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
    let numeric: Set<Int> = [0, 2, 3, 4, 5, 6]
    func format(_ row: [String]) -> String {
      let cells = row.indices.map { column in
        let padding = String(repeating: " ", count: widths[column] - row[column].count)
        return numeric.contains(column) ? padding + row[column] : row[column] + padding
      }
      var line = cells.joined(separator: "  ")
      while line.last == " " { line.removeLast() }
      return line + "\n"
    }
    out += format(header)
    for (index, row) in rows.enumerated() {
      out += format(row)
      for sample in suggestions[index].samples {
        out += String(repeating: " ", count: widths[0] + 2) + KwicTable.inline(sample) + "\n"
      }
    }
    return out
  }
}
