import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportTag
@testable import RapportValidation

/// Bond and the trust trajectory read trust and safety by sign: positive hits that are not
/// negated count as trust, negated positive hits and distrust/threat hits count on the
/// negative side, and a negated negative hit counts on neither (docs/indicators.md).
@Suite struct IndicatorSignedRelationalTests {
  /// A test lexicon with the ids of the signed contract: parents `trust` and `safety`, each
  /// with a positive and a negative child.
  static let signed: [LexiconCategory] = [
    LexiconCategory(id: "trust", label: "Trust"),
    category("trust_positive", parent: "trust", ["trust", "trusted", "rely on"]),
    category("distrust", parent: "trust", ["distrust", "betrayed", "lied"]),
    LexiconCategory(id: "safety", label: "Safety"),
    category("safety_positive", parent: "safety", ["safe", "secure"]),
    category("threat", parent: "safety", ["unsafe", "threatened", "scared"]),
  ]

  static func category(_ id: String, parent: String? = nil, _ terms: [String]) -> LexiconCategory {
    LexiconCategory(id: id, label: id, parent: parent, entries: terms.map { LexiconEntry(term: $0) })
  }

  static func indicators(client: String, categories: [LexiconCategory] = signed) throws -> AllianceIndicators {
    let matcher = try Matcher(lexicons: [Lexicon(name: "signed", version: "1", categories: categories)])
    let tagger = try Tagger(matcher: matcher)
    let text = "T: How have things been?\nC: \(client)\n"
    let transcript = try TranscriptReader.read(bytes: Array(text.utf8), path: "signed.txt")
    return try Summarizer.analyze(
      try tagger.tag(transcript), session: "signed", matcher: matcher, vocabulary: tagger.tokenizer.vocabulary,
      options: AnalysisOptions(segments: 1)
    ).summary.indicators
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var client: String
    var trustSafety: Double
    var distrustThreat: Double
    var testDescription: String { client }
  }

  static let cases: [Case] = [
    // 9 words, 3 negative hits (betrayed, distrust, unsafe).
    Case(client: "He betrayed me, I distrust everyone, I feel unsafe.", trustSafety: 0, distrustThreat: 33.3333),
    // 8 words, 2 positive hits (trust, safe).
    Case(client: "I trust you and I feel safe here.", trustSafety: 25, distrustThreat: 0),
    // 8 words: negated trust and negated safe move to the negative side.
    Case(client: "I don't trust him. I haven't felt safe.", trustSafety: 0, distrustThreat: 25),
    // 5 words: a negated threat ("not unsafe") counts on neither side.
    Case(client: "I'm not unsafe with you.", trustSafety: 0, distrustThreat: 0),
    // 10 words: one affirmed trust, one negated trust, one threat.
    Case(client: "I trust you. I can't rely on him. I'm scared.", trustSafety: 10, distrustThreat: 20),
  ]

  @Test(arguments: cases)
  func ratesBySign(_ example: Case) throws {
    let indicators = try Self.indicators(client: example.client)
    #expect(indicators.bond.clientTrustSafetyRate == example.trustSafety)
    #expect(indicators.bond.clientDistrustThreatRate == example.distrustThreat)
    // Every category the bond reads is loaded: no note about trust or safety.
    #expect(!indicators.notes.contains { $0.contains("trust") || $0.contains("safety") })
  }

  @Test func trustingClientScoresAboveBetrayedClient() throws {
    let betrayed = try Self.indicators(client: "He betrayed me, I distrust everyone, I feel unsafe.")
    let trusting = try Self.indicators(client: "I trust you and I feel safe here.")
    #expect(try #require(trusting.bond.clientTrustSafetyRate) > #require(betrayed.bond.clientTrustSafetyRate))
    #expect(try #require(betrayed.bond.clientDistrustThreatRate) > #require(trusting.bond.clientDistrustThreatRate))
    #expect(try #require(trusting.affectTrajectory.trust?.first) > #require(betrayed.affectTrajectory.trust?.first))
  }

  @Test func trustTrajectoryCountsOnlyAffirmedPositiveTrust() throws {
    let trajectory = try #require(try Self.indicators(client: "I trust you. I don't trust him. I distrust her.").affectTrajectory.trust)
    #expect(trajectory.category == "trust_positive")
    // 10 words, one affirmed trust_positive hit.
    #expect(trajectory.segments == [10])
  }

  @Test func unsignedTrustFallsBackToEveryHitWithANote() throws {
    let categories = [Self.category("trust", ["trust", "distrust"]), Self.category("safety", ["safe", "unsafe"])]
    let indicators = try Self.indicators(client: "I distrust everyone and I feel unsafe.", categories: categories)
    // 7 words, 2 hits of the unsigned parents, counted as before.
    #expect(indicators.bond.clientTrustSafetyRate == 28.5714)
    #expect(indicators.bond.clientDistrustThreatRate == nil)
    #expect(indicators.affectTrajectory.trust?.category == "trust")
    #expect(indicators.notes.contains(
      "category 'trust_positive' is not in the loaded lexicons; bond.clientTrustSafetyRate and bond.clientDistrustThreatRate count every hit of 'trust' as positive, whatever its sign, and no negative side of trust"))
    #expect(indicators.notes.contains {
      $0.hasPrefix("category 'trust_positive' is not in the loaded lexicons; affectTrajectory.trust")
    })
  }

  @Test func positiveChildWithoutNegativeChildKeepsNegatedHits() throws {
    let categories = [Self.category("trust_positive", ["trust"]), Self.category("safety_positive", ["safe"])]
    let indicators = try Self.indicators(client: "I don't trust him.", categories: categories)
    #expect(indicators.bond.clientTrustSafetyRate == 0)
    #expect(indicators.bond.clientDistrustThreatRate == 25)
    #expect(indicators.notes.contains {
      $0.hasPrefix("category 'distrust' is not in the loaded lexicons; the negative side of trust")
    })
  }
}
