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

/// `rapport acts evaluate` run from the package root on fixture transcripts and a codes file
/// written for these tests. The assertions hold whatever the classifier's rules: shape,
/// alignment, the sessions named, exit statuses and error messages.
@Suite("rapport acts evaluate end to end")
struct ActsEvaluateCommandTests {
  static let fixtures = "Tests/RapportCoreTests/Fixtures/acts"
  static let arguments = [
    "acts", "evaluate", "--transcripts", "\(fixtures)/transcripts", "--codes", "\(fixtures)/codes.csv",
    "--label-map", "\(fixtures)/labels.map", "--label-column", "code",
  ]

  @Test func evaluatesTheAlignedSessionsAndNamesTheOthers() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try TestSupport.rapport(Self.arguments + ["--out", folder + "/acts.json"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "acts evaluate: 2 of 4 coded session(s) aligned turn by turn; 6 therapist utterance(s) compared (1 with an empty label skipped)")
    #expect(lines.contains("  not aligned: a3 (1 coded therapist utterance(s), 2 therapist turn(s)): the codes have 1 therapist utterance(s), the transcript 2 therapist turn(s)"))
    #expect(lines.contains("  coded but no transcript: a9"))
    #expect(lines.contains { $0.hasPrefix("  accuracy ") && $0.contains("Cohen's kappa") })
    #expect(lines.contains { $0.hasPrefix("  R:Q per session") })
    #expect(lines.last == "wrote \(folder)/acts.json")

    let report = try JSONDecoder().decode(ActsEvaluationReport.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/acts.json")))
    #expect(report.schema == ActsEvaluationReport.schemaVersion)
    #expect(report.sessionsEvaluated == ["a1", "a2"])
    #expect(report.unaligned.map(\.session) == ["a3"])
    #expect(report.withoutTranscript == ["a9"])
    #expect(report.utterances == 6)
    #expect(report.confusion.flatMap { $0 }.reduce(0, +) == 6)
    #expect(report.confusion.count == report.labels.count)
    // Every label the coders used is a row, with its count of coded utterances.
    let coded = Dictionary(uniqueKeysWithValues: report.acts.map { ($0.label.rawValue, $0.coded) })
    #expect(coded.filter { $0.value > 0 } == [
      "open-question": 2, "closed-question": 1, "simple-reflection": 1, "complex-reflection": 1, "affirm": 1,
    ])
    #expect(report.reflectionToQuestion.sessions.map(\.session) == ["a1", "a2", "a3"])
  }

  @Test func theReportIsTheSameOnEveryRun() throws {
    let first = try TestSupport.rapport(Self.arguments)
    let second = try TestSupport.rapport(Self.arguments)
    #expect(first.stdout == second.stdout)
  }

  @Test(arguments: [
    ("XYZ", "error: CODES:3: the label 'XYZ' is not a Rapport act and the label map does not name it. Add `XYZ = act` to the label map (MAP), with act one of \(ActLabel.names).\n"),
  ])
  func anUnknownLabelStopsTheRunAndSaysWhatToAdd(label: String, message: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let codes = folder + "/codes.csv"
    try "session,utterance,role,code\na1,1,therapist,OQ\na1,3,therapist,\(label)\n".write(toFile: codes, atomically: true, encoding: .utf8)
    let run = try TestSupport.rapport([
      "acts", "evaluate", "--transcripts", "\(Self.fixtures)/transcripts", "--codes", codes,
      "--label-map", "\(Self.fixtures)/labels.map", "--label-column", "code",
    ])
    #expect(run.status == 2)
    #expect(run.stderr == message.replacingOccurrences(of: "CODES", with: codes).replacingOccurrences(of: "MAP", with: "\(Self.fixtures)/labels.map"))
    #expect(run.stdout.isEmpty)
  }

  @Test func withoutALabelMapOnlyRapportsOwnNamesAreLabels() throws {
    let run = try TestSupport.rapport([
      "acts", "evaluate", "--transcripts", "\(Self.fixtures)/transcripts", "--codes", "\(Self.fixtures)/codes.csv",
      "--label-column", "code",
    ])
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("error: \(Self.fixtures)/codes.csv:2: the label 'OQ' is not a Rapport act and the label map does not name it. Add `OQ = act` to the label map (--label-map FILE)"))
  }

  @Test(arguments: [
    (["--role", "coder"], "--role must be therapist or client; the default is therapist."),
    (["--label-column", "behaviour"], "the header has no 'behaviour' column"),
  ])
  func usageAndConfigurationErrorsExitTwo(extra: [String], message: String) throws {
    let run = try TestSupport.rapport(Self.arguments + extra)
    #expect(run.status == 2)
    #expect(run.stderr.contains(message), "\(run.stderr)")
  }

  @Test func missingCodesFileIsNamed() throws {
    let run = try TestSupport.rapport([
      "acts", "evaluate", "--transcripts", "\(Self.fixtures)/transcripts", "--codes", "\(Self.fixtures)/nothing.csv",
    ])
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("error: \(Self.fixtures)/nothing.csv: cannot read the codes file"))
  }
}
