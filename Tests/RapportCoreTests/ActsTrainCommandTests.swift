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

/// `rapport acts train`, `acts explain`, `acts evaluate --folds/--model` and `analyze
/// --acts-model`, run from the package root on the fixture sessions under Fixtures/acts-model
/// (written for these tests, in our own words).
@Suite("rapport acts train end to end")
struct ActsTrainCommandTests {
  static let fixtures = "Tests/RapportCoreTests/Fixtures/acts-model"
  static let therapist = [
    "--transcripts", "\(fixtures)/transcripts", "--codes", "\(fixtures)/codes.csv", "--label-map", "\(fixtures)/labels.map",
    "--label-column", "code",
  ]
  static let client = [
    "--transcripts", "\(fixtures)/transcripts", "--codes", "\(fixtures)/codes.csv", "--role", "client", "--label-column", "talk",
  ]

  /// Trains a model with `arguments` into `folder`, returning its path.
  static func train(_ arguments: [String], into folder: String, name: String) throws -> String {
    let path = folder + "/" + name
    let run = try TestSupport.rapport(["acts", "train"] + arguments + ["--out", path])
    #expect(run.status == 0, "\(run.stderr)")
    return path
  }

  @Test func trainingBeatsChanceAndWritesAValidModel() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try Self.train(Self.therapist + ["--folds", "4"], into: folder, name: "t.json")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(try JSONSchemaValidator.load(ActModel.schemaFile).problems(try JSONValue.parse(bytes)) == [])
    let model = try ActModelFile.parse(bytes, path: path).model
    #expect(model.labels == ["question", "reflection", "input", "other"])
    #expect(model.training.sessions == 8)
    #expect(model.training.turnsPerLabel.values.reduce(0, +) == 96)
    #expect(model.training.labelMap?.path == "\(Self.fixtures)/labels.map")
    // Held-out accuracy well above always answering the commonest label.
    let cv = try #require(model.crossValidation)
    let majority = Double(model.training.turnsPerLabel.values.max()!) / 96
    #expect((cv.accuracy ?? 0) > majority + 0.3)
    #expect(cv.foldSessions.flatMap { $0 }.sorted() == (1...8).map { "m\($0)" })
  }

  @Test func trainingTwiceGivesTheSameBytes() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let a = try Self.train(Self.client + ["--folds", "2"], into: folder, name: "a.json")
    let b = try Self.train(Self.client + ["--folds", "2"], into: folder, name: "b.json")
    #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
  }

  @Test func explainAndEvaluateReadTheModel() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try Self.train(Self.therapist + ["--folds", "0"], into: folder, name: "t.json")
    let explain = try TestSupport.rapport(["acts", "explain", path, "--label", "question", "--top", "3"])
    #expect(explain.status == 0, "\(explain.stderr)")
    let lines = explain.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[1] == "question:")
    let unknown = try TestSupport.rapport(["acts", "explain", path, "--label", "advice"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr == "error: \(path): the model has no label 'advice'. Give one of its labels: question, reflection, input, other.\n")

    let scored = try TestSupport.rapport(["acts", "evaluate"] + Self.therapist + ["--model", path, "--out", folder + "/s.json"])
    #expect(scored.status == 0, "\(scored.stderr)")
    #expect(scored.stdout.hasPrefix("acts evaluate --model \(path): 8 coded session(s), 96 therapist turn(s) compared\n"))
    #expect(scored.stdout.contains("  macro F1 "))
  }

  @Test func evaluateFoldsPrintsEachLabelWithItsSpread() throws {
    let run = try TestSupport.rapport(["acts", "evaluate"] + Self.client + ["--folds", "4"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "cross-validation: 4 folds by session over 8 session(s), 96 client turn(s) held out")
    for label in ["change", "neutral", "sustain"] {
      #expect(lines.contains { $0.hasPrefix("  \(label) ") && $0.contains(" ± ") })
    }
  }

  @Test(arguments: [
    (["--role", "client", "--label-map", "x.map"], "--label-map maps labels to therapist acts"),
    (["--folds", "1"], "--folds must be 0 (no cross-validation) or at least 2."),
    (["--l2", "0"], "--l2 must be a positive number"),
  ])
  func badOptionsAreUsageErrors(extra: [String], message: String) throws {
    let run = try TestSupport.rapport(
      ["acts", "train", "--transcripts", "\(Self.fixtures)/transcripts", "--codes", "\(Self.fixtures)/codes.csv", "--out", "/tmp/never.json"] + extra)
    #expect(run.status == 2)
    #expect(run.stderr.contains(message), "\(run.stderr)")
  }

  @Test func aModelOfAnotherSchemaStopsAnalyze() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let old = folder + "/old.json"
    try #"{"schema": "rapport-acts-model/0"}"#.write(toFile: old, atomically: true, encoding: .utf8)
    let run = try TestSupport.rapport(["analyze", "--out", folder + "/out", "--acts-model", old, "\(Self.fixtures)/transcripts"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("error: \(old): the model was written for schema 'rapport-acts-model/0'"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/out/corpus.json"))
  }

  @Test func analyzeWithModelsCodesTurnsAndCountsClientTalk() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A therapist model trained to call every turn `input` differs from the rules everywhere.
    let codes = folder + "/all-input.csv"
    var csv = "session,utterance,role,code\n"
    for session in 1...8 {
      for turn in stride(from: 1, through: 23, by: 2) { csv += "m\(session),\(turn),therapist,\(turn % 4 == 1 ? "input" : "advice")\n" }
    }
    try csv.write(toFile: codes, atomically: true, encoding: .utf8)
    let input = try Self.train(
      ["--transcripts", "\(Self.fixtures)/transcripts", "--codes", codes, "--label-column", "code", "--folds", "0"],
      into: folder, name: "input.json")
    let talk = try Self.train(Self.client + ["--folds", "0"], into: folder, name: "talk.json")

    let rules = try TestSupport.rapport(["analyze", "--turns", "--out", folder + "/rules", "\(Self.fixtures)/transcripts"])
    #expect(rules.status == 0, "\(rules.stderr)")
    let coded = try TestSupport.rapport([
      "analyze", "--turns", "--out", folder + "/model", "--acts-model", input, "--acts-model", talk, "\(Self.fixtures)/transcripts",
    ])
    #expect(coded.status == 0, "\(coded.stderr)")

    func table(_ path: String) throws -> [[String]] {
      try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
    let ruleTurns = try table(folder + "/rules/turns.csv")
    let modelTurns = try table(folder + "/model/turns.csv")
    #expect(!ruleTurns[0].contains("client_talk"))
    let talkColumn = try #require(modelTurns[0].firstIndex(of: "client_talk"))
    #expect(modelTurns[0].firstIndex(of: "acts")! + 1 == talkColumn)
    let act = ruleTurns[0].firstIndex(of: "act")!
    let therapistRows = modelTurns.dropFirst().filter { $0[3] == "therapist" }
    #expect(therapistRows.count == 96)
    #expect(therapistRows.allSatisfy { TherapistAct(rawValue: $0[act])?.group == .input })
    #expect(ruleTurns.dropFirst().filter { $0[3] == "therapist" }.contains { $0[act] == "open-question" })
    let clientRows = modelTurns.dropFirst().filter { $0[3] == "client" }
    #expect(clientRows.allSatisfy { ["change", "neutral", "sustain"].contains($0[talkColumn]) })

    // The MITI summary follows the model: no questions or reflections are left.
    let sessions = try table(folder + "/model/sessions.csv")
    let header = sessions[0]
    let talkTotal = ["change", "neutral", "sustain"].map { header.firstIndex(of: "client_talk_\($0)")! }
    #expect(sessions.dropFirst().allSatisfy { row in talkTotal.map { Int(row[$0])! }.reduce(0, +) == 12 })
    #expect(!(try table(folder + "/rules/sessions.csv"))[0].contains { $0.hasPrefix("client_talk_") })
    let summary = try JSONDecoder().decode(SessionSummary.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/model/m1.json")))
    #expect(summary.indicators.miti.reflectionToQuestionRatio == nil)
    #expect(summary.clientTalk?.values.reduce(0, +) == 12)
    #expect(summary.provenance.options["acts-model-therapist"]?.hasSuffix(" sha256:" + (try ActModelFile.load(path: input).sha256)) == true)
    let json = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/model/m1.json")))
    #expect(try JSONSchemaValidator.load("session-2.schema.json").problems(try JSONValue.parse(json)) == [])
    let plain = try JSONDecoder().decode(SessionSummary.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/rules/m1.json")))
    #expect(plain.clientTalk == nil)
  }
}
