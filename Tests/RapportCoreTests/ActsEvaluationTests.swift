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

/// The acts evaluation from hand-made codes and hand-made Rapport acts, so the figures do not
/// depend on the classifier's rules: label maps, codes files, alignment, the comparison at each
/// label's level, kappa and Spearman.
@Suite struct ActsEvaluationTests {
  // MARK: label maps

  @Test(arguments: [
    ("SR = simple-reflection", "sr", ActLabel.code(.simpleReflection)),
    ("  therapist_input   =  input  # a group", "THERAPIST_INPUT", .group(.input)),
    ("Reflection = reflection", "reflection", .group(.reflection)),
    ("GI=giving-information", "gi", .code(.givingInformation)),
  ])
  func labelMapLinesMapLabelsToCodesOrGroups(line: String, label: String, act: ActLabel) throws {
    let map = try ActLabelMap.parse("# comment\n\n" + line + "\n", path: "m.map")
    #expect(map.act(for: label) == act)
  }

  @Test func labelsThatNameARapportActNeedNoMap() {
    let map = ActLabelMap()
    #expect(map.act(for: "simple-reflection") == .code(.simpleReflection))
    #expect(map.act(for: " Question ") == .group(.question))
    #expect(map.act(for: "SR") == nil)
  }

  @Test(arguments: [
    ("SR simple-reflection", "m.map:2: expected 'label = act', found 'SR simple-reflection'. Write one coder label and the Rapport act it means per line, for example 'SR = simple-reflection'."),
    ("SR = simple", "m.map:2: 'simple' is not a Rapport act. Write a MITI code or group after '=', one of \(ActLabel.names)."),
    (" = reflection", "m.map:2: expected 'label = act', found '= reflection'. Write one coder label and the Rapport act it means per line, for example 'SR = simple-reflection'."),
    ("sr = complex-reflection", "m.map:2: 'sr' is already mapped on line 1. Keep one line per label."),
  ])
  func badLabelMapLinesAreNamed(line: String, message: String) {
    #expect(throws: RapportError.self) { try ActLabelMap.parse("SR = simple-reflection\n" + line, path: "m.map") }
    do {
      _ = try ActLabelMap.parse("SR = simple-reflection\n" + line, path: "m.map")
    } catch {
      #expect(error.description == message)
      #expect(error.exitStatus == 2)
    }
  }

  // MARK: codes files

  static let map = try! ActLabelMap.parse("SR = simple-reflection\nQ = question\nR = reflection\n", path: "m.map")

  @Test func codesRowsKeepTheirLineAndMappedLabel() throws {
    let text = "Session,Utterance,Role,behaviour\r\ns1,1,Therapist,Q\ns1,2,client,\n\"s1\",3,therapist,\"SR\"\n"
    let codes = try ActCodes.parse(text, path: "c.csv", labelColumn: "behaviour", map: Self.map)
    #expect(codes.rows.map(\.line) == [2, 3, 4])
    #expect(codes.rows.map(\.act) == [.group(.question), nil, .code(.simpleReflection)])
    #expect(codes.rows.map(\.role) == ["therapist", "client", "therapist"])
  }

  @Test(arguments: [
    ("session,utterance,role,behaviour\ns1,1,therapist,XYZ\n", "behaviour",
     "c.csv:2: the label 'XYZ' is not a Rapport act and the label map does not name it. Add `XYZ = act` to the label map (m.map), with act one of \(ActLabel.names)."),
    ("session,utterance,role,code\ns1,1,therapist,Q\n", "behaviour",
     "c.csv:1: the header has no 'behaviour' column (it has 'session', 'utterance', 'role', 'code'). Name the column holding the codes with --label-column."),
    ("session,turn,role,behaviour\ns1,1,therapist,Q\n", "behaviour",
     "c.csv:1: the header has no 'utterance' column (it has 'session', 'turn', 'role', 'behaviour'). Give the file the columns session, utterance, role and a label column."),
    ("session,utterance,role,behaviour\ns1,1,therapist,Q\ns1,two,client,\n", "behaviour",
     "c.csv:3: 'two' is not an utterance number. Write the 1-based number of the turn as Rapport reads the transcript."),
    ("session,utterance,role,behaviour\ns1,1,therapist,Q\n,2,client,\n", "behaviour",
     "c.csv:3: the row has no session id. Write the session id (the transcript's file name without extension) in the session column."),
    ("session,utterance,role,behaviour\ns1,1,therapist,\"Q\n", "behaviour",
     "c.csv:2: not valid CSV: a quoted field opened on line 2 is never closed. Put fields that hold quotes, line breaks or commas in double quotes, and double the quotes inside them."),
  ])
  func badCodesFilesNameTheLineAndTheFix(text: String, column: String, message: String) {
    do {
      _ = try ActCodes.parse(text, path: "c.csv", labelColumn: column, map: Self.map)
      Issue.record("expected an error")
    } catch {
      #expect(error.description == message)
      #expect(error.scope == .configuration)
    }
  }

