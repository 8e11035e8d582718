import RapportMeasure
import RapportSupport
import RapportTag

extension LexiconValidator {
  /// The span matching rule, as the report states it.
  static let matchingRule = """
    A lexicon hit matches a gold span when both are in the same turn, the hit's category is the \
    span's category or one of its descendants, and their character ranges overlap. Hits and \
    spans are paired one to one, as many pairs as possible. Paired hits are true positives, \
    unpaired spans false negatives, unpaired hits that overlap no span of the category false \
    positives; unpaired hits inside an already paired span are redundant and count as neither. \
    Only sessions with a gold file and categories with at least one gold span are scored.
    """

  static func goldReport(
    _ corpus: CorpusTally, gold: GoldSet, directory: String, matcher: Matcher, reported: [Int], scored: [Int]
  ) -> GoldAgreementReport {
    var categories: [GoldCategoryAgreement] = []
    var micro = AgreementScore(truePositives: 0, falsePositives: 0, falseNegatives: 0)
    for category in scored {
      let id = matcher.categories[category].id
      let counts = corpus.gold[id] ?? DocumentTally.GoldCounts()
      let score = AgreementScore(
        truePositives: counts.truePositives, falsePositives: counts.falsePositives,
        falseNegatives: counts.falseNegatives)
      micro = micro.adding(score)
      categories.append(GoldCategoryAgreement(
        category: id, goldSpans: counts.goldSpans, hits: counts.hits, score: score,
        redundantHits: counts.redundant, falsePositives: counts.falsePositiveCases,
        falseNegatives: counts.falseNegativeCases))
    }
    let f1s = categories.compactMap(\.score.f1)
    let known = Set(matcher.categories.map(\.id))
    let annotated = Set(gold.categories)
    let scoredSessions = Set(corpus.goldSessions)
    let scoredGold = gold.sessions.values.filter { scoredSessions.contains($0.session) }
    var goldActs: [String: Int] = [:]
    for session in scoredGold {
      for act in session.acts { goldActs[act.label.rawValue, default: 0] += 1 }
    }
    let acts: ActAgreement? =
      corpus.predictedActs.isEmpty ? nil : ActAgreement.evaluate(gold: scoredGold, predicted: corpus.predictedActs)
    return GoldAgreementReport(
      directory: directory, sessions: corpus.goldSessions, matchingRule: matchingRule, categories: categories,
      micro: micro, macroF1: f1s.isEmpty ? nil : Rounding.round(f1s.reduce(0, +) / Double(f1s.count)),
      unknownCategories: annotated.subtracting(known).sorted(),
      notAnnotated: reported.map { matcher.categories[$0].id }.filter { !annotated.contains($0) },
      acts: acts, goldActs: goldActs,
      warnings: (gold.errors + gold.warnings).map(\.description))
  }
}
