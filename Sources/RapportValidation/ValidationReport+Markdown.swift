import RapportIngest
import RapportMeasure

extension ValidationReport {
  /// The report as Markdown for a lexicon author: a summary table, gold agreement, overlaps,
  /// then one section per category with its entries, samples and agreement cases.
  public func markdown() -> String {
    var out = MarkdownText()
    out.line("# Lexicon validation")
    out.blank()
    for lexicon in lexicons {
      out.line("- Lexicon `\(lexicon.name)` \(lexicon.version) (\(MarkdownText.escape(lexicon.path)))")
    }
    let roles = Role.allCases.map { "\($0.rawValue) \(corpus.wordsByRole[$0.rawValue] ?? 0)" }
    out.line("- Corpus: \(corpus.sessions) sessions, \(corpus.words) words (\(roles.joined(separator: ", ")))")
    out.line("- Options: " + options.keys.sorted().map { "\($0) \(options[$0]!)" }.joined(separator: ", "))
    for failure in corpus.failures { out.line("- Not read: \(MarkdownText.escape(failure))") }
    out.blank()
    summarySection(&out)
    if let gold { goldSection(gold, &out) }
    if let documents { documentSection(documents, &out) }
    overlapSection(&out)
    out.line("## Categories")
    out.blank()
    for category in categories { categorySection(category, &out) }
    if !notes.isEmpty {
      out.line("## Notes")
      out.blank()
      for note in notes { out.line("- " + MarkdownText.escape(note)) }
    }
    return out.text
  }

  private func summarySection(_ out: inout MarkdownText) {
    out.line("## Summary")
    out.blank()
    out.line("Hits are the category's own entries' hits. Alpha is Cronbach's alpha over per-entry rates across sessions, KR-20 the same over presence; \"–\" means too few sessions or entries (see the category).")
    out.blank()
    out.table(
      ["Category", "Entries", "With hits", "Hits", "Therapist", "Client", "Negated", "Sessions", "Alpha", "KR-20", "Never matching", "Dominating"],
      categories.map { category in
        [
          "[`\(category.id)`](#\(MarkdownText.anchor(category)))", "\(category.entries)", "\(category.entriesWithHits)",
          "\(category.hits)", "\(category.hitsByRole["therapist"] ?? 0)", "\(category.hitsByRole["client"] ?? 0)",
          MarkdownText.percent(category.negatedShare), "\(category.documents)",
          MarkdownText.number(category.alpha.value), MarkdownText.number(category.kr20.value),
          "\(category.neverMatching.count)", category.dominating.map { "`\($0)`" }.joined(separator: ", "),
        ]
      })
    out.blank()
  }

  private func goldSection(_ gold: GoldAgreementReport, _ out: inout MarkdownText) {
    out.line("## Agreement with gold annotations")
    out.blank()
    out.line("Gold: \(MarkdownText.escape(gold.directory)), \(gold.sessions.count) sessions (\(gold.sessions.joined(separator: ", "))).")
    out.blank()
    out.line("Matching rule: " + gold.matchingRule)
    out.blank()
    func row(_ name: String, spans: Int, hits: Int, score: AgreementScore) -> [String] {
      [
        name, "\(spans)", "\(hits)", "\(score.truePositives)", "\(score.falsePositives)", "\(score.falseNegatives)",
        MarkdownText.number(score.precision), MarkdownText.number(score.recall), MarkdownText.number(score.f1),
      ]
    }
    var rows = gold.categories.map {
      row("[`\($0.category)`](#\(MarkdownText.anchor(id: $0.category)))", spans: $0.goldSpans, hits: $0.hits, score: $0.score)
    }
    rows.append(row(
      "**all (micro)**", spans: gold.categories.reduce(0) { $0 + $1.goldSpans },
      hits: gold.categories.reduce(0) { $0 + $1.hits }, score: gold.micro))
    out.table(["Category", "Gold spans", "Hits", "TP", "FP", "FN", "Precision", "Recall", "F1"], rows)
    out.blank()
    out.line("Macro F1 (mean over categories): \(MarkdownText.number(gold.macroF1)).")
    if !gold.unknownCategories.isEmpty {
      out.line("Annotated but not defined by the loaded lexicons (not scored): \(gold.unknownCategories.map { "`\($0)`" }.joined(separator: ", ")).")
    }
    if !gold.notAnnotated.isEmpty {
      out.line("Not annotated in gold (not scored): \(gold.notAnnotated.map { "`\($0)`" }.joined(separator: ", ")).")
    }
    out.blank()
    out.line("### Therapist acts")
    out.blank()
    let used = Set(ActLabel.legacyGoldLabels + gold.goldActs.keys.compactMap(ActLabel.init(rawValue:)))
    let counts = used.sorted().map { "\($0.rawValue) \(gold.goldActs[$0.rawValue] ?? 0)" }
    out.line("Gold act rows: \(counts.joined(separator: ", ")).")
    if let acts = gold.acts {
      actSection(acts, &out)
    } else {
      out.line("No act classifier was run, so act agreement is not scored.")
    }
    out.blank()
    for warning in gold.warnings {
      out.line("- Warning: " + MarkdownText.escape(warning))
    }
    if !gold.warnings.isEmpty { out.blank() }
  }

  private func actSection(_ acts: ActAgreement, _ out: inout MarkdownText) {
    out.blank()
    out.line("Accuracy \(MarkdownText.number(acts.accuracy)) over \(acts.turns) turns. Rows are gold, columns predicted.")
    out.blank()
    out.table(
      ["Gold \\ predicted"] + acts.labels.map(\.rawValue),
      acts.labels.indices.map { [acts.labels[$0].rawValue] + acts.confusion[$0].map(String.init) })
    out.blank()
    out.table(
      ["Act", "Gold", "Predicted", "Precision", "Recall", "F1"],
      acts.acts.map {
        [
          $0.act.rawValue, "\($0.gold)", "\($0.predicted)", MarkdownText.number($0.score.precision),
          MarkdownText.number($0.score.recall), MarkdownText.number($0.score.f1),
        ]
      })
    if !acts.disagreements.isEmpty {
      out.blank()
      for item in acts.disagreements {
        out.line("- \(item.session) turn \(item.turn) (gold line \(item.line)): gold \(item.gold.rawValue), predicted \(item.predicted.rawValue)")
      }
    }
  }

  private func overlapSection(_ out: inout MarkdownText) {
    out.line("## Category overlaps")
    out.blank()
    guard !overlaps.isEmpty else {
      out.line("No two categories share an entry or a token.")
      out.blank()
      return
    }
    out.line("Pairs of categories that hold the same entry or tag the same token, most shared hits first.")
    out.blank()
    out.table(
      ["Categories", "Shared entries", "Hits of first", "Hits of second", "Most frequent entry pairs"],
      overlaps.map { overlap in
        [
          "`\(overlap.categories[0])` / `\(overlap.categories[1])`",
          overlap.sharedEntries.map { "`\($0)`" }.joined(separator: ", "), "\(overlap.hitsOfFirst)",
          "\(overlap.hitsOfSecond)",
          overlap.topEntryPairs.map { "`\($0.first)`/`\($0.second)` \($0.count)" }.joined(separator: ", "),
        ]
      })
    out.blank()
  }
}
