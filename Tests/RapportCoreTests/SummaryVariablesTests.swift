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
@testable import RapportText
@testable import RapportValidation

/// LIWC's summary variables (WC, WPS, dic, bigwords, function) per speaker and session, and
/// the warning for a session whose function words say the lexicons do not fit its language.
@Suite struct SummaryVariablesTests {
  static func summary(_ text: String, categories: [LexiconCategory]) throws -> SessionSummary {
    try summary(text, lexicons: [Lexicon(name: "variables", version: "1", categories: categories)])
  }

  static func summary(_ text: String, lexicons: [Lexicon]) throws -> SessionSummary {
    let matcher = try Matcher(lexicons: lexicons)
    let tagger = try Tagger(matcher: matcher)
    let transcript = try TranscriptReader.read(bytes: Array(text.utf8), path: "variables.txt")
    return try Summarizer.analyze(
      try tagger.tag(transcript), session: "variables", matcher: matcher, vocabulary: tagger.tokenizer.vocabulary
    ).summary
  }

  static let small = [
    LexiconCategory(id: "pronoun", label: "Pronouns", entries: [LexiconEntry(term: "i"), LexiconEntry(term: "you")]),
    LexiconCategory(id: "joy", label: "Joy", entries: [LexiconEntry(term: "wonderful"), LexiconEntry(term: "feel good")]),
  ]

  /// Therapist: hello there how are you — 5 words, 2 sentences, `you` a function word.
  /// Client: i feel wonderful today absolutely — 5 words, 2 sentences; `i` and `wonderful` in
  /// the lexicon; wonderful (9 letters) and absolutely (10) are big words.
  @Test func perSpeakerAndSession() throws {
    let summary = try Self.summary("T: Hello there. How are you?\nC: I feel wonderful today! Absolutely.\n", categories: Self.small)
    let therapist = summary.speakers[0].summaryVariables
    let client = summary.speakers[1].summaryVariables
    #expect(therapist == SummaryVariables(wc: 5, sentences: 2, dictionaryWords: 1, bigWordCount: 0, functionWordCount: 1))
    #expect(client == SummaryVariables(wc: 5, sentences: 2, dictionaryWords: 2, bigWordCount: 2, functionWordCount: 1))
    #expect(client.wps == 2.5)
    #expect(client.dic == 40)
    #expect(client.bigwords == 40)
    #expect(client.function == 20)
    let session = summary.summaryVariables
    #expect(session == SummaryVariables(wc: 10, sentences: 4, dictionaryWords: 3, bigWordCount: 2, functionWordCount: 2))
    #expect(session.dic == 30)
  }

  @Test func aPhraseHitCoversEachOfItsWords() throws {
    let summary = try Self.summary("C: I feel good, and you?\n", categories: Self.small)
    // i (pronoun), feel good (joy phrase), you (pronoun): 4 of 5 words.
    #expect(summary.summaryVariables.dictionaryWords == 4)
    #expect(summary.summaryVariables.functionWordCount == 2)
  }

  @Test func precisionIsKeptUntilWritten() throws {
    let variables = SummaryVariables(wc: 10, sentences: 3, dictionaryWords: 1, bigWordCount: 2, functionWordCount: nil)
    #expect(variables.wps == 10.0 / 3.0)
    let json = String(decoding: try JSONOutput.encode(variables), as: UTF8.self)
    #expect(json.contains("\"wps\" : 3.3333"))
    #expect(json.contains("\"function\" : null"))
    #expect(try JSONDecoder().decode(SummaryVariables.self, from: Data(json.utf8)) == variables)
  }

  @Test(arguments: [
    ("understanding", 1), ("shouldn't", 1), ("don't", 0), ("1234567", 0), ("naïveté", 1), ("abcdef", 0),
    ("self-conscious", 1),
  ])
  func bigWordsCountLetters(_ word: String, _ expected: Int) throws {
    // self-conscious is two words (self, conscious): only conscious has seven letters.
    let summary = try Self.summary("C: \(word)\n", categories: Self.small)
    #expect(summary.summaryVariables.bigWordCount == expected)
  }

  @Test func noFunctionWordCategoryGivesNull() throws {
    let summary = try Self.summary("C: I feel wonderful.\n", categories: [Self.small[1]])
    #expect(summary.summaryVariables.functionWordCount == nil)
    #expect(summary.summaryVariables.function == nil)
  }

  static func shippedFunctionWords() throws -> Lexicon {
    try LexiconLoader.load(path: TestSupport.root + "/Lexicons/function-words.xml")
  }

  /// German small talk of 13 words, written for this test.
  static let german = "Ich habe heute mit meiner Schwester gesprochen und wir waren beide sehr müde. "
  /// English of 18 words, written for this test.
  static let english = "I think that we should talk about it and then we can see how it goes for you. "

  @Test(arguments: [
    (german, 9, true),  // 117 words, hardly any English function word
    (german, 7, false),  // 91 words: too short to judge
    (english, 6, false),  // 108 words, most of them function words
  ])
  func languageWarning(_ sentence: String, _ repeats: Int, _ warned: Bool) throws {
    let text = "C: " + String(repeating: sentence, count: repeats) + "\n"
    let summary = try Self.summary(text, lexicons: [try Self.shippedFunctionWords()])
    let warnings = summary.warnings.filter { $0.code == "lexicon-language" }
    #expect(warnings.count == (warned ? 1 : 0))
    if warned {
      #expect(warnings[0].message.hasPrefix("only 0% of the session's 117 words are function words"))
      #expect(warnings[0].message.hasSuffix("load lexicons written for it with --lexicon"))
    }
  }

  @Test func analyzePrintsTheLanguageWarning() throws {
    let input = try CLI.temporaryFolder()
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    let text = "C: " + String(repeating: Self.german, count: 9) + "\n"
    try Data(text.utf8).write(to: input.appendingPathComponent("deutsch.txt"))
    let run = try TestSupport.rapport([
      "analyze", input.path, "--lexicon", TestSupport.root + "/Lexicons/function-words.xml", "--out", out.path,
    ])
    #expect(run.status == 0)
    #expect(run.stderr.contains("deutsch.txt: warning: only 0% of the session's 117 words are function words"))
  }
}
