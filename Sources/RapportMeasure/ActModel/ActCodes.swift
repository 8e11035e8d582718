import RapportIngest
import RapportSupport

/// Human codes of utterances from a CSV file: one row per utterance with its session id, its
/// 1-based turn number as Rapport reads the transcript (`utterance`), the speaker's role, and a
/// label column chosen by the caller. Labels become act labels through an `ActLabelMap`.
public struct ActCodes: Sendable, Hashable {
  /// One coded utterance.
  public struct Row: Sendable, Hashable {
    public var session: String
    /// 1-based turn number.
    public var utterance: Int
    /// The role as written, lowercased (`therapist`).
    public var role: String
    /// The coder's label as written, trimmed; empty when the cell is.
    public var label: String
    /// The label as an act; nil when the label is empty.
    public var act: ActLabel?
    /// 1-based line of the row in the file.
    public var line: Int
  }

  /// The file, as given.
  public var path: String
  /// The label column used.
  public var labelColumn: String
  /// Rows in file order.
  public var rows: [Row]

  /// The columns every codes file needs besides the label column.
  public static let requiredColumns = ["session", "utterance", "role"]

  /// The codes in the CSV file at `path`, labels read from column `labelColumn` and mapped with
  /// `map` to acts; with no map (client codes such as change talk) labels are kept as written
  /// and `act` is nil.
  public static func load(path: String, labelColumn: String, map: ActLabelMap?) throws(RapportError) -> ActCodes {
    let bytes = try FileSystem.readConfiguration(path, what: "the codes file", remedy: "Check the --codes path")
    let decoded = try configuration { () throws(RapportError) in try TextDecoding.decode(bytes, path: path) }
    return try parse(decoded.text, path: path, labelColumn: labelColumn, map: map)
  }

  /// The codes in CSV `text`; `path` names the file in errors.
  public static func parse(_ text: String, path: String, labelColumn: String, map: ActLabelMap?) throws(RapportError) -> ActCodes {
    let records: [DelimitedRecords.Record]
    do {
      records = try DelimitedRecords.split(Array(text.utf16), delimiter: UInt16(ascii: ","))
    } catch {
      throw RapportError(
        .configuration, file: path, line: error.line, problem: "not valid CSV: \(error.problem)",
        remedy: "Put fields that hold quotes, line breaks or commas in double quotes, and double the quotes inside them")
    }
    guard let header = records.first else {
      throw RapportError(.configuration, file: path, problem: "the codes file holds no rows", remedy: "Check that the export finished")
    }
    let names = header.fields.map { $0.trimmingWhitespace().lowercased() }
    var columns: [Int] = []
    for name in requiredColumns + [labelColumn.lowercased()] {
      guard let column = names.firstIndex(of: name) else {
        let isLabel = name == labelColumn.lowercased()
        throw RapportError(
          .configuration, file: path, line: header.line,
          problem: "the header has no '\(name)' column (it has \(header.fields.map { "'\($0)'" }.joined(separator: ", ")))",
          remedy: isLabel
            ? "Name the column holding the codes with --label-column"
            : "Give the file the columns session, utterance, role and a label column")
      }
      columns.append(column)
    }
    var rows: [Row] = []
    for record in records.dropFirst() {
      func field(_ index: Int) -> String {
        columns[index] < record.fields.count ? record.fields[columns[index]].trimmingWhitespace() : ""
      }
      guard !field(0).isEmpty else {
        throw RapportError(
          .configuration, file: path, line: record.line, problem: "the row has no session id",
          remedy: "Write the session id (the transcript's file name without extension) in the session column")
      }
      let utterance = field(1)
      guard let number = Int(utterance), number >= 1 else {
        throw RapportError(
          .configuration, file: path, line: record.line, problem: "'\(utterance)' is not an utterance number",
          remedy: "Write the 1-based number of the turn as Rapport reads the transcript")
      }
      let label = field(3)
      var act: ActLabel?
      if !label.isEmpty, let map {
        guard let mapped = map.act(for: label) else {
          throw RapportError(
            .configuration, file: path, line: record.line,
            problem: "the label '\(label)' is not a Rapport act and the label map does not name it",
            remedy: "Add `\(label) = act` to the label map\(map.path.map { " (\($0))" } ?? " (--label-map FILE)"), with act one of \(ActLabel.names)")
        }
        act = mapped
      }
      rows.append(Row(session: field(0), utterance: number, role: field(2).lowercased(), label: label, act: act, line: record.line))
    }
    return ActCodes(path: path, labelColumn: labelColumn, rows: rows)
  }

  /// `body`'s result, its error made a configuration error (a codes file is configuration).
  private static func configuration<T>(_ body: () throws(RapportError) -> T) throws(RapportError) -> T {
    do {
      return try body()
    } catch {
      var error = error
      error.scope = .configuration
      throw error
    }
  }
}
