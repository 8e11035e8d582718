/// The per-session and table formats `analyze` can write.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Comparable {
  /// `<session>.json`, described by Schemas/session-2.schema.json.
  case json
  /// `<session>.xml`, described by Schemas/session-2.xsd.
  case xml
  /// sessions.csv and categories.csv (and turns.csv when asked).
  case csv
  /// `<session>.html` per session and `index.html` (docs/report.md).
  case html

  /// Alphabetical, so lists of formats are written in one order.
  public static func < (a: OutputFormat, b: OutputFormat) -> Bool { a.rawValue < b.rawValue }

  /// The formats of a comma-separated list such as `json,xml,csv`; nil names the first
  /// unknown one through `unknown`.
  public static func parse(_ list: String) -> (formats: Set<OutputFormat>, unknown: String?) {
    var formats = Set<OutputFormat>()
    for name in list.split(separator: ",").map({ $0.trimmingWhitespace().lowercased() }) where !name.isEmpty {
      guard let format = OutputFormat(rawValue: name) else { return (formats, name) }
      formats.insert(format)
    }
    return (formats, nil)
  }
}
