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
@testable import RapportText
@testable import RapportValidation

@Suite("Keyword in context: windows, redaction, search, printing")
struct KwicTests {
  /// Index of the `n`-th (0-based) token whose text is `word`.
  func token(_ word: String, in text: String, tokens: [Token], occurrence: Int = 0) -> Int {
    tokens.indices.filter { text.utf16Slice(tokens[$0].range) == word }[occurrence]
  }

  static let text = "Scared. I was really scared of the dark, honestly."

  @Test(arguments: [
    // The first word: nothing to the left; three words to the right, punctuation riding along.
    ("Scared", 0, 3, "", "Scared", ". I was really"),
    // The last word: fewer than three words remain, so the context runs to the turn's end.
    ("honestly", 0, 3, "of the dark,", "honestly", "."),
    // In the middle, two words each side.
    ("scared", 0, 2, "was really", "scared", "of the"),
    // A window wider than the turn takes the whole turn.
    ("scared", 0, 20, "Scared. I was really", "scared", "of the dark, honestly."),
    ("scared", 0, 0, "", "scared", ""),
  ])
  func windowsStopAtTurnEdges(word: String, occurrence: Int, window: Int, left: String, match: String, right: String) throws {
    let tokenizer = try Tokenizer()
    let tokens = try tokenizer.tokenize(Self.text)
    let index = token(word, in: Self.text, tokens: tokens, occurrence: occurrence)
    let parts = Concordance.window(text: Self.text, tokens: tokens, first: index, last: index, window: window)
    #expect(parts.left == left)
    #expect(parts.match == match)
    #expect(parts.right == right)
  }

  @Test func marksAndLineBreaksStayInTheContextWithoutCounting() throws {
    let text = "[laughs] I was\nscared, sort of."
    let tokenizer = try Tokenizer()
    let tokens = try tokenizer.tokenize(text, excluding: [0..<8])
    let index = token("scared", in: text, tokens: tokens)
    let parts = Concordance.window(text: text, tokens: tokens, first: index, last: index, window: 2)
    #expect(parts.left == "I was")
    let wide = Concordance.window(text: text, tokens: tokens, first: index, last: index, window: 5)
    #expect(wide.left == "[laughs] I was")
    #expect(wide.right == ", sort of.")
  }

