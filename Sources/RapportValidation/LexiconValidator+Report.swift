import RapportIngest
import RapportMeasure
import RapportSupport
import RapportTag

extension LexiconValidator {
  /// Builds the report from the merged tallies.
  static func report(
    _ corpus: CorpusTally, matcher: Matcher, reported: [Int], scored: [Int], gold: GoldSet?,
    goldDirectory: String?, options: ValidationOptions
  ) -> ValidationReport {
    let roles = Role.allCases
    func byRole(_ counts: [Int]) -> [String: Int] {
      Dictionary(uniqueKeysWithValues: roles.indices.map { (roles[$0].rawValue, counts[$0]) })
    }
    var entriesOf = [[Int32]](repeating: [], count: matcher.categories.count)
    for (index, entry) in matcher.entries.enumerated() { entriesOf[entry.category].append(Int32(index)) }

    var categories: [CategoryValidation] = []
    var empty: [String] = []
    for category in reported {
      let info = matcher.categories[category]
      guard !entriesOf[category].isEmpty else {
        empty.append(info.id)
        continue
      }
      categories.append(validation(
        of: category, entries: entriesOf[category], corpus: corpus, matcher: matcher, options: options,
        byRole: byRole))
    }

    var notes: [String] = []
    if !empty.isEmpty {
      notes.append("Categories without entries of their own are not listed (their children's hits roll up into them): \(empty.joined(separator: ", ")).")
    }
    if !matcher.categories.contains(where: { $0.role == .negator }) {
      notes.append("No negator category is loaded, so no hit is marked negated; add the modifiers lexicon with --lexicon to count negation.")
    }
    notes.append("Reliability treats each session as a document; an entry's rate is its hits per 100 words of the whole session.")
    notes.append(options.redact
      ? "Samples are redacted: names, e-mail addresses, phone numbers and dates are masked by a heuristic; check before sharing."
      : "Samples and agreement cases quote transcript text; use --redact to mask names, e-mail addresses, phone numbers and dates.")

    return ValidationReport(
      schema: ValidationReport.schemaVersion, toolVersion: RapportVersion.current,
      lexicons: matcher.lexicons.map {
        LexiconProvenance(name: $0.name, version: $0.version, path: $0.path, sha256: $0.sha256)
      },
      corpus: CorpusCoverage(
        sessions: corpus.sessions.count, words: corpus.words, wordsByRole: byRole(corpus.wordsByRole),
        failures: corpus.failures.map(\.description)),
      options: options.recorded, categories: categories,
      overlaps: overlaps(corpus, matcher: matcher, reported: Set(reported), entriesOf: entriesOf),
      gold: gold.map {
        goldReport(corpus, gold: $0, directory: goldDirectory ?? "", matcher: matcher, reported: reported, scored: scored)
      },
      documents: nil, notes: notes)
  }

