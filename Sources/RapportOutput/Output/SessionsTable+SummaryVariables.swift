import RapportIngest
import RapportMeasure

extension SessionsTable {
  /// The summary-variable columns (docs/outputs.md): `liwc_wc`, `liwc_wps`, `liwc_dic`,
  /// `liwc_bigwords`, `liwc_function` for the session, then the same for the therapist and the
  /// client side (`liwc_wps_therapist`, …). Values are rounded here, from exact counts.
  static func summaryVariableColumns(add: (String, @escaping @Sendable (SessionSummary) -> String) -> Void) {
    let values: [(String, @Sendable (SummaryVariables) -> String)] = [
      ("wc", { String($0.wc) }), ("wps", { cell($0.wps) }), ("dic", { cell($0.dic) }),
      ("bigwords", { cell($0.bigwords) }), ("function", { cell($0.function) }),
    ]
    for (name, value) in values {
      add("liwc_\(name)") { value($0.summaryVariables) }
    }
    for role in [Role.therapist, .client] {
      for (name, value) in values {
        add("liwc_\(name)_\(role.rawValue)") { summary in
          value(speakers(summary, role).reduce(SummaryVariables()) { $0.adding($1.summaryVariables) })
        }
      }
    }
  }
}
