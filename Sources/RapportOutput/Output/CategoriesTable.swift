import RapportMeasure
import RapportSupport

/// `categories.csv`: the long (tidy) table, one row per session, speaker, segment and content
/// category: `session, speaker, role, segment, words, category, count, negated, weighted,
/// rate`. `segment` is `all` for the whole session or 1…N; `words` is the speaker's words in
/// that segment, so `rate = count / words × 100` can be checked.
public enum CategoriesTable {
  /// Version of the table's shape, named in corpus.json.
  public static let schemaVersion = "rapport-categories/1"

  public static let header = [
    "session", "speaker", "role", "segment", "words", "category", "count", "negated", "weighted", "rate",
  ]

  /// The rows of one session: speakers in order of first appearance, segment `all` then 1…N,
  /// categories in `categories` order.
  public static func rows(_ summary: SessionSummary, categories: [String]) -> [[String]] {
    var rows: [[String]] = []
    for speaker in summary.speakers {
      let slots = [("all", speaker.words, speaker.categories)]
        + speaker.segments.map { (String($0.segment), $0.words, $0.categories) }
      for (segment, words, counts) in slots {
        for category in categories {
          let count = counts[category] ?? CategoryCount(count: 0, negated: 0, weighted: 0, rate: 0)
          rows.append([
            summary.session, speaker.label, speaker.role.rawValue, segment, String(words), category,
            String(count.count), String(count.negated), Rounding.text(count.weighted), Rounding.text(count.rate),
          ])
        }
      }
    }
    return rows
  }
}