  // MARK: alignment and scores

  typealias Turn = ActsEvaluation.AnalyzedSession.Turn

  /// A session of alternating therapist and client turns, the therapist's acts as given.
  static func session(_ id: String, _ acts: [TherapistAct], ratio: Double? = nil) -> ActsEvaluation.AnalyzedSession {
    var turns: [Turn] = []
    for act in acts {
      turns.append(Turn(number: turns.count + 1, role: .therapist, acts: TurnActs(primary: act, all: [act])))
      turns.append(Turn(number: turns.count + 1, role: .client, acts: nil))
    }
    return ActsEvaluation.AnalyzedSession(session: id, turns: turns, reflectionToQuestionRatio: ratio)
  }

  static func codes(_ lines: [String]) throws -> ActCodes {
    try ActCodes.parse(
      (["session,utterance,role,behaviour"] + lines).joined(separator: "\n"), path: "c.csv", labelColumn: "behaviour",
      map: map)
  }

  /// s1: Q/open ✓, R/simple ✓, SR/complex ✗ (counted under `reflection`, the most specific
  /// label of the coders' that a complex reflection agrees with), Q/other ✗.
  /// s2: R/simple ✓, Q/closed ✓. Matrix over question, reflection, simple-reflection, other:
  /// question [2 0 0 1], reflection [0 2 0 0], simple-reflection [0 1 0 0]. 4 of 6 agree.
  @Test func utterancesAreComparedAtTheirLabelsLevel() throws {
    let codes = try Self.codes([
      "s1,1,therapist,Q", "s1,2,client,", "s1,3,therapist,R", "s1,5,therapist,SR", "s1,7,therapist,Q",
      "s2,1,therapist,R", "s2,3,therapist,Q",
    ])
    let report = ActsEvaluation.evaluate(
      codes: codes, labelMap: "m.map",
      sessions: [
        Self.session("s1", [.openQuestion, .simpleReflection, .complexReflection, .other], ratio: 0.5),
        Self.session("s2", [.simpleReflection, .closedQuestion], ratio: 1),
      ],
      role: .therapist)
    #expect(report.sessionsEvaluated == ["s1", "s2"])
    #expect(report.utterances == 6)
    #expect(report.labels == [.group(.question), .group(.reflection), .code(.simpleReflection), .code(.other)])
    #expect(report.confusion == [[2, 0, 0, 1], [0, 2, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]])
    #expect(report.accuracy == 4.0 / 6)
    #expect(report.acts.map(\.coded) == [3, 2, 1, 0])
    #expect(report.acts.map(\.predicted) == [2, 3, 0, 1])
    #expect(report.acts[0].score == AgreementScore(truePositives: 2, falsePositives: 0, falseNegatives: 1))
    // Coders' R:Q: s1 (1 R + 1 SR) / 2 Q = 1; s2 1 / 1 = 1.
    #expect(report.reflectionToQuestion.sessions.map(\.coders) == [1, 1])
    #expect(report.reflectionToQuestion.sessions.map(\.rapport) == [0.5, 1])
    #expect(report.reflectionToQuestion.spearman == nil)  // the coders' ratios do not vary
  }

