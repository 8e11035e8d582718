/// `sessions.csv`: one row per session, speakers grouped by role, each content category's
/// count, negated count and rate for therapist and client.
public enum SessionsTable {
  public static func header(categories: [String]) -> [String] {
    var header = ["session", "source", "format", "encoding", "turns", "words"]
    for role in Role.allCases { header += ["\(role.rawValue)_turns", "\(role.rawValue)_words"] }
    for category in categories {
      for role in [Role.therapist, .client] {
        header += ["\(role.rawValue)_\(category)", "\(role.rawValue)_\(category)_negated", "\(role.rawValue)_\(category)_rate"]
      }
    }
    return header
  }

  public static func row(_ summary: SessionSummary, categories: [String]) -> [String] {
    var row = [
      summary.session, summary.provenance.source.path, summary.provenance.source.format,
      summary.provenance.source.encoding, String(summary.turns), String(summary.words),
    ]
    for role in Role.allCases {
      let speakers = summary.speakers.filter { $0.role == role }
      row += [String(speakers.map(\.turns).reduce(0, +)), String(speakers.map(\.words).reduce(0, +))]
    }
    for category in categories {
      for role in [Role.therapist, .client] {
        let speakers = summary.speakers.filter { $0.role == role }
        let words = speakers.map(\.words).reduce(0, +)
        let count = speakers.compactMap { $0.categories[category]?.count }.reduce(0, +)
        let negated = speakers.compactMap { $0.categories[category]?.negated }.reduce(0, +)
        row += [
          String(count), String(negated),
          CSVTable.number(words > 0 ? Double(count) * 100 / Double(words) : 0),
        ]
      }
    }
    return row
  }
}
