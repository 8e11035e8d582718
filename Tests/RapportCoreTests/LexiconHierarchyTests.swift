import Testing
@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// Hierarchy roll-up, weights and negated counts, counted by hand on one sentence.
@Suite("Lexicon hierarchy and weights")
struct LexiconHierarchyTests {
  /// negative ← fear ← worry, negative ← sadness; `afraid` is in fear and sadness.
  static let categories = """
    <category id="negative" label="Negative"/>
    <category id="fear" label="Fear" parent="negative">
      <entry term="afraid"/><entry term="scared" weight="2"/><entry term="panic attack" weight="0.5"/>
    </category>
    <category id="worry" label="Worry" parent="fear"><entry term="worr*"/></category>
    <category id="sadness" label="Sadness" parent="negative">
      <entry term="sad"/><entry term="afraid" weight="3"/>
    </category>
    """

  // Words (13): I was afraid and sad. Not scared, just worried about a panic attack.
  // Hits: afraid (fear 1, sadness 3), sad (sadness 1), scared (fear 2, negated: "Not" is one
  // word before), worried (worry 1, negated: "Not" is three words before), panic attack
  // (fear 0.5). fear = its 3 + worry's 1; negative = 5 tokens, `afraid` once, with the weight
  // of the first category in lexicon order (fear, 1).
  static let expected: [(id: String, count: Int, negated: Int, weighted: Double, rate: Double)] = [
    ("worry", 1, 1, 1, 7.6923),
    ("fear", 4, 2, 4.5, 30.7692),
    ("sadness", 2, 0, 4, 15.3846),
    ("negative", 5, 2, 5.5, 38.4615),
  ]

  @Test(arguments: expected.indices)
  func rollsUpCountsWeightsAndNegation(_ row: Int) throws {
    let matcher = try Matcher(lexicons: [try LexiconTestKit.lexicon(Self.categories)])
    let transcript = try TranscriptReader.read(
      bytes: Array("C: I was afraid and sad. Not scared, just worried about a panic attack.\n".utf8),
      path: "h.txt")
    let summary = try Summarizer.summarize(
      try Tagger(matcher: matcher).tag(transcript), session: "h", matcher: matcher, options: [:])
    let speaker = try #require(summary.speakers.first)
    #expect(speaker.words == 13)
    let want = Self.expected[row]
    let got = try #require(speaker.categories[want.id])
    #expect(got == CategoryCount(count: want.count, negated: want.negated, weighted: want.weighted, rate: want.rate))
  }

  @Test func matcherKnowsEachCategorysAncestors() throws {
    let matcher = try Matcher(lexicons: [try LexiconTestKit.lexicon(Self.categories)], builtInModifiers: false)
    let worry = try #require(matcher.categoryIndex("worry"))
    #expect(matcher.selfAndAncestors(worry).map { matcher.categories[$0].id } == ["worry", "fear", "negative"])
  }

  @Test func unknownParentsAndCyclesStopLoading() throws {
    #expect(throws: RapportError(
      .configuration, file: "test.xml", line: 3,
      problem: "category 'a' names parent 'missing', which the lexicon does not define",
      remedy: "Define a category with id 'missing' or correct the parent attribute")) {
      try LexiconTestKit.lexicon(LexiconTestKit.category("a", ["x"], attributes: "parent=\"missing\""))
    }
    #expect(throws: RapportError(
      .configuration, file: "test.xml", line: 3,
      problem: "category 'a' is its own ancestor (its parents lead back to it)",
      remedy: "Remove one parent attribute so the hierarchy is a tree")) {
      try LexiconTestKit.lexicon(
        LexiconTestKit.category("a", ["x"], attributes: "parent=\"b\"") + "\n"
          + LexiconTestKit.category("b", ["y"], attributes: "parent=\"a\""))
    }
  }
}
