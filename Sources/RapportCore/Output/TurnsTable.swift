/// `turns.csv` (`--turns`): one row per turn for sequential analyses: `session, turn,
/// speaker, role, start, words, segment, act`, then one count column per content category.
public enum TurnsTable {
  /// Version of the table's shape, named in corpus.json.
  public static let schemaVersion = "rapport-turns/1"

  static let fixedColumns = ["session", "turn", "speaker", "role", "start", "words", "segment", "act"]

  /// The header for `categories`; a category id equal to a fixed column name is written
  /// `category_<id>` so no two columns share a name.
  public static func header(categories: [String]) -> [String] {
    fixedColumns + categories.map { fixedColumns.contains($0) ? "category_\($0)" : $0 }
  }

  /// The rows of one analyzed session; `act` is empty for turns that are not the therapist's,
  /// `start` empty when the transcript has no time.
  public static func rows(_ analysis: SessionAnalysis) -> [[String]] {
    analysis.turns.map { turn in
      [
        analysis.summary.session, String(turn.number), turn.speaker, turn.role.rawValue,
        turn.start.map(Rounding.text) ?? "", String(turn.words), String(turn.segment), turn.act?.rawValue ?? "",
      ] + turn.counts.map(String.init)
    }
  }
}
