import RapportMeasure
import RapportSupport
import RapportTag

extension LexiconValidator {
  /// Document-level agreement of the categories the labels name (among `reported`) with the
  /// labelled sessions of `corpus`.
  ///
  /// A category *fires* in a session when its hits, children rolled up as in `rapport
  /// analyze`'s counts, number at least `minHits` — negated hits left out unless
  /// `countNegated`. So a parent (`negative_emotion`) fires when a child does.
  static func documentReport(
    _ corpus: CorpusTally, labels: DocumentLabels, matcher: Matcher, reported: [Int], options: ValidationOptions
  ) -> DocumentAgreementReport {
    let reportedIDs = Set(reported.map { matcher.categories[$0].id })
    let inCorpus = Set(corpus.rolledUp.keys)
    let scored = labels.sessions.filter { inCorpus.contains($0.session) }
    let labelled = Set(labels.sessions.map(\.session))

    // The labels naming each category, and the labels naming none.
    var labelsOf: [String: Set<String>] = [:]
    var unmapped: [String: Int] = [:]
    for (label, targets) in labels.map {
      for target in targets where reportedIDs.contains(target) { labelsOf[target, default: []].insert(label) }
    }
    for session in scored {
      for label in session.labels {
        let targets = labels.categories(of: label, in: reportedIDs)
        if targets.isEmpty && labels.map[label] == nil { unmapped[label, default: 0] += 1 }
        for target in targets where reportedIDs.contains(target) { labelsOf[target, default: []].insert(label) }
      }
    }

    // Scored sessions in corpus order, so case lists follow the corpus.
    let order = Dictionary(corpus.sessions.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    let documents = scored.sorted { order[$0.session, default: 0] < order[$1.session, default: 0] }

    var categories: [DocumentCategoryAgreement] = []
    var micro = AgreementScore(truePositives: 0, falsePositives: 0, falseNegatives: 0)
    for index in reported {
      let id = matcher.categories[index].id
      guard let names = labelsOf[id] else { continue }
      var tp = 0
      var falsePositives: [String] = []
      var falseNegatives: [String] = []
      var labelledCount = 0
      var firedCount = 0
      for document in documents {
        let hits = corpus.rolledUp[document.session]!
        let counted = hits.count[index] - (options.countNegated ? 0 : hits.negated[index])
        let fired = counted >= options.minHits
        let positive = document.labels.contains { names.contains($0) }
        if positive { labelledCount += 1 }
        if fired { firedCount += 1 }
        switch (positive, fired) {
        case (true, true): tp += 1
        case (false, true): falsePositives.append(document.session)
        case (true, false): falseNegatives.append(document.session)
        case (false, false): break
        }
      }
      let score = AgreementScore(truePositives: tp, falsePositives: falsePositives.count, falseNegatives: falseNegatives.count)
      micro = micro.adding(score)
      categories.append(DocumentCategoryAgreement(
        category: id, labels: names.sorted(), labelled: labelledCount, fired: firedCount, score: score,
        falsePositives: falsePositives, falseNegatives: falseNegatives))
    }
    let f1s = categories.compactMap(\.score.f1)
    let negated = options.countNegated ? "negated hits included" : "negated hits left out"
    return DocumentAgreementReport(
      labelsFile: labels.path, labelMap: labels.mapPath,
      firingRule: "a category fires in a session when it has at least \(options.minHits) hit(s), its children's hits rolled up into it, \(negated); a session is labelled for a category when it carries a label that names the category (through the label map, or by being its id)",
      minHits: options.minHits, countNegated: options.countNegated, sessions: documents.count,
      categories: categories, micro: micro,
      macroF1: f1s.isEmpty ? nil : Rounding.round(f1s.reduce(0, +) / Double(f1s.count)),
      labelledNotInCorpus: labels.sessions.map(\.session).filter { !inCorpus.contains($0) },
      corpusNotLabelled: corpus.sessions.filter { !labelled.contains($0) },
      unmappedLabels: unmapped)
  }
}