  private static func validation(
    of category: Int, entries: [Int32], corpus: CorpusTally, matcher: Matcher, options: ValidationOptions,
    byRole: ([Int]) -> [String: Int]
  ) -> CategoryValidation {
    let info = matcher.categories[category]
    let lexicon = matcher.lexicons[info.lexicon]
    let written = lexicon.categories.first { $0.id == info.id }?.entries ?? []
    var total = DocumentTally.EntryCounts()
    for entry in entries {
      let counts = corpus.entries[entry] ?? DocumentTally.EntryCounts()
      total.hits += counts.hits
      total.negated += counts.negated
      for role in total.byRole.indices { total.byRole[role] += counts.byRole[role] }
    }
    total.documents = corpus.documents.count { document in entries.contains { document.hits[$0] != nil } }

    var stats: [EntryValidation] = []
    for entry in entries {
      let counts = corpus.entries[entry] ?? DocumentTally.EntryCounts()
      let term = matcher.entries[Int(entry)].term
      let share = total.hits > 0 ? Double(counts.hits) / Double(total.hits) : 0
      stats.append(EntryValidation(
        term: term, line: written.first { $0.term == term }?.line, hits: counts.hits,
        hitsByRole: byRole(counts.byRole), negated: counts.negated,
        negatedShare: counts.hits > 0 ? Rounding.round(Double(counts.negated) / Double(counts.hits)) : 0,
        documents: counts.documents, share: Rounding.round(share),
        dominating: share > options.dominanceThreshold, samples: corpus.samples(of: entry)))
    }
    let neverMatching = stats.filter { $0.hits == 0 }.map(\.term)
    let dominating = stats.filter(\.dominating).sorted { $0.hits > $1.hits }.map(\.term)
    // Most hits first; ties in lexicon order (the sort is stable).
    stats = stats.enumerated().sorted { ($1.element.hits, $0.offset) < ($0.element.hits, $1.offset) }.map(\.element)

    let items = entries.filter { (corpus.entries[$0]?.hits ?? 0) > 0 }
    let matrix = corpus.documents.map { document in
      items.map { Double(document.hits[$0] ?? 0) * 100 / Double(document.words) }
    }
    return CategoryValidation(
      id: info.id, label: info.label, lexicon: lexicon.name,
      parent: info.parent.map { matcher.categories[$0].id }, entries: entries.count,
      entriesWithHits: items.count, hits: total.hits, hitsByRole: byRole(total.byRole), negated: total.negated,
      negatedShare: total.hits > 0 ? Rounding.round(Double(total.negated) / Double(total.hits)) : 0,
      documents: total.documents, neverMatching: neverMatching, dominating: dominating,
      alpha: ReliabilityStatistics.cronbachAlpha(matrix), kr20: ReliabilityStatistics.kr20(matrix),
      entryStats: stats)
  }

  private static func overlaps(
    _ corpus: CorpusTally, matcher: Matcher, reported: Set<Int>, entriesOf: [[Int32]]
  ) -> [CategoryOverlap] {
    // Entries with the same normalized elements in two categories.
    var byElements: [[Int32]: [Int32]] = [:]
    for (index, entry) in matcher.entries.enumerated() where matcher.categories[entry.category].role == .content {
      byElements[entry.elements, default: []].append(Int32(index))
    }
    var shared: [DocumentTally.CategoryPair: [String]] = [:]
    for group in byElements.values where group.count > 1 {
      for i in group.indices {
        for j in group.indices where j > i {
          let a = matcher.entries[Int(group[i])]
          let b = matcher.entries[Int(group[j])]
          guard a.category != b.category else { continue }
          let (first, second) = a.category < b.category ? (a, b) : (b, a)
          shared[DocumentTally.CategoryPair(first: first.category, second: second.category), default: []].append(first.term)
        }
      }
    }
    let pairs = Set(shared.keys).union(corpus.overlaps.keys).filter {
      reported.contains($0.first) || reported.contains($0.second)
    }
    let overlaps = pairs.map { pair -> CategoryOverlap in
      let counts = corpus.overlaps[pair] ?? DocumentTally.OverlapCounts()
      let top = counts.entryPairs.sorted { ($1.value, $0.key.first, $0.key.second) < ($0.value, $1.key.first, $1.key.second) }
        .prefix(5).map {
          CategoryOverlap.EntryPair(
            first: matcher.entries[Int($0.key.first)].term, second: matcher.entries[Int($0.key.second)].term,
            count: $0.value)
        }
      return CategoryOverlap(
        categories: [matcher.categories[pair.first].id, matcher.categories[pair.second].id],
        sharedEntries: (shared[pair] ?? []).sorted(), hitsOfFirst: counts.hitsOfFirst,
        hitsOfSecond: counts.hitsOfSecond, topEntryPairs: Array(top))
    }
    return overlaps.sorted {
      ($1.hitsOfFirst + $1.hitsOfSecond, $1.sharedEntries.count, $0.categories[0], $0.categories[1])
        < ($0.hitsOfFirst + $0.hitsOfSecond, $0.sharedEntries.count, $1.categories[0], $1.categories[1])
    }
  }
}