  @Test func redactionMasksNamesContactsAndDates() throws {
    let text = "Then Maria said to call 555-123-4567 or mail maria.lopez@example.com before March 3rd, 2024."
    let tokenizer = try Tokenizer()
    let tokens = try tokenizer.tokenize(text)
    let redactor = try Redactor(matcher: nil, tokenizer: tokenizer)
    let masks = redactor.masks(text: text, tokens: tokens, vocabulary: tokenizer.vocabulary)
    #expect(masks.map(\.marker) == ["[NAME]", "[PHONE]", "[EMAIL]", "[DATE]"])
    #expect(Concordance.render(Array(text.utf16), 0..<text.utf16.count, masks: masks)
      == "Then [NAME] said to call [PHONE] or mail [EMAIL] before [DATE].")
  }

  @Test func namesOpeningQuotesAndSpeakerLabelsAreMasked() throws {
    let text = "Honestly, he said, \"Carol, come home.\" Okafor agreed on 2024-03-14."
    let tokenizer = try Tokenizer()
    let tokens = try tokenizer.tokenize(text)
    let redactor = try Redactor(matcher: nil, speakerLabels: ["Dr. Okafor", "C"], tokenizer: tokenizer)
    let masks = redactor.masks(text: text, tokens: tokens, vocabulary: tokenizer.vocabulary)
    // "Honestly" opens the sentence and stays; "Carol" opens a quotation and is masked;
    // "Okafor" is a speaker's name; the ISO date is a date, not a phone number.
    #expect(Concordance.render(Array(text.utf16), 0..<text.utf16.count, masks: masks)
      == "Honestly, he said, \"[NAME], come home.\" [NAME] agreed on [DATE].")
  }

  @Test func possessivesOpeningASentenceAreNames() throws {
    let text = "Kayla’s a junior. It's fine, and Linda's desk is next to Linda."
    let tokenizer = try Tokenizer()
    let redactor = try Redactor(matcher: nil, tokenizer: tokenizer)
    let masks = redactor.masks(text: text, tokens: try tokenizer.tokenize(text), vocabulary: tokenizer.vocabulary)
    #expect(Concordance.render(Array(text.utf16), 0..<text.utf16.count, masks: masks)
      == "[NAME] a junior. It's fine, and [NAME] desk is next to [NAME].")
  }

  @Test func lexiconWordsAreNotTakenForNames() throws {
    let text = "I told my Mother and Sam."
    let tokenizer = try Tokenizer()
    let redactor = try Redactor(matcher: try ValidationFixtures.matcher(), tokenizer: tokenizer)
    let masks = redactor.masks(text: text, tokens: try tokenizer.tokenize(text), vocabulary: tokenizer.vocabulary)
    #expect(Concordance.render(Array(text.utf16), 0..<text.utf16.count, masks: masks) == "I told my Mother and [NAME].")
  }

  @Test func patternSearchMarksNegationFromTheLexiconsModifiers() throws {
    let result = try ConcordanceSearch.search(
      .pattern("scared"), lexicons: [ValidationFixtures.lexicon()], inputs: ValidationFixtures.corpus(),
      options: ConcordanceOptions(window: 3))
    #expect(result.matches == 2)
    #expect(result.lines == [
      KwicLine(session: "v1", turn: 2, role: .client, speaker: "C", left: "I was", match: "scared", right: "on the bus"),
      KwicLine(session: "v1", turn: 2, role: .client, speaker: "C", left: "I am not", match: "scared", right: "now.", negated: true),
    ])
  }

  @Test func categorySearchFiltersBySpeakerAndLimits() throws {
    let result = try ConcordanceSearch.search(
      .category("calm"), lexicons: [ValidationFixtures.lexicon()], inputs: ValidationFixtures.corpus(),
      options: ConcordanceOptions(window: 2, speaker: .therapist, limit: 1))
    #expect(result.matches == 2)
    #expect(result.lines == [
      KwicLine(session: "v1", turn: 3, role: .therapist, speaker: "T", left: "You sound", match: "calm", right: "today. Your")
    ])
  }

  @Test func phrasePatternsUseEntrySyntax() throws {
    let result = try ConcordanceSearch.search(
      .pattern("my sist*"), lexicons: [], inputs: ValidationFixtures.corpus(), options: ConcordanceOptions(window: 1))
    #expect(result.lines.map { "\($0.session):\($0.turn) \($0.match)" } == ["v2:2 My sister", "v3:2 my sister"])
  }

  @Test func badTargetsAreConfigurationErrors() throws {
    #expect(throws: RapportError(
      .configuration, problem: "the pattern '...' has no words to match",
      remedy: "Give a word, a prefix ending in * (worr*), or a phrase (walk* on eggshells)")) {
      try ConcordanceSearch.search(.pattern("..."), lexicons: [], inputs: [], options: ConcordanceOptions())
    }
    #expect(throws: RapportError(
      .configuration, problem: "no content category 'negator' in the loaded lexicons",
      remedy: "Use one of: fear, calm, family, tension, work, or name another lexicon with --lexicon")) {
      try ConcordanceSearch.search(
        .category("negator"), lexicons: [ValidationFixtures.lexicon()], inputs: [], options: ConcordanceOptions())
    }
    #expect(ConcordanceTarget("category:fear") == .category("fear"))
    #expect(ConcordanceTarget("fear*") == .pattern("fear*"))
  }

  static let lines = [
    KwicLine(session: "v1", turn: 2, role: .client, speaker: "C", left: "I am not", match: "scared", right: "now.", negated: true),
    KwicLine(session: "v12", turn: 14, role: .therapist, speaker: "Dr. Lee", left: "so", match: "scared", right: "of\tit"),
  ]

  @Test func alignedOutputLinesUpTheMatches() {
    #expect(KwicTable.aligned(Self.lines) == """
      C        v1    2  I am not | scared | now.  (negated)
      Dr. Lee  v12  14        so | scared | of\tit

      """)
  }

  @Test func tsvOutputHasAHeaderAndNoStrayTabs() {
    #expect(KwicTable.tsv(Self.lines) == """
      speaker\trole\tsession\tturn\tleft\tmatch\tright\tnegated
      C\tclient\tv1\t2\tI am not\tscared\tnow.\ttrue
      Dr. Lee\ttherapist\tv12\t14\tso\tscared\tof it\tfalse

      """)
  }

  @Test func sentenceJoinsWithoutSpaceBeforePunctuation() {
    let line = KwicLine(session: "s", turn: 1, role: .client, speaker: "C", left: "I'm", match: "scared", right: ", but I can try.")
    #expect(line.sentence { "**\($0)**" } == "I'm **scared**, but I can try.")
  }
}
