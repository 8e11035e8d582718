import RapportMeasure

extension ValidationReport {
  /// Session names listed in validation.md per category and kind of error; validation.json
  /// lists them all.
  static let listedSessions = 20

  /// `## Agreement with document labels`: the table of scores, then the false positives and
  /// negatives by session, and the sessions and labels that could not be scored.
  func documentSection(_ documents: DocumentAgreementReport, _ out: inout MarkdownText) {
    out.line("## Agreement with document labels")
    out.blank()
    out.line("Labels: \(MarkdownText.escape(documents.labelsFile))" + (documents.labelMap.map { ", label map \(MarkdownText.escape($0))" } ?? "") + "; \(documents.sessions) sessions scored.")
    out.blank()
    out.line("Rule: " + documents.firingRule + ".")
    out.blank()
    func row(_ name: String, _ labels: String, _ labelled: Int, _ fired: Int, _ score: AgreementScore) -> [String] {
      [
        name, labels, "\(labelled)", "\(fired)", "\(score.truePositives)", "\(score.falsePositives)",
        "\(score.falseNegatives)", MarkdownText.number(score.precision), MarkdownText.number(score.recall),
        MarkdownText.number(score.f1),
      ]
    }
    var rows = documents.categories.map {
      row("`\($0.category)`", $0.labels.map { "`\($0)`" }.joined(separator: ", "), $0.labelled, $0.fired, $0.score)
    }
    rows.append(row(
      "**all (micro)**", "", documents.categories.reduce(0) { $0 + $1.labelled },
      documents.categories.reduce(0) { $0 + $1.fired }, documents.micro))
    out.table(["Category", "Labels", "Labelled", "Fired", "TP", "FP", "FN", "Precision", "Recall", "F1"], rows)
    out.blank()
    out.line("Macro F1 (mean over categories): \(MarkdownText.number(documents.macroF1)).")
    out.blank()
    func list(_ title: String, _ sessions: [String]) {
      guard !sessions.isEmpty else { return }
      let shown = sessions.prefix(Self.listedSessions).map { "`\($0)`" }.joined(separator: ", ")
      let more = sessions.count > Self.listedSessions ? " and \(sessions.count - Self.listedSessions) more (validation.json lists all)" : ""
      out.line("- \(title) (\(sessions.count)): \(shown)\(more)")
    }
    for category in documents.categories where !category.falsePositives.isEmpty || !category.falseNegatives.isEmpty {
      out.line("### `\(category.category)` by session")
      out.blank()
      list("False positives (fired, not labelled)", category.falsePositives)
      list("False negatives (labelled, did not fire)", category.falseNegatives)
      out.blank()
    }
    if !documents.labelledNotInCorpus.isEmpty || !documents.corpusNotLabelled.isEmpty || !documents.unmappedLabels.isEmpty {
      out.line("### Not scored")
      out.blank()
      list("Labelled sessions not in the corpus (or not read)", documents.labelledNotInCorpus)
      list("Corpus sessions without labels", documents.corpusNotLabelled)
      if !documents.unmappedLabels.isEmpty {
        let labels = documents.unmappedLabels.sorted { $0.key < $1.key }.map { "`\($0.key)` \($0.value)" }
        out.line("- Labels that name no category (sessions carrying them): " + labels.joined(separator: ", "))
      }
      out.blank()
    }
  }
}
