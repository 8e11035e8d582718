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
    rows.reserveCapacity(summary.speakers.reduce(0) { $0 + 1 + $1.segments.count } * categories.count)
    for speaker in summary.speakers {
      // The cells a slot's rows share are made once per slot, not once per category.
      func addSlot(_ segment: String, _ words: Int, _ counts: [String: CategoryCount]) {
        let words = String(words)
        for category in categories {
          // An absent category is four zeros (`Rounding.text(0)` is "0").
          let count = counts[category]
          rows.append([
            summary.session, speaker.label, speaker.role.rawValue, segment, words, category,
            count.map { String($0.count) } ?? "0", count.map { String($0.negated) } ?? "0",
            count.map { Rounding.text($0.weighted) } ?? "0", count.map { Rounding.text($0.rate) } ?? "0",
          ])
        }
      }
      addSlot("all", speaker.words, speaker.categories)
      for segment in speaker.segments { addSlot(String(segment.segment), segment.words, segment.categories) }
    }
    return rows
  }

  /// The rows of one session as CSV bytes, exactly `CSVTable(header: [], rows: rows(…))
  /// .encodedRows()`, without the `[[String]]`: the cells a slot's rows share are encoded
  /// once per slot and each category name once per session. With the shipped lexicons'
  /// categories, making and encoding the rows' Strings was 7% of a batch.
  public static func encodedRows(_ summary: SessionSummary, categories: [String]) -> [UInt8] {
    let names = categories.map { category in
      var bytes: [UInt8] = []
      CSVTable.append(category, to: &bytes)
      return bytes
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(summary.speakers.reduce(0) { $0 + 1 + $1.segments.count } * categories.count * 64)
    for speaker in summary.speakers {
      var start: [UInt8] = []
      for cell in [summary.session, speaker.label, speaker.role.rawValue] {
        CSVTable.append(cell, to: &start)
        start.append(UInt8(ascii: ","))
      }
      func addSlot(_ segment: String, _ words: Int, _ counts: [String: CategoryCount]) {
        var slot = start
        CSVTable.append(segment, to: &slot)
        slot.append(UInt8(ascii: ","))
        CSVTable.append(words, to: &slot)
        slot.append(UInt8(ascii: ","))
        for (category, name) in zip(categories, names) {
          bytes += slot
          bytes += name
          // An absent category is four zeros (`Rounding.text(0)` is "0").
          if let count = counts[category] {
            bytes.append(UInt8(ascii: ","))
            CSVTable.append(count.count, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            CSVTable.append(count.negated, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            CSVTable.append(count.weighted, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            CSVTable.append(count.rate, to: &bytes)
            bytes.append(0x0D)
            bytes.append(0x0A)
          } else {
            bytes += ",0,0,0,0\r\n".utf8
          }
        }
      }
      addSlot("all", speaker.words, speaker.categories)
      for segment in speaker.segments { addSlot(String(segment.segment), segment.words, segment.categories) }
    }
    return bytes
  }
}
