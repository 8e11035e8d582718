import RapportMeasure
import RapportSupport

/// `turns.csv` (`--turns`): one row per turn for sequential analyses: `session, turn,
/// speaker, role, start, words, segment, act, acts`, then one count column per content
/// category.
public enum TurnsTable {
  /// Version of the table's shape, named in corpus.json.
  public static let schemaVersion = "rapport-turns/2"

  static let fixedColumns = ["session", "turn", "speaker", "role", "start", "words", "segment", "act", "acts"]

  /// The header for `categories`; a category id equal to a fixed column name is written
  /// `category_<id>` so no two columns share a name.
  /// With `clientTalk` (a client model was given) a `client_talk` column follows `acts`.
  public static func header(categories: [String], clientTalk: Bool = false) -> [String] {
    let fixed = fixedColumns + (clientTalk ? ["client_talk"] : [])
    return fixed + categories.map { fixed.contains($0) ? "category_\($0)" : $0 }
  }

  /// The rows of one analyzed session; `act` (the primary act) and `acts` (every act found,
  /// `;`-separated in order of first appearance) are empty for turns that are not the
  /// therapist's, `start` empty when the transcript has no time.
  /// With `clientTalk`, each row has the client model's label of a client turn (empty for
  /// other turns) after `acts`.
  public static func rows(_ analysis: SessionAnalysis, clientTalk: Bool = false) -> [[String]] {
    analysis.turns.map { turn in
      [
        analysis.summary.session, String(turn.number), turn.speaker, turn.role.rawValue,
        turn.start.map(Rounding.text) ?? "", String(turn.words), String(turn.segment),
        turn.acts?.primary.rawValue ?? "", actsCell(turn.acts),
      ] + (clientTalk ? [turn.clientTalk ?? ""] : []) + turn.counts.map(String.init)
    }
  }

  /// Every act of a turn as one cell: codes joined by `;`, empty without acts.
  static func actsCell(_ acts: TurnActs?) -> String {
    acts?.all.map(\.rawValue).joined(separator: ";") ?? ""
  }
}
