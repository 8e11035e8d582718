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

@Suite("Gold annotations: loading and checking")
struct GoldLoaderTests {
  @Test func allCorpusGoldFilesLoadWithoutProblems() throws {
    let corpus = TestSupport.root + "/Corpus"
    let inputs = try InputDiscovery.inputs([corpus])
    let matcher = try Matcher(lexicons: FileSystem.files(under: TestSupport.root + "/Lexicons")
      .filter { $0.hasSuffix(".xml") }.map { try LexiconLoader.load(path: $0) })
    let gold = try GoldLoader.load(
      directory: corpus + "/gold", inputs: inputs, knownCategories: Set(matcher.categories.map(\.id)))
    #expect(gold.errors.map(\.description) == [])
    #expect(gold.warnings.map(\.description) == [])
    let goldFiles = FileSystem.files(under: corpus + "/gold").filter { $0.hasSuffix(".gold") }
    #expect(gold.sessions.count == goldFiles.count)
    #expect(Set(gold.sessions.keys).isSuperset(of: [
      "s01-panic-at-work", "s02-job-loss-shame", "s03-mother-boundaries", "s04-grief-father",
      "s12-social-anxiety-party", "s13-guilt-caregiver", "s14-couple-distance", "s15-anger-brother",
      "s23-eggshells-partner", "s24-divorce-children", "s25-adoptee-past", "s26-health-anxiety",
    ]))
    let s01 = try #require(gold.sessions["s01-panic-at-work"])
    // Line 4 of s01's gold file: `2 | fear | white-knuckling it`.
    #expect(s01.spans.first == GoldSpan(turn: 2, category: "fear", text: "white-knuckling it", range: s01.spans[0].range, line: 4))
    let turn2 = try TranscriptReader.read(path: corpus + "/s01-panic-at-work.txt").turns[1].text
    #expect(turn2.utf16Slice(s01.spans[0].range) == "white-knuckling it")
    #expect(s01.acts.first == GoldAct(turn: 1, label: .openQuestion, line: 3))
    for category in ["fear", "shame", "trust", "boundaries"] { #expect(gold.categories.contains(category)) }
  }

  @Test func fixtureGoldLoadsSpansWithTheirRanges() throws {
    let transcript = try ValidationFixtures.transcript("v1")
    let gold = try GoldLoader.load(path: ValidationFixtures.path("gold/v1.gold"), session: "v1", transcript: transcript)
    #expect(gold.spans.map(\.text) == ["scared on the bus", "not scared", "You sound calm today", "worried all week", "felt relaxed"])
    #expect(gold.spans.map(\.line) == [3, 4, 6, 7, 8])
    // "I was scared on the bus. I am not scared now.": "not scared" starts at UTF-16 offset 30.
    #expect(gold.spans[1].range == 30..<40)
    #expect(gold.acts == [GoldAct(turn: 1, label: .openQuestion, line: 2), GoldAct(turn: 3, label: .reflection, line: 5)])
  }

  @Test func badGoldLinesAreEachNamedWithWhatToDo() throws {
    let transcript = try ValidationFixtures.transcript("v1")
    let path = ValidationFixtures.path("badgold/v1.gold")
    let bytes = try FileSystem.read(path)
    let checked = GoldLoader.check(bytes: bytes, path: path, session: "v1", transcript: transcript)
    let source = transcript.source.path
    #expect(checked.errors.map(\.description) == [
      "\(path):2: the span \"scared on the train\" does not occur in turn 2 of \(source) (line 3). Copy the span character for character from that turn.",
      "\(path):3: turn 9 does not exist: \(source) has 4 turns. Correct the turn number (turns are numbered from 1 in the order Rapport reads them; header lines do not count).",
      "\(path):4: the span \"Scared On The Bus\" does not occur in turn 2 of \(source) (line 3). Copy the span character for character from that turn; it differs only in case or quote marks from \"scared on the bus\".",
      "\(path):5: the span \"My mother worried\" does not occur in turn 2 of \(source) (line 3). Copy the span character for character from that turn; it occurs in turn 4.",
      "\(path):6: 'two' is not a turn number. Write the 1-based number of the turn as Rapport reads it (header lines do not count).",
      "\(path):7: expected '<turn> | <category> | <span>' or '<turn> | act | <act>', found '2 | fear'. Separate the three fields with ' | ', or start the line with # to make it a comment.",
      "\(path):8: 'reflective' is not a therapist act. Write a MITI code or group, one of question, open-question, closed-question, reflection, simple-reflection, complex-reflection, input, giving-information, advice, advice-with-permission, affirm, seeking-collaboration, emphasizing-autonomy, confront, other.",
      "\(path):9: 'Fear Words' is not a category id. Write a category id of the lexicons (letters, digits, '_' or '-'), or 'act' for a therapist act.",
      "\(path):10: the span is empty. Quote the words of the turn that express 'fear' after the second ' | '.",
      "\(path):12: turn 1 already has an act on line 11. Keep one act row per turn (a turn that does several things is labelled by its last act).",
    ])
    #expect(checked.warnings.map(\.description) == [
      "\(path):13: turn 2 is spoken by 'C', who is not the therapist. Act rows are meant for therapist turns; check the turn number."
    ])
    #expect(checked.sessions["v1"]?.acts == [GoldAct(turn: 1, label: .openQuestion, line: 11), GoldAct(turn: 2, label: .reflection, line: 13)])
    #expect(checked.sessions["v1"]?.spans == [])
  }

  @Test func loadThrowsTheFirstProblem() throws {
    let transcript = try ValidationFixtures.transcript("v1")
    let path = ValidationFixtures.path("badgold/v1.gold")
    #expect(throws: RapportError(
      .configuration, file: path, line: 2,
      problem: "the span \"scared on the train\" does not occur in turn 2 of \(transcript.source.path) (line 3)",
      remedy: "Copy the span character for character from that turn")) {
      try GoldLoader.load(path: path, session: "v1", transcript: transcript)
    }
  }

  @Test func unknownCategoriesAndOrphanFilesAreWarnings() throws {
    let gold = try GoldLoader.load(
      directory: ValidationFixtures.path("gold"), inputs: ValidationFixtures.corpus(),
      knownCategories: ["fear", "calm"])
    #expect(gold.errors.isEmpty)
    #expect(gold.warnings.map(\.description) == [
      "\(ValidationFixtures.path("gold/v1.gold")):6: category 'empathy' is not defined by the loaded lexicons (1 span(s) in 1 file(s)); its spans are not scored. Load the lexicon that defines it with --lexicon, or correct the category id."
    ])
    let orphan = try GoldLoader.load(
      directory: ValidationFixtures.path("gold"), inputs: [ValidationFixtures.corpus()[1]])
    #expect(orphan.warnings.map(\.description) == [
      "\(ValidationFixtures.path("gold/v1.gold")): no transcript with session id 'v1' in the corpus; the file is not scored. Name the gold file after its transcript (<session-id>.gold), or add the transcript to the corpus."
    ])
    #expect(orphan.sessions.keys.sorted() == ["v2"])
  }

  @Test func spansMayCrossLineBreaksButNotCase() {
    #expect(GoldLoader.find("scared of  the dark", in: "so scared of\nthe dark") == 3..<21)
    #expect(GoldLoader.find("Scared", in: "so scared") == nil)
    #expect(GoldLoader.find("Scared", in: "so scared", looseCaseAndQuotes: true) == 3..<9)
    #expect(GoldLoader.find("don't", in: "I don’t know", looseCaseAndQuotes: true) == 2..<7)
  }

  @Test func missingGoldFolderIsAConfigurationError() {
    #expect(throws: RapportError(
      .configuration, file: "no/such/gold", problem: "no such folder of gold annotations",
      remedy: "Name the folder that holds the .gold files with --gold")) {
      try GoldLoader.load(directory: "no/such/gold", inputs: [])
    }
  }
}
