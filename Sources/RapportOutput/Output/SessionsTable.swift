import RapportIngest
import RapportMeasure
import RapportSupport

/// `sessions.csv`: one row per session with its ids, provenance essentials, counts, every
/// indicator, and each content category's count, negated count and rate for therapist and
/// client. docs/outputs.md lists every column.
///
/// Column names never collide: summary variables start with `liwc_`, indicator columns with
/// their family (`lsm_`, `collab_`, `bond_`, `miti_`, `talk_`, `rupture_`, `affect_`,
/// `composite`), and only category columns start with `therapist_` or `client_`.
public struct SessionsTable: Sendable {
  /// Version of the table's shape, named in corpus.json.
  public static let schemaVersion = "rapport-sessions/2"

  public let header: [String]
  /// Writers of the row's cells in header order. Most write one cell; a group (the MITI
  /// fields, one role's summary variables, the category columns) writes several from one
  /// computation, so a row does not redo the same walk for each of its columns.
  private let cells: [Cells]

  /// Appends one or more cells of a summary's row.
  typealias Cells = @Sendable (SessionSummary, inout [String]) -> Void

  /// The table for sessions cut into `segments` segments, with the composite column when
  /// `composite` is set, and columns for `categories` (content category ids, in order).
  /// `clientTalk` are a client model's labels (`client_talk_<label>` count columns).
  public init(categories: [String], segments: Int, composite: Bool, clientTalk: [String] = []) {
    var header: [String] = []
    var cells: [Cells] = []
    func add(_ name: String, _ value: @escaping @Sendable (SessionSummary) -> String) {
      header.append(name)
      cells.append { summary, row in row.append(value(summary)) }
    }
    func addGroup(_ names: [String], _ group: @escaping Cells) {
      header += names
      cells.append(group)
    }
    add("session") { $0.session }
    add("source") { $0.provenance.source.path }
    add("sha256") { $0.provenance.source.sha256 }
    add("format") { $0.provenance.source.format }
    add("encoding") { $0.provenance.source.encoding }
    add("turns") { String($0.turns) }
    add("words") { String($0.words) }
    add("segments") { String($0.segments.count) }
    add("warnings") { String($0.warnings.count) }
    for role in Role.allCases {
      add("turns_\(role.rawValue)") { summary in String(Self.sum(summary, role) { $0.turns }) }
      add("words_\(role.rawValue)") { summary in String(Self.sum(summary, role) { $0.words }) }
    }
    Self.summaryVariableColumns(add: add, addGroup: addGroup)
    Self.indicatorColumns(
      segments: segments, composite: composite, clientTalk: clientTalk, add: add, addGroup: addGroup)
    var categoryNames: [String] = []
    for category in categories {
      for role in [Role.therapist, .client] {
        let name = "\(role.rawValue)_\(category)"
        categoryNames += [name, name + "_negated", name + "_rate"]
      }
    }
    addGroup(categoryNames) { summary, row in Self.categoryCells(summary, categories: categories, into: &row) }
    self.header = header
    self.cells = cells
  }

  /// The row of `summary`, in header order.
  public func row(_ summary: SessionSummary) -> [String] {
    var row: [String] = []
    row.reserveCapacity(header.count)
    for cell in cells { cell(summary, &row) }
    return row
  }

  /// Each category's count, negated count and rate (per 100 words) for the therapist, then
  /// the client: one dictionary lookup per speaker, category and role, the roles' word counts
  /// summed once.
  static func categoryCells(_ summary: SessionSummary, categories: [String], into row: inout [String]) {
    let roles = [Role.therapist, .client]
    let words = roles.map { role in sum(summary, role) { $0.words } }
    for category in categories {
      for (role, words) in zip(roles, words) {
        var count = 0
        var negated = 0
        for speaker in summary.speakers where speaker.role == role {
          if let found = speaker.categories[category] {
            count += found.count
            negated += found.negated
          }
        }
        row.append(String(count))
        row.append(String(negated))
        row.append(Rounding.text(Rounding.percent(count, of: words) ?? 0))
      }
    }
  }

  /// `value` summed over the speakers of `role`, without making the list of them (a row
  /// asks for six sums per category).
  static func sum(_ summary: SessionSummary, _ role: Role, _ value: (SpeakerSummary) -> Int) -> Int {
    var total = 0
    for speaker in summary.speakers where speaker.role == role { total += value(speaker) }
    return total
  }

  /// A number cell: the value written with fixed rounding, or empty for null (R and pandas
  /// read an empty cell as missing).
  static func cell(_ value: Double?) -> String { value.map(Rounding.text) ?? "" }
  static func cell(_ value: Int?) -> String { value.map(String.init) ?? "" }
}
