import RapportIngest
import RapportMeasure

extension SessionsTable {
  /// The summary-variable columns (docs/outputs.md): `liwc_wc`, `liwc_wps`, `liwc_dic`,
  /// `liwc_bigwords`, `liwc_function` for the session, then the same for the therapist and the
  /// client side (`liwc_wps_therapist`, …). Values are rounded here, from exact counts.
  static func summaryVariableColumns(
    add: (String, @escaping @Sendable (SessionSummary) -> String) -> Void,
    addGroup: ([String], @escaping Cells) -> Void
  ) {
    let values: [(String, @Sendable (SummaryVariables) -> String)] = [
      ("wc", { String($0.wc) }), ("wps", { cell($0.wps) }), ("dic", { cell($0.dic) }),
      ("bigwords", { cell($0.bigwords) }), ("function", { cell($0.function) }),
    ]
    for (name, value) in values {
      add("liwc_\(name)") { value($0.summaryVariables) }
    }
    for role in [Role.therapist, .client] {
      // The role's speakers summed once for its five columns.
      addGroup(values.map { "liwc_\($0.0)_\(role.rawValue)" }) { summary, row in
        var total = SummaryVariables()
        for speaker in summary.speakers where speaker.role == role { total = total.adding(speaker.summaryVariables) }
        for (_, value) in values { row.append(value(total)) }
      }
    }
  }
}
