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
  private let columns: [@Sendable (SessionSummary) -> String]

  /// The table for sessions cut into `segments` segments, with the composite column when
  /// `composite` is set, and columns for `categories` (content category ids, in order).
  /// `clientTalk` are a client model's labels (`client_talk_<label>` count columns).
  public init(categories: [String], segments: Int, composite: Bool, clientTalk: [String] = []) {
    var header: [String] = []
    var columns: [@Sendable (SessionSummary) -> String] = []
    func add(_ name: String, _ value: @escaping @Sendable (SessionSummary) -> String) {
      header.append(name)
      columns.append(value)
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
    Self.summaryVariableColumns(add: add)
    Self.indicatorColumns(segments: segments, composite: composite, clientTalk: clientTalk, add: add)
    for category in categories {
      for role in [Role.therapist, .client] {
        let name = "\(role.rawValue)_\(category)"
        add(name) { summary in String(Self.sum(summary, role) { $0.categories[category]?.count ?? 0 }) }
        add(name + "_negated") { summary in String(Self.sum(summary, role) { $0.categories[category]?.negated ?? 0 }) }
        add(name + "_rate") { summary in
          let count = Self.sum(summary, role) { $0.categories[category]?.count ?? 0 }
          return Rounding.text(Rounding.percent(count, of: Self.sum(summary, role) { $0.words }) ?? 0)
        }
      }
    }
    self.header = header
    self.columns = columns
  }

  /// The row of `summary`, in header order.
  public func row(_ summary: SessionSummary) -> [String] {
    columns.map { $0(summary) }
  }

  static func speakers(_ summary: SessionSummary, _ role: Role) -> [SpeakerSummary] {
    summary.speakers.filter { $0.role == role }
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
