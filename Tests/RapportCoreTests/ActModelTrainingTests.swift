import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportResources
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// Training, cross-validation and the model file, on sessions built here in memory and on
/// the fixture sessions under Fixtures/acts-model (written for these tests).
@Suite struct ActModelTrainingTests {
  static let fixtures = "Tests/RapportCoreTests/Fixtures/acts-model"

  /// Sessions of therapist turns of filler words; a turn is `input` exactly when it holds the
  /// made-up cue word `zephyrine`, else `other`.
  static func plantedCue(sessions: Int = 6, turns: Int = 12) throws -> ActTrainingData {
    let filler = ["the", "week", "garden", "bus", "morning", "later", "kitchen", "phone", "walk", "paper", "table", "window"]
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(bound))
    }
    var data = ActTrainingData(sessions: [], examples: [], labels: ["input", "other"])
    let tokenizer = try Tokenizer()
    for s in 0..<sessions {
      var featureTurns: [ActFeatures.Turn] = []
      var labels: [String] = []
      for _ in 0..<turns {
        var words = (0..<(3 + next(5))).map { _ in filler[next(filler.count)] }
        let cued = next(2) == 0
        if cued { words.insert("zephyrine", at: next(words.count)) }
        featureTurns.append(ActFeatures.Turn(role: .therapist, utterance: try ActUtterance(text: words.joined(separator: " ") + ".", tokenizer: tokenizer)))
        labels.append(cued ? "input" : "other")
      }
      let coded = ActFeatures.session(featureTurns)
      data.sessions.append(ActTrainingData.Session(
        session: "s\(s)", sha256: String(repeating: "0", count: 64),
        turns: coded.indices.map { (number: $0 + 1, role: Role.therapist, coded: coded[$0]) }))
      for (index, label) in labels.enumerated() {
        data.examples.append(ActTrainingData.Example(session: s, turn: index, label: label, line: index + 2))
      }
    }
    return data
  }

  static let sources = ActModelTrainer.Sources(
    codes: ActModel.FileHash(path: "codes.csv", sha256: String(repeating: "a", count: 64)), labelColumn: "code",
    labelMap: nil)

  @Test func aPlantedCueIsLearnedAndIsTheHeaviestFeature() throws {
    let model = try ActModelTrainer.train(Self.plantedCue(), options: ActTrainingOptions(folds: 3), sources: Self.sources)
    #expect(model.heaviest(1, label: "input").first?.feature == "w=zephyrine")
    let input = try #require(model.crossValidation?.labels.first { $0.label == "input" })
    #expect((input.f1 ?? 0) > 0.95)
    #expect(model.label(["bias", "w=zephyrine", "w=garden"]) == "input")
    #expect(model.label(["bias", "w=garden"]) == "other")
  }

  @Test func theModelFileIsByteIdenticalAcrossRuns() throws {
    let first = try ActModelTrainer.train(Self.plantedCue(), options: ActTrainingOptions(folds: 3), sources: Self.sources).encoded()
    let second = try ActModelTrainer.train(Self.plantedCue(), options: ActTrainingOptions(folds: 3), sources: Self.sources).encoded()
    #expect(first == second)
    // Weights are written with at most six decimals.
    let text = String(decoding: first, as: UTF8.self)
    #expect(text.range(of: #"\.\d{7,}"#, options: .regularExpression) == nil)
  }

  @Test(arguments: [2, 3, 4, 5, 6])
  func foldsNeverSplitASession(folds: Int) throws {
    let data = try Self.plantedCue(sessions: 7)
    let assignment = data.folds(folds)
    #expect(assignment.count == folds)
    #expect(assignment.allSatisfy { !$0.isEmpty })
    // Every session with examples is in exactly one fold.
    #expect(assignment.flatMap { $0 }.sorted() == Array(0..<7))
    #expect(Set(assignment.flatMap { $0 }).count == 7)
  }

  @Test func crossValidationScoresEachTurnOnceWithAModelThatNeverSawItsSession() throws {
    let data = try Self.plantedCue(sessions: 5)
    let result = try ActModelTrainer.crossValidate(data, options: ActTrainingOptions(folds: 5))
    #expect(result.turns == data.examples.count)
    #expect(result.foldSessions.map(\.count) == [1, 1, 1, 1, 1])
    #expect(result.confusion.flatMap { $0 }.reduce(0, +) == data.examples.count)
  }

  @Test func moreFoldsThanSessionsIsAClearError() throws {
    let data = try Self.plantedCue(sessions: 3)
    #expect(throws: RapportError.self) {
      try ActModelTrainer.crossValidate(data, options: ActTrainingOptions(folds: 4))
    }
  }

  @Test func theModelFileIsValidAgainstItsSchema() throws {
    let bytes = try ActModelTrainer.train(Self.plantedCue(), options: ActTrainingOptions(folds: 3), sources: Self.sources).encoded()
    let validator = try JSONSchemaValidator.load(ActModel.schemaFile)
    #expect(validator.problems(try JSONValue.parse(bytes)) == [])
    #expect(EmbeddedSchemas.all[ActModel.schemaFile] != nil)
    // The schema rejects what it should: a model of one label, an unknown key.
    let broken = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"role\" : \"therapist\"", with: "\"role\" : \"coder\"")
    #expect(!validator.problems(try JSONValue.parse(Array(broken.utf8))).isEmpty)
  }

  @Test func aModelReadsBackAsWritten() throws {
    let model = try ActModelTrainer.train(Self.plantedCue(), options: ActTrainingOptions(folds: 0), sources: Self.sources)
    let file = try ActModelFile.parse(try model.encoded(), path: "m.json")
    #expect(file.model.labels == model.labels)
    #expect(file.model.weights == model.weights)
    #expect(try file.model.encoded() == model.encoded())
    #expect(file.sha256.count == 64)
  }

  @Test(arguments: [
    (#"{"schema": "rapport-acts-model/0", "role": "therapist"}"#,
     "error: old.json: the model was written for schema 'rapport-acts-model/0'; this Rapport reads 'rapport-acts-model/1'. Train the model again with this version's 'rapport acts train'."),
    (#"{"schema": "rapport-session/2"}"#,
     "error: old.json: not a Rapport model file (no \"schema\": \"rapport-acts-model/1\"). Give a file written by 'rapport acts train'."),
    ("[1, 2]", "error: old.json: not a Rapport model file (not a JSON object). Give a file written by 'rapport acts train'."),
  ])
  func aModelOfAnotherSchemaIsRefusedWithWhatToDo(text: String, message: String) {
    #expect {
      try ActModelFile.parse(Array(text.utf8), path: "old.json")
    } throws: { error in
      "\(error)" == message.replacingOccurrences(of: "error: ", with: "")
    }
  }

  @Test func aGroupLabelTakesItsCodeFromTheRulesOrTheGroupDefault() {
    let rule = TurnActs(primary: .closedQuestion, all: [.simpleReflection, .affirm, .closedQuestion])
    #expect(ActModel.acts(label: "question", rule: rule) == TurnActs(primary: .closedQuestion, all: [.closedQuestion, .affirm]))
    #expect(ActModel.acts(label: "reflection", rule: rule).primary == .simpleReflection)
    #expect(ActModel.acts(label: "input", rule: rule) == TurnActs(primary: .givingInformation, all: [.givingInformation, .affirm]))
    #expect(ActModel.acts(label: "advice", rule: rule).primary == .advice)
  }

  // MARK: bad codes

  static func fixtureSessions() throws -> [ActTrainingData.Session] {
    let inputs = try InputDiscovery.inputs([TestSupport.root + "/" + fixtures + "/transcripts"])
    return try ActTrainingData.read(inputs, ingest: IngestOptions())
  }

  static func align(_ csv: String, role: Role = .therapist) throws -> ActTrainingData {
    let codes = try ActCodes.parse(csv, path: "c.csv", labelColumn: "code", map: role == .therapist ? ActLabelMap() : nil)
    return try ActTrainingData.align(codes: codes, sessions: try fixtureSessions(), role: role)
  }

  @Test(arguments: [
    ("session,utterance,role,code\nm1,1,therapist,question\nz9,1,therapist,question\n",
     "c.csv:3: the codes name session 'z9', but no transcript of that name was given (8 transcript(s) read). Give its transcript with --transcripts (the session id is the file name without extension), or remove its rows."),
    ("session,utterance,role,code\nm1,99,therapist,question\n",
     "c.csv:2: utterance 99 of session 'm1' is not a turn of its transcript, which has 24 turn(s). Number utterances by the 1-based turn as Rapport reads the transcript."),
    ("session,utterance,role,code\nm1,2,therapist,question\n",
     "c.csv:2: utterance 2 of session 'm1' is a client turn in the transcript, not a therapist turn. Check the utterance number, or the speaker labels with --speaker-map."),
    ("session,utterance,role,code\nm1,1,therapist,question\nm1,1,therapist,other\n",
     "c.csv:3: utterance 1 of session 'm1' is already coded on line 2. Keep one code row per utterance."),
    ("session,utterance,role,code\nm1,1,therapist,question\nm1,3,therapist,question\nm1,5,therapist,question\nm1,7,therapist,question\nm1,9,therapist,question\nm1,11,therapist,affirm\n",
     "c.csv:7: the label 'affirm' codes only 1 therapist turn(s) (first on this line); a label needs at least 5 to be learned. Code more turns with it, or map it onto a broader label with --label-map."),
  ])
  func badCodesAreClearErrorsNamingTheLine(csv: String, message: String) {
    #expect {
      try Self.align(csv)
    } throws: { error in
      "\(error)" == message
    }
  }

  @Test func aMissingLabelColumnNamesTheColumnsThereAre() {
    #expect {
      try ActCodes.parse("session,utterance,role,talk\nm1,2,client,change\n", path: "c.csv", labelColumn: "code", map: nil)
    } throws: { error in
      "\(error)".hasPrefix("c.csv:1: the header has no 'code' column (it has 'session', 'utterance', 'role', 'talk'). Name the column holding the codes with --label-column")
    }
  }

  @Test func clientLabelsAreLearnedAsWritten() throws {
    let text = try String(contentsOfFile: TestSupport.root + "/" + Self.fixtures + "/codes.csv", encoding: .utf8)
    let codes = try ActCodes.parse(text, path: "codes.csv", labelColumn: "talk", map: nil)
    let data = try ActTrainingData.align(codes: codes, sessions: try Self.fixtureSessions(), role: .client)
    #expect(data.labels == ["change", "neutral", "sustain"])
    #expect(data.examples.count == 96)
  }
}
