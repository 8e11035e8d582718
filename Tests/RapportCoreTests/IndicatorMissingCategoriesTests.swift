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

/// A researcher's own lexicons may lack the categories the indicators read: indicators then
/// report null (or average what is there) and say why in `notes`, instead of failing.
@Suite struct IndicatorMissingCategoriesTests {
  static let dialogue = """
    T: How are you today?
    C: I feel sad and alone. I trust you.
    T: It sounds like you feel alone.
    C: Whatever.
    """

  static func indicators(_ categories: [LexiconCategory]) throws -> AllianceIndicators {
    let matcher = try Matcher(lexicons: [Lexicon(name: "partial", version: "1", categories: categories)])
    let tagger = try Tagger(matcher: matcher)
    let transcript = try TranscriptReader.read(bytes: Array(dialogue.utf8), path: "partial.txt")
    return try Summarizer.analyze(
      try tagger.tag(transcript), session: "partial", matcher: matcher, vocabulary: tagger.tokenizer.vocabulary,
      options: AnalysisOptions(segments: 2, composite: true)
    ).summary.indicators
  }

  static func category(_ id: String, _ terms: [String]) -> LexiconCategory {
    LexiconCategory(id: id, label: id, entries: terms.map { LexiconEntry(term: $0) })
  }

  @Test func lsmAveragesTheCategoriesThatExist() throws {
    let indicators = try Self.indicators([Self.category("ppron", ["i", "you"]), Self.category("conj", ["and"])])
    let lsm = indicators.languageStyleMatching
    #expect(lsm.categories == ["ppron", "conj"])
    #expect(lsm.missing == ["ipron", "article", "prep", "auxverb", "adverb", "negate", "quant"])
    // Therapist 10 words: you, you → 20%; client 9 words: i, i, you → 33.3333%, and → 11.1111%.
    // ppron 1 − 13.3333 / 53.3334 = 0.750000; conj 1 − 11.1111 / 11.1112 = 0.000009;
    // mean (0.750000 + 0.000009) / 2 = 0.375004 → 0.375.
    #expect(lsm.session == 0.375)
    #expect(indicators.notes.contains {
      $0.hasPrefix("LSM categories 'ipron', 'article'") && $0.hasSuffix("languageStyleMatching averages the other 2")
    })
  }

  @Test func everythingMissingGivesNullsAndNotes() throws {
    let indicators = try Self.indicators([Self.category("unrelated", ["zebra"])])
    #expect(indicators.languageStyleMatching.session == nil)
    #expect(indicators.languageStyleMatching.segments == [nil, nil])
    #expect(indicators.collaboration.weRate == RoleValues(therapist: nil, client: nil))
    #expect(indicators.collaboration.goalsRate == RoleValues(therapist: nil, client: nil))
    #expect(indicators.bond.therapistEmpathyRate == nil)
    #expect(indicators.bond.clientTrustSafetyRate == nil)
    #expect(indicators.ruptureRepair.withdrawalMarkers == nil)
    #expect(indicators.ruptureRepair.ruptureTurns == nil)
    #expect(indicators.ruptureRepair.repairedRuptures == nil)
    #expect(indicators.affectTrajectory.negativeEmotion == nil)
    #expect(indicators.affectTrajectory.trust == nil)
    // Indicators that need no category still work.
    #expect(indicators.talkBalance.client.words == 9)
    #expect(indicators.miti.count(.openQuestion) == 1)
    #expect(indicators.miti.reflections == 1)
    for expected in [
      "category 'we' is not in the loaded lexicons; collaboration.weRate is null",
      "category 'empathy' is not in the loaded lexicons; bond.therapistEmpathyRate is null",
      "category 'negative_emotion' is not in the loaded lexicons; affectTrajectory.negativeEmotion is null",
      "category 'repair' is not in the loaded lexicons; ruptureRepair.repairStatements, repairedRuptures and unrepairedRuptures are null",
    ] {
      #expect(indicators.notes.contains(expected))
    }
    #expect(indicators.notes == indicators.notes.sorted())
    // The composite drops the null components and keeps the others.
    #expect(indicators.composite?.components["languageStyleMatching"] == .some(nil))
    #expect(indicators.composite?.value != nil)
  }

  @Test func trustWithoutSafetyCountsTrustAlone() throws {
    let indicators = try Self.indicators([Self.category("trust", ["trust"])])
    // Client: 9 words ("I feel sad and alone. I trust you." + "Whatever."), trust once: 11.1111.
    #expect(indicators.bond.clientTrustSafetyRate == 11.1111)
    #expect(indicators.notes.contains { $0.hasPrefix("categories 'safety_positive' and 'safety' are not in the loaded lexicons") })
    #expect(indicators.notes.contains { $0.hasPrefix("category 'trust_positive' is not in the loaded lexicons") })
  }

  @Test func withdrawalWithoutRepairCountsRupturesOnly() throws {
    let indicators = try Self.indicators([Self.category("withdrawal", ["whatever"])])
    #expect(indicators.ruptureRepair.withdrawalMarkers == 1)
    #expect(indicators.ruptureRepair.confrontationMarkers == nil)
    #expect(indicators.ruptureRepair.ruptureTurns == 1)
    #expect(indicators.ruptureRepair.repairStatements == nil)
    #expect(indicators.ruptureRepair.unrepairedRuptures == nil)
  }
}
