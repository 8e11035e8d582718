import RapportIngest
import RapportLexicon
import RapportSupport

extension DocumentLabels {
  /// Reads the labels CSV at `path` (columns `session` and `labels`, labels separated by `;`)
  /// and the label map at `mapPath` (`label = category` lines, `#` comments). Map targets must
  /// be among `categories` (the lexicons' content category ids). Every problem is an error
  /// naming the file, the line, and what to change.
  public static func load(path: String, mapPath: String?, categories: Set<String>) throws(RapportError) -> DocumentLabels {
    let text = try decoded(path, what: "the labels file", flag: "--labels")
    let sessions = try parseLabels(text, path: path)
    var map: [String: [String]] = [:]
    if let mapPath {
      map = try parseMap(try decoded(mapPath, what: "the label map", flag: "--label-map"), path: mapPath, categories: categories)
    }
    return DocumentLabels(path: path, mapPath: mapPath, sessions: sessions, map: map)
  }

  private static func decoded(_ path: String, what: String, flag: String) throws(RapportError) -> String {
    let bytes = try FileSystem.readConfiguration(path, what: what, remedy: "Check the path given with \(flag)")
    do {
      return try TextDecoding.decode(bytes, path: path).text
    } catch {
      throw RapportError(.configuration, file: path, line: error.line, problem: error.problem, remedy: error.remedy)
    }
  }

  /// The sessions of a labels CSV.
  static func parseLabels(_ text: String, path: String) throws(RapportError) -> [Session] {
    let rows = CSVReader.rows(text)
    let example = "such as 'session,labels' then 'go_00001,fear;sadness'"
    guard let header = rows.first else {
      throw RapportError(
        .configuration, file: path, line: 1, problem: "the labels file is empty",
        remedy: "Write a header row with the columns session and labels, \(example)")
    }
    let names = header.fields.map { $0.trimmingWhitespace().lowercased() }
    func column(_ name: String) throws(RapportError) -> Int {
      guard let index = names.firstIndex(of: name) else {
        throw RapportError(
          .configuration, file: path, line: header.line,
          problem: "the header row has no '\(name)' column (it has \(names.map { "'\($0)'" }.joined(separator: ", ")))",
          remedy: "Name the columns session and labels, \(example); a file separated by tabs or semicolons must be saved as comma-separated CSV")
      }
      return index
    }
    let sessionColumn = try column("session")
    let labelsColumn = try column("labels")
    if text.reduce(0, { $0 + ($1 == "\"" ? 1 : 0) }) % 2 == 1, let last = rows.last {
      throw RapportError(
        .configuration, file: path, line: last.line, problem: "a quoted field opened here, or before, is never closed",
        remedy: "Close the quote, or double a quote mark inside a quoted field (\"\")")
    }
    var sessions: [Session] = []
    var seen: [String: Int] = [:]
    for row in rows.dropFirst() {
      guard row.fields.count == header.fields.count else {
        throw RapportError(
          .configuration, file: path, line: row.line,
          problem: "the row has \(row.fields.count) field(s) but the header has \(header.fields.count)",
          remedy: "Give every row the header's columns; separate labels with ';', and quote a field that holds a comma")
      }
      let session = row.fields[sessionColumn].trimmingWhitespace()
      guard !session.isEmpty else {
        throw RapportError(
          .configuration, file: path, line: row.line, problem: "the session is empty",
          remedy: "Write the session id (the transcript's file name without extension)")
      }
      if let first = seen[session] {
        throw RapportError(
          .configuration, file: path, line: row.line, problem: "session '\(session)' is already labelled on line \(first)",
          remedy: "Give each session one row, with all its labels separated by ';'")
      }
      seen[session] = row.line
      let labels = row.fields[labelsColumn].split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
      sessions.append(Session(session: session, labels: Array(Set(labels)).sorted(), line: row.line))
    }
    return sessions
  }

  /// The label map: each label's categories, sorted.
  static func parseMap(_ text: String, path: String, categories: Set<String>) throws(RapportError) -> [String: [String]] {
    var map: [String: Set<String>] = [:]
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = offset + 1
      let content = (raw.firstIndex(of: "#").map { raw[..<$0] } ?? raw[...]).trimmingWhitespace()
      guard !content.isEmpty else { continue }
      let parts = content.split(separator: "=", omittingEmptySubsequences: false)
      guard parts.count == 2 else {
        throw RapportError(
          .configuration, file: path, line: line, problem: "'\(content)' is not of the form 'label = category'",
          remedy: "Write one mapping per line, such as 'nervousness = fear'; start a comment with #")
      }
      let label = String(parts[0]).trimmingWhitespace()
      let category = String(parts[1]).trimmingWhitespace()
      guard !label.isEmpty, !category.isEmpty else {
        throw RapportError(
          .configuration, file: path, line: line, problem: "the \(label.isEmpty ? "label" : "category") is empty",
          remedy: "Write one mapping per line, such as 'nervousness = fear'")
      }
      guard categories.contains(category) else {
        throw RapportError(
          .configuration, file: path, line: line, problem: "no content category '\(category)' in the loaded lexicons",
          remedy: "Map the label to one of: \(categories.sorted().joined(separator: ", "))")
      }
      map[label, default: []].insert(category)
    }
    return map.mapValues { $0.sorted() }
  }
}
