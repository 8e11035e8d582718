import RapportIngest
import RapportSupport

extension ValidationReport {
  /// One category's section: counts, reliability, flags, entries, samples, agreement cases.
  func categorySection(_ category: CategoryValidation, _ out: inout MarkdownText) {
    out.line("### \(category.id)")
    out.blank()
    var facts = "\(MarkdownText.escape(category.label)), lexicon `\(category.lexicon)`"
    if let parent = category.parent { facts += ", child of `\(parent)`" }
    out.line(facts + ".")
    out.blank()
    out.line("- Hits: \(category.hits) (\(Role.allCases.map { "\($0.rawValue) \(category.hitsByRole[$0.rawValue] ?? 0)" }.joined(separator: ", "))), \(MarkdownText.percent(category.negatedShare)) negated, in \(category.documents) of \(corpus.sessions) sessions.")
    out.line("- Entries: \(category.entries), \(category.entriesWithHits) with hits.")
    out.line("- Cronbach's alpha: \(reliability(category.alpha)); KR-20: \(reliability(category.kr20)).")
    if !category.dominating.isEmpty {
      let shares = category.dominating.map { term in
        "`\(term)` (\(MarkdownText.percent(category.entryStats.first { $0.term == term }?.share ?? 0)))"
      }
      out.line("- Dominating (over \(MarkdownText.percent(Double(options["dominance-threshold"] ?? "") ?? 0)) of the hits): \(shares.joined(separator: ", ")).")
    }
    if !category.neverMatching.isEmpty {
      out.line("- Never matching (\(category.neverMatching.count)): \(category.neverMatching.map { "`\($0)`" }.joined(separator: ", ")).")
    }
    let shared = overlaps.filter { $0.categories.contains(category.id) && $0.hitsOfFirst + $0.hitsOfSecond > 0 }
    if !shared.isEmpty {
      let listed = shared.prefix(5).map { overlap in
        let mine = overlap.categories[0] == category.id ? overlap.hitsOfFirst : overlap.hitsOfSecond
        let other = overlap.categories[0] == category.id ? overlap.categories[1] : overlap.categories[0]
        return "`\(other)` (\(mine) hits)"
      }
      out.line("- Hits sharing a token with other categories: \(listed.joined(separator: ", "))\(shared.count > 5 ? ", …" : "").")
    }
    let agreement = gold?.categories.first { $0.category == category.id }
    if let agreement {
      let score = agreement.score
      out.line("- Gold: precision \(MarkdownText.number(score.precision)), recall \(MarkdownText.number(score.recall)), F1 \(MarkdownText.number(score.f1)) (\(score.truePositives) TP, \(score.falsePositives) FP, \(score.falseNegatives) FN, \(agreement.redundantHits) redundant).")
    }
    out.blank()
    let withHits = category.entryStats.filter { $0.hits > 0 }
    if !withHits.isEmpty {
      out.table(
        ["Entry", "Line", "Hits", "Therapist", "Client", "Negated", "Sessions", "Share"],
        withHits.map { entry in
          [
            "`\(entry.term)`" + (entry.dominating ? " ⚑" : ""), entry.line.map(String.init) ?? "", "\(entry.hits)",
            "\(entry.hitsByRole["therapist"] ?? 0)", "\(entry.hitsByRole["client"] ?? 0)",
            MarkdownText.percent(entry.negatedShare), "\(entry.documents)", MarkdownText.percent(entry.share),
          ]
        })
      out.blank()
      let sampled = withHits.filter { !$0.samples.isEmpty }
      if !sampled.isEmpty {
        out.line("#### Samples of \(category.id)")
        out.blank()
        for entry in sampled {
          out.line("- `\(entry.term)`")
          for sample in entry.samples { out.line("  - " + MarkdownText.kwic(sample)) }
        }
        out.blank()
      }
    }
    if let agreement {
      cases("False positives", of: category.id, agreement.falsePositives, &out) { $0.entry.map { " — entry `\($0)`" } }
      cases("False negatives", of: category.id, agreement.falseNegatives, &out) { $0.goldLine.map { " — gold line \($0)" } }
    }
  }

  /// A heading "`title` of `category` (count)" and a line per agreement case, when there are
  /// any; `note` says what the case adds to its context (the entry that matched, the gold line).
  private func cases(
    _ title: String, of category: String, _ items: [AgreementCase], _ out: inout MarkdownText,
    note: (AgreementCase) -> String?
  ) {
    guard !items.isEmpty else { return }
    out.line("#### \(title) of \(category) (\(items.count))")
    out.blank()
    for item in items { out.line("- " + MarkdownText.kwic(item.context) + (note(item) ?? "")) }
    out.blank()
  }

  private func reliability(_ value: Reliability) -> String {
    if let number = value.value { return "\(MarkdownText.number(number)) (\(value.items) entries, \(value.documents) sessions)" }
    return value.note ?? "–"
  }
}

/// Markdown being written: lines, tables, and the escaping and number formats of the report.
struct MarkdownText {
  var text = ""

  mutating func line(_ line: String) { text += line + "\n" }
  mutating func blank() { text += "\n" }

  mutating func table(_ header: [String], _ rows: [[String]]) {
    line("| " + header.joined(separator: " | ") + " |")
    line("|" + header.map { _ in " --- |" }.joined())
    for row in rows { line("| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |") }
  }

  /// Transcript text with Markdown's special characters escaped.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]<>|#".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// `s01 t12 client: … left **match** right …`
  static func kwic(_ line: KwicLine) -> String {
    var text = "\(escape(line.session)) turn \(line.turn) \(escape(line.speaker)): "
    var escaped = line
    escaped.left = escape(line.left)
    escaped.match = escape(line.match)
    escaped.right = escape(line.right)
    text += escaped.sentence { "**\($0)**" }
    if line.negated { text += " _(negated)_" }
    return text
  }

  static func number(_ value: Double?) -> String {
    guard let value else { return "–" }
    return CSVTable.number(value)
  }

  /// A share as a percentage with one decimal.
  static func percent(_ share: Double) -> String {
    let tenths = (share * 1000).rounded() / 10
    return (tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)) + "%"
  }

  static func anchor(_ category: CategoryValidation) -> String { anchor(id: category.id) }

  /// GitHub's heading anchor for a category id heading.
  static func anchor(id: String) -> String {
    id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
  }
}
