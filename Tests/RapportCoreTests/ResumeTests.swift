import Foundation
import Testing

@testable import RapportBatch
@testable import RapportCore

/// An interrupted batch goes on with `--resume`: finished sessions are kept, the rest redone,
/// and the outputs are the bytes of a run never interrupted (issue #15).
@Suite struct ResumeTests {
  static let options = ["--format", "json,xml,csv", "--turns", "--jobs", "2"]

  /// Starts `rapport analyze` on `inputs` into `out` and sends it `signal` after `delay`
  /// seconds (or lets it finish, if it is quicker); true when the signal ended it.
  static func interrupt(_ inputs: String, out: String, signal: Int32, after delay: Double, extra: [String] = []) throws -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: TestSupport.executable)
    process.arguments = ["analyze", inputs, "--out", out, "--resume"] + options + extra
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal
  }

  @Test(arguments: [SIGKILL, SIGINT])
  func aBatchKilledAtRandomPointsAndResumedIsByteIdenticalToOneRun(signal: Int32) throws {
    let inputs = try ShardTestKit.generated(24, seed: 3)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    let started = Date()
    try ShardTestKit.rapport(["analyze", inputs, "--out", root + "/one"] + Self.options)
    let whole = Date().timeIntervalSince(started)
    let expected = try ShardTestKit.outputs(root + "/one")
    // Kill points spread over the run's length, from its start (lexicons loading) to its end
    // (tables being joined); printed so a failure can be retried at the same points.
    // A run that ends before its kill (on a loaded machine the timed run can be slower than
    // the later ones) halves the range of the next point; up to four more tries land one.
    var delays: [Double] = []
    var killed = 0
    var upper = max(0.1, whole * 0.9)
    for attempt in 0..<8 where attempt < 4 || killed == 0 {
      let delay = Double.random(in: 0.05...upper)
      delays.append(delay)
      if try Self.interrupt(inputs, out: root + "/resumed", signal: signal, after: delay) {
        killed += 1
      } else {
        upper = max(0.1, upper / 2)
      }
    }
    let last = try ShardTestKit.rapport(["analyze", inputs, "--out", root + "/resumed", "--resume"] + Self.options)
    let got = try ShardTestKit.outputs(root + "/resumed")
    #expect(ShardTestKit.differences(expected, got).isEmpty, "kill points \(delays): \(ShardTestKit.differences(expected, got).prefix(8))")
    #expect(killed >= 1, "no kill landed before the run ended (points \(delays), a run takes \(whole) s)")
    #expect(last.stderr.contains("analyzed 24 of 24"), "\(last.stderr)")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: root + "/resumed").filter { $0.hasSuffix(".rapport-tmp") }
    #expect(leftovers.isEmpty)
    #expect(try ShardTestKit.manifest(root + "/resumed").complete)
  }

  @Test func resumeSkipsFinishedSessionsAndRedoesChangedRemovedAndNewOnes() throws {
    let inputs = try ShardTestKit.dialogues(6)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    let out = root + "/out"
    let lexicon = ["--lexicon", CLI.miniLexicon]
    try ShardTestKit.rapport(["analyze", inputs, "--out", out] + lexicon)
    let again = try ShardTestKit.rapport(["analyze", inputs, "--out", out, "--resume"] + lexicon)
    #expect(again.stderr.contains("(6 finished earlier, kept by --resume)"), "\(again.stderr)")

    // Changed bytes, a session file removed, a new input: those three are redone.
    try Data("T: A new week.\nC: I felt hope and trust.\n".utf8).write(to: URL(fileURLWithPath: inputs + "/dialogue-1.txt"))
    try FileManager.default.removeItem(atPath: out + "/dialogue-2.json")
    try Data("T: Hello.\nC: I was anxious.\n".utf8).write(to: URL(fileURLWithPath: inputs + "/dialogue-9.txt"))
    let changed = try ShardTestKit.rapport(["analyze", inputs, "--out", out, "--resume"] + lexicon)
    #expect(changed.stderr.contains("analyzed 7 of 7 session(s) (4 finished earlier, kept by --resume)"), "\(changed.stderr)")
    let fresh = root + "/fresh"
    try ShardTestKit.rapport(["analyze", inputs, "--out", fresh] + lexicon)
    #expect(ShardTestKit.differences(try ShardTestKit.outputs(fresh), try ShardTestKit.outputs(out)).isEmpty)

    // Another option changes every session: nothing is kept.
    let segments = try ShardTestKit.rapport(["analyze", inputs, "--out", out, "--resume", "--segments", "3"] + lexicon)
    #expect(segments.stderr.contains("analyzed 7 of 7 session(s), "), "\(segments.stderr)")
  }

  @Test func theManifestRecordsEachInputsHashAndTheSettingsHash() throws {
    let inputs = try ShardTestKit.dialogues(2)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    try ShardTestKit.rapport(["analyze", inputs, "--out", root + "/a", "--lexicon", CLI.miniLexicon])
    try ShardTestKit.rapport(["analyze", inputs, "--out", root + "/b", "--lexicon", CLI.miniLexicon, "--negation-window", "4"])
    let a = try ShardTestKit.manifest(root + "/a")
    let b = try ShardTestKit.manifest(root + "/b")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: inputs + "/dialogue-0.txt"))
    #expect(a.inputs.first { $0.session == "dialogue-0" }?.sha256 == TranscriptReader.sha256Hex([UInt8](bytes)))
    let settings = try #require(a.plan?.settings)
    #expect(settings.count == 64)
    #expect(b.plan?.settings != settings)
    #expect(a.plan?.differences(from: try #require(b.plan)) == ["option window is '4' instead of '3'"])
    #expect(a.plan?.lexicons.map(\.name).contains("test-mini") == true)
  }

  @Test func aSessionPartThatIsCutShortIsNotTrusted() throws {
    let inputs = try ShardTestKit.dialogues(3)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    let out = root + "/out"
    // One worker: one journal, whose last record is the last session's.
    try ShardTestKit.rapport(["analyze", inputs, "--out", out, "--jobs", "1", "--lexicon", CLI.miniLexicon])
    let last = try #require(PartJournal.index(folder: out)["dialogue-2"])
    #expect(PartJournal.read(last) != nil)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: last.file))
    try bytes.prefix(bytes.count - 3).write(to: URL(fileURLWithPath: last.file))
    #expect(PartJournal.records(in: last.file).whole == false)
    #expect(PartJournal.index(folder: out)["dialogue-2"] == nil)
    #expect(PartJournal.index(folder: out)["dialogue-1"] != nil)
    let run = try ShardTestKit.rapport(["analyze", inputs, "--out", out, "--resume", "--lexicon", CLI.miniLexicon])
    #expect(run.stderr.contains("(2 finished earlier"), "\(run.stderr)")
    let redone = try #require(PartJournal.index(folder: out)["dialogue-2"])
    #expect(PartJournal.read(redone) != nil && redone.file != last.file)
    // The cut journal was rewritten with only the two records the resumed run used.
    #expect(PartJournal.records(in: last.file).whole && PartJournal.records(in: last.file).records.count == 2)
  }
}
