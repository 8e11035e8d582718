import RapportSupport

extension ValidationReport {
  /// A few lines for the terminal: coverage, silent and dominating entries, reliability, and
  /// gold agreement with the weakest categories. Holds no transcript text.
  public func summaryLines() -> [String] {
    var lines: [String] = []
    let entries = categories.reduce(0) { $0 + $1.entries }
    lines.append("validated \(categories.count) categories (\(entries) entries) on \(corpus.sessions) sessions, \(corpus.words) words")
    let silent = categories.filter { !$0.neverMatching.isEmpty }
    let never = silent.reduce(0) { $0 + $1.neverMatching.count }
    let dominating = categories.reduce(0) { $0 + $1.dominating.count }
    lines.append("  never matching: \(never) entries in \(silent.count) categories; dominating: \(dominating) entries")
    let alphas = categories.compactMap(\.alpha.value).sorted()
    if alphas.isEmpty {
      lines.append("  reliability: no category has enough sessions and entries with hits for alpha")
    } else {
      let median = alphas.count % 2 == 1
        ? alphas[alphas.count / 2] : (alphas[alphas.count / 2 - 1] + alphas[alphas.count / 2]) / 2
      lines.append("  reliability: alpha for \(alphas.count) of \(categories.count) categories, median \(CSVTable.number(median)), lowest \(CSVTable.number(alphas[0]))")
    }
    if let gold {
      let micro = gold.micro
      lines.append("  gold (\(gold.sessions.count) sessions, \(gold.categories.count) categories): micro precision \(MarkdownText.number(micro.precision)), recall \(MarkdownText.number(micro.recall)), F1 \(MarkdownText.number(micro.f1)); macro F1 \(MarkdownText.number(gold.macroF1))")
      let weakest = gold.categories.filter { $0.score.f1 != nil }
        .sorted { ($0.score.f1!, $0.category) < ($1.score.f1!, $1.category) }.prefix(3)
      if !weakest.isEmpty {
        lines.append("  lowest F1: " + weakest.map { "\($0.category) \(CSVTable.number($0.score.f1!))" }.joined(separator: ", "))
      }
      if let acts = gold.acts {
        lines.append("  therapist acts: accuracy \(MarkdownText.number(acts.accuracy)) over \(acts.turns) turns")
      }
      if !gold.warnings.isEmpty { lines.append("  gold warnings: \(gold.warnings.count) (listed in the report)") }
    }
    if let documents {
      let micro = documents.micro
      lines.append("  labels (\(documents.sessions) sessions, \(documents.categories.count) categories): micro precision \(MarkdownText.number(micro.precision)), recall \(MarkdownText.number(micro.recall)), F1 \(MarkdownText.number(micro.f1)); macro F1 \(MarkdownText.number(documents.macroF1))")
      var unscored: [String] = []
      if !documents.labelledNotInCorpus.isEmpty { unscored.append("\(documents.labelledNotInCorpus.count) labelled session(s) not in the corpus") }
      if !documents.corpusNotLabelled.isEmpty { unscored.append("\(documents.corpusNotLabelled.count) corpus session(s) without labels") }
      if !documents.unmappedLabels.isEmpty { unscored.append("\(documents.unmappedLabels.count) label(s) naming no category") }
      if !unscored.isEmpty { lines.append("  labels not scored: " + unscored.joined(separator: ", ") + " (listed in the report)") }
    }
    if !corpus.failures.isEmpty { lines.append("  sessions not read: \(corpus.failures.count)") }
    return lines
  }
}