  @Test func sessionsThatDoNotLineUpAreNamedAndLeftOut() throws {
    let codes = try Self.codes([
      "s1,1,therapist,Q", "s1,3,therapist,R",  // aligned
      "s2,1,therapist,Q",  // s2 has two therapist turns
      "s3,1,therapist,Q", "s3,2,therapist,R",  // turn 2 is the client's
      "s4,1,therapist,Q", "s4,1,therapist,R",  // turn 1 twice, turn 3 never
      "s5,1,therapist,Q", "s5,9,therapist,R",  // no turn 9
      "s6,1,therapist,Q",  // no transcript
    ])
    let sessions = ["s1", "s2", "s3", "s4", "s5", "s7"].map { Self.session($0, [.openQuestion, .simpleReflection]) }
    let report = ActsEvaluation.evaluate(codes: codes, labelMap: nil, sessions: sessions, role: .therapist)
    #expect(report.sessionsEvaluated == ["s1"])
    #expect(report.unaligned.map(\.session) == ["s2", "s3", "s4", "s5"])
    #expect(report.unaligned.map(\.problems) == [
      ["the codes have 1 therapist utterance(s), the transcript 2 therapist turn(s)"],
      ["utterance 2 (line 6) is a client turn in the transcript, not a therapist turn"],
      ["utterance 1 is coded twice (lines 7 and 8)"],
      ["utterance 9 (line 10) is not a turn of the transcript, which has 4 turn(s)"],
    ])
    #expect(report.withoutTranscript == ["s6"])
    #expect(report.withoutCodes == ["s7"])
    #expect(report.utterances == 2)
    #expect(report.sessionsCoded == 6)
    let text = report.lines().joined(separator: "\n")
    #expect(text.contains("not aligned: s3 (2 coded therapist utterance(s), 2 therapist turn(s)): utterance 2 (line 6) is a client turn"))
    #expect(text.contains("coded but no transcript: s6"))
    #expect(text.contains("transcripts without codes: s7"))
  }

  @Test func rowsOfTheOtherRoleAndEmptyLabelsAreSkipped() throws {
    let codes = try Self.codes(["s1,1,therapist,Q", "s1,2,client,R", "s1,3,therapist,"])
    let report = ActsEvaluation.evaluate(
      codes: codes, labelMap: nil, sessions: [Self.session("s1", [.openQuestion, .other])], role: .therapist)
    #expect(report.sessionsEvaluated == ["s1"])
    #expect(report.utterances == 1)
    #expect(report.emptyLabels == 1)
  }

  /// Coded q q r r, predicted q r r r at group level: pₒ = 3/4, pₑ = (2·1 + 2·3) / 16 = 1/2,
  /// κ = (3/4 − 1/2) / (1 − 1/2) = 0.5.
  @Test func cohensKappaByHand() {
    let confusion = ActConfusion([
      (.group(.question), .openQuestion), (.group(.question), .simpleReflection),
      (.group(.reflection), .complexReflection), (.group(.reflection), .simpleReflection),
    ])
    #expect(confusion.matrix == [[1, 1], [0, 2]])
    #expect(confusion.kappa == 0.5)
    #expect(confusion.accuracy == 0.75)
    #expect(ActConfusion([(.group(.question), .openQuestion)]).kappa == nil)  // one label: pₑ = 1
    #expect(ActConfusion([]).kappa == nil)
  }

  @Test(arguments: [
    ([1.0, 2, 3, 4], [1.0, 3, 2, 4], 0.8 as Double?),
    ([1, 2, 3], [3, 2, 1], -1),
    ([1, 2, 3], [10, 20, 30], 1),
    ([1, 2, 2, 3], [1, 2, 3, 4], 0.9486832980505138),
    ([1, 1, 1], [1, 2, 3], nil),
    ([1], [2], nil),
  ] as [([Double], [Double], Double?)])
  func spearmansRho(x: [Double], y: [Double], rho: Double?) {
    let value = RankCorrelation.spearman(x, y)
    if let rho, let value {
      #expect(abs(value - rho) < 1e-12)
    } else {
      #expect(value == rho)
    }
  }

  @Test func tiedValuesShareTheirMeanRank() {
    #expect(RankCorrelation.ranks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1])
  }

  @Test func theJSONReportRoundsOnlyWhenWritten() throws {
    let codes = try Self.codes(["s1,1,therapist,Q", "s1,3,therapist,Q", "s1,5,therapist,R"])
    let report = ActsEvaluation.evaluate(
      codes: codes, labelMap: nil,
      sessions: [Self.session("s1", [.openQuestion, .other, .simpleReflection], ratio: 1.0 / 3)], role: .therapist)
    #expect(report.accuracy == 2.0 / 3)
    let json = try #require(String(validating: try JSONOutput.encode(report), as: UTF8.self))
    #expect(json.contains("\"accuracy\" : 0.6667"))
    #expect(json.contains("\"rapport\" : 0.3333"))
    #expect(json.contains("\"schema\" : \"rapport-acts-evaluation/1\""))
  }

  /// Arbitrary text made of the characters that matter to CSV and label maps either reads or
  /// throws a `RapportError` naming the file; it never crashes. Seeded, so a failure repeats.
  @Test(arguments: 0..<4)
  func arbitraryTextReadsOrThrowsNeverCrashes(stream: Int) {
    var random = SeededRandom(seed: 2026, stream: UInt64(stream))
    let alphabet: [Character] = [",", "\"", "\n", "\r\n", "\r", "=", "#", " ", "a", "Q", "1", "0", "-", "é", "\u{0}"]
    let header = "session,utterance,role,behaviour\n"
    for _ in 0..<200 {
      let body = String((0..<random.int(in: 0...60)).map { _ in random.pick(alphabet) })
      for text in [body, header + body] {
        do {
          let codes = try ActCodes.parse(text, path: "c.csv", labelColumn: "behaviour", map: Self.map)
          #expect(codes.rows.allSatisfy { $0.utterance >= 1 })
        } catch {
          #expect(error.file == "c.csv")
        }
        do {
          _ = try ActLabelMap.parse(text, path: "m.map")
        } catch {
          #expect(error.file == "m.map" && error.line != nil)
        }
      }
    }
  }
}
