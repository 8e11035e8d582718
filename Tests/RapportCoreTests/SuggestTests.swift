import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportTag
@testable import RapportValidation

@Suite("Lexicon suggestions")
struct SuggestTests {
  static func suggestCorpus() throws -> [BatchInput] { try InputDiscovery.inputs([ValidationFixtures.path("suggest")]) }

  /// Dunning's G² = 2 Σ O ln(O/E). With a = 10, b = 0, c = 0, d = 10 every expected count is
  /// 10 · 10 / 20 = 5, so G² = 2 (10 ln 2 + 10 ln 2) = 40 ln 2 = 27.7259; a table with equal
  /// rates everywhere gives 0.
  @Test func logLikelihoodByHand() {
    #expect(Rounding.round(TermSuggester.logLikelihood(a: 10, b: 0, c: 0, d: 10)) == 27.7259)
    #expect(TermSuggester.logLikelihood(a: 10, b: 10, c: 10, d: 10) == 0)
    #expect(TermSuggester.logLikelihood(a: 0, b: 0, c: 0, d: 0) == 0)
  }

  /// In the suggest fixture "trembling" is said only next to `scared`, `afraid` or `worried`;
  /// "garden", "bakery", "football" are said everywhere else. The report counts 45 context
  /// words of 206 (anchor words left out). For trembling a = 4, b = 0, c = 41, d = 161:
  /// E(a) = 4 · 45 / 206 = 0.8738, E(c) = 202 · 45 / 206 = 44.1262, E(d) = 202 · 161 / 206 =
  /// 157.8738; G² = 2 (4 ln(4/0.8738) + 41 ln(41/44.1262) + 161 ln(161/157.8738)) = 12.4581;
  /// PMI = log₂(4 · 206 / (45 · 4)) = 2.1946.
  @Test func theRightCandidateComesFirst() throws {
    let report = try TermSuggester.suggest(
      category: "fear", lexicons: [ValidationFixtures.lexicon()], inputs: Self.suggestCorpus())
    #expect(report.anchors == 5)
    #expect(report.sessions == 4)
    #expect(report.contextWords == 45)
    #expect(report.corpusWords == 206)
    #expect(report.suggestions.map(\.term) == ["trembling"])
    let trembling = report.suggestions[0]
    #expect(trembling.inContext == 4)
    #expect(trembling.total == 4)
    #expect(trembling.sessions == 3)
    #expect(trembling.g2 == 12.4581)
    #expect(trembling.pmi == 2.1946)
    #expect(trembling.samples.map(KwicTable.inline) == [
      "s1 turn 2 C: I was scared and | trembling | at the station. The train was",
      "s1 turn 3 T: Scared and | trembling | . What happened next?",
    ])
  }

  @Test func phrasesAreProposedAndCommonWordsAreNot() throws {
    let report = try TermSuggester.suggest(
      category: "fear", lexicons: [ValidationFixtures.lexicon()], inputs: Self.suggestCorpus(),
      options: SuggestionOptions(minimumCount: 2, minimumG2: 0))
    let terms = report.suggestions.map(\.term)
    #expect(terms.prefix(2) == ["trembling", "cold sweat"])
    #expect(report.suggestions[1].words == 2)
    for excluded in ["scared", "afraid", "worried", "the", "was", "garden", "bakery", "i"] {
      #expect(!terms.contains(excluded))
    }
    // Every score is G² of its own 2×2 table.
    for suggestion in report.suggestions where suggestion.words == 1 {
      let a = Double(suggestion.inContext)
      let b = Double(suggestion.total - suggestion.inContext)
      let r = Double(report.contextWords)
      let n = Double(report.corpusWords)
      #expect(suggestion.g2 == Rounding.round(TermSuggester.logLikelihood(a: a, b: b, c: r - a, d: n - r - b)))
    }
  }

  @Test func seedTermsBecomeAnchorsAndAreNotSuggested() throws {
    let report = try TermSuggester.suggest(
      category: "fear", lexicons: [ValidationFixtures.lexicon()], seeds: ["trembl*"], inputs: Self.suggestCorpus(),
      options: SuggestionOptions(minimumCount: 2, minimumG2: 0))
    #expect(report.anchors == 9)
    #expect(!report.suggestions.map(\.term).contains("trembling"))
    #expect(report.suggestions.first?.term == "cold sweat")
  }

  /// One turn, "I was scared and trembling today", window 2: the anchor is `scared` (word 3);
  /// its context is words 1–5 without the anchor: I, was, and, trembling (R = 4); all words
  /// but the anchor: N = 5.
  @Test func contextCountsLeaveAnchorsOut() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "C: I was scared and trembling today\n".write(toFile: folder + "/one.txt", atomically: true, encoding: .utf8)
    let report = try TermSuggester.suggest(
      category: "fear", lexicons: [ValidationFixtures.lexicon()], inputs: InputDiscovery.inputs([folder]),
      options: SuggestionOptions(window: 2, minimumCount: 1, minimumSessions: 1, minimumG2: 0))
    #expect(report.anchors == 1)
    #expect(report.contextWords == 4)
    #expect(report.corpusWords == 5)
    // "trembling" is in context, "today" is not: a = 1, b = 0 against R = 4, N = 5.
    #expect(report.suggestions.map(\.term) == ["trembling"])
  }

  @Test func unknownCategoryIsAConfigurationError() throws {
    #expect(throws: RapportError(
      .configuration, problem: "no content category 'joy' in the loaded lexicons",
      remedy: "Use one of: fear, calm, family, tension, work")) {
      try TermSuggester.suggest(category: "joy", lexicons: [ValidationFixtures.lexicon()], inputs: [])
    }
  }

  @Test func seedsOfAThemeComeFromTheThemesFile() throws {
    let seeds = try SuggestionSeeds.load(path: TestSupport.root + "/seeds/themes.xml", theme: "fear")
    #expect(seeds.prefix(3) == ["afraid", "scared", "anxious"])
    #expect(try SuggestionSeeds.load(path: TestSupport.root + "/seeds/themes.xml", theme: "no-such-theme") == [])
  }
}
