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

/// The output folder cannot hurt inputs or other runs: overlapping folders are refused, a
/// second run is locked out, ids never collide, one session's failure stays its own, the
/// manifest says which files are Rapport's and stale ones are removed (issues #16 and #13).
@Suite struct OutputFolderTests {
  /// A scratch folder with `files` (relative path → text), removed by the caller.
  static func folder(_ files: KeyValuePairs<String, String>) throws -> URL {
    let root = try CLI.temporaryFolder()
    // Not a Dictionary: Swift's `==` on strings would merge an NFC and an NFD name.
    for (relative, text) in files {
      let url = root.appendingPathComponent(relative)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return root
  }

  static func dialogue(_ word: String) -> String {
    "T: How was the week, \(word)?\nC: I felt some trust and some worry.\n"
  }

  static func analyze(_ arguments: [String]) throws -> TestSupport.Run {
    try TestSupport.rapport(["analyze"] + arguments + ["--lexicon", CLI.miniLexicon])
  }

  static func manifest(_ out: URL) throws -> RunManifest {
    try JSONDecoder().decode(RunManifest.self, from: Data(contentsOf: out.appendingPathComponent("rapport-manifest.json")))
  }

  @Test func anOutputFolderThatIsTheInputFolderIsRefusedAndNothingIsOverwritten() throws {
    let input = try Self.folder(["s1.json": #"{"turns":[{"speaker":"T","text":"hello"}]}"#, "s2.txt": Self.dialogue("two")])
    defer { try? FileManager.default.removeItem(at: input) }
    let before = try CLI.files(in: input)
    let run = try Self.analyze([input.path, "--out", input.path])
    #expect(run.status == 2)
    #expect(run.stderr.contains("the output folder is the input folder"), "\(run.stderr)")
    #expect(try CLI.files(in: input) == before)
  }

  @Test func anOutputFolderInsideTheInputFolderIsRefusedBeforeItIsMade() throws {
    let input = try Self.folder(["s2.txt": Self.dialogue("two")])
    defer { try? FileManager.default.removeItem(at: input) }
    let out = input.appendingPathComponent("results/run1")
    let run = try Self.analyze([input.path, "--out", out.path])
    #expect(run.status == 2)
    #expect(run.stderr.contains("is inside the input folder"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: input.appendingPathComponent("results").path))
  }

  @Test func anInputInsideTheOutputFolderIsRefused() throws {
    let out = try Self.folder(["s.txt": Self.dialogue("one")])
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try Self.analyze([out.appendingPathComponent("s.txt").path, "--out", out.path])
    #expect(run.status == 2)
    #expect(run.stderr.contains("is inside the output folder"), "\(run.stderr)")
  }

  @Test func aSecondRunIntoALockedFolderIsRefusedWithAMessage() throws {
    let input = try Self.folder(["s.txt": Self.dialogue("one")])
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    let lock = open(out.appendingPathComponent(".rapport-lock").path, O_RDWR | O_CREAT, 0o644)
    #expect(flock(lock, LOCK_EX) == 0)
    let locked = try Self.analyze([input.path, "--out", out.path])
    flock(lock, LOCK_UN)
    close(lock)
    #expect(locked.status == 2)
    #expect(locked.stderr.contains("another rapport run is writing to this output folder"), "\(locked.stderr)")
    let free = try Self.analyze([input.path, "--out", out.path])
    #expect(free.status == 0, "\(free.stderr)")
  }

  @Test func collidingNamesGetDistinctIdsAndEveryTableIsWritten() throws {
    let input = try Self.folder([
      "a/s.txt": Self.dialogue("a"), "b/s.txt": Self.dialogue("b"), "c/s_txt_2.txt": Self.dialogue("c"),
      "corpus.txt": Self.dialogue("d"), "sessions.txt": Self.dialogue("e"),
    ])
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    let run = try Self.analyze([input.path, "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    let files = try CLI.files(in: out)
    let sessions = try RFC4180.parse(files["sessions.csv"] ?? []).dropFirst().map { $0[0] }
    #expect(sessions.count == 5)
    #expect(Set(sessions).count == 5)
    #expect(sessions.contains("a_s") && sessions.contains("b_s") && sessions.contains("c_s_txt_2"))
    #expect(sessions.contains("corpus_txt") && sessions.contains("sessions_txt"))
    #expect(files.keys.filter { $0.hasSuffix(".json") }.count == 6)
    #expect(files.keys.allSatisfy { !$0.contains("partial") && !$0.contains("rapport-tmp") })
    #expect(files["corpus.json"] != nil)
    #expect(run.stderr.contains("is a name Rapport's own outputs use"), "\(run.stderr)")
  }

  @Test func nfcAndNfdNamesOfTwoFilesAreBothAnalyzed() throws {
    let input = try Self.folder(["caf\u{E9}.txt": Self.dialogue("one"), "cafe\u{301}.txt": Self.dialogue("two")])
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    let inputs = try InputDiscovery.inputs([input.path])
    #expect(inputs.count == 2)
    #expect(Set(inputs.map { Array($0.session.utf8) }).count == 2)
    let run = try Self.analyze([input.path, "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("analyzed 2 of 2"), "\(run.stderr)")
  }

  @Test func aSessionWhoseOutputCannotBeWrittenFailsAloneAndTheTablesAreWritten() throws {
    let input = try Self.folder(["good.txt": Self.dialogue("one"), "blocked.txt": Self.dialogue("two")])
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    try FileManager.default.createDirectory(at: out.appendingPathComponent("blocked.json"), withIntermediateDirectories: false)
    let run = try Self.analyze([input.path, "--out", out.path])
    #expect(run.status == 1, "\(run.stderr)")
    #expect(run.stderr.contains("blocked.txt: its output"), "\(run.stderr)")
    let corpus = try JSONDecoder().decode(CorpusSummary.self, from: Data(contentsOf: out.appendingPathComponent("corpus.json")))
    #expect(corpus.sessions == 1)
    #expect(corpus.failed == 1)
    let rows = try RFC4180.parse([UInt8](Data(contentsOf: out.appendingPathComponent("sessions.csv"))))
    #expect(rows.dropFirst().map { $0[0] } == ["good"])
    #expect(FileSystem.isDirectory(out.appendingPathComponent("blocked.json").path))
  }

  @Test func aFileRapportDidNotWriteIsNeverOverwrittenOrRemoved() throws {
    let input = try Self.folder(["s.txt": Self.dialogue("one")])
    let out = try Self.folder(["sessions.csv": "my own notes\n", "notes.txt": "keep me\n"])
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    let run = try Self.analyze([input.path, "--out", out.path])
    #expect(run.status == 2)
    #expect(run.stderr.contains("holds files Rapport did not write (sessions.csv)"), "\(run.stderr)")
    #expect(try String(contentsOf: out.appendingPathComponent("sessions.csv"), encoding: .utf8) == "my own notes\n")
    try FileManager.default.removeItem(at: out.appendingPathComponent("sessions.csv"))
    #expect(try Self.analyze([input.path, "--out", out.path]).status == 0)
    #expect(try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me\n")
  }

  @Test func aRerunWithOtherOptionsRemovesTheEarlierRunsFilesAndSaysSo() throws {
    let input = try Self.folder(["one.txt": Self.dialogue("one"), "two.txt": Self.dialogue("two")])
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    #expect(try Self.analyze([input.path, "--out", out.path, "--format", "json,xml,csv", "--turns"]).status == 0)
    #expect(try Self.manifest(out).files.contains("two.xml"))
    let rerun = try Self.analyze([input.appendingPathComponent("one.txt").path, "--out", out.path])
    #expect(rerun.status == 0, "\(rerun.stderr)")
    #expect(rerun.stderr.contains("removed 4 file(s) an earlier run wrote"), "\(rerun.stderr)")
    #expect(try CLI.files(in: out).keys.sorted() == ["categories.csv", "corpus.json", "one.json", "sessions.csv"])
    let manifest = try Self.manifest(out)
    #expect(manifest.complete)
    #expect(manifest.files == ["categories.csv", "corpus.json", "one.json", "sessions.csv"])
    #expect(manifest.inputs.map(\.session) == ["one"])
    #expect(manifest.inputs.first?.sha256 == TranscriptReader.sha256Hex(Array(Self.dialogue("one").utf8)))
    #expect(manifest.options["format"] == "csv,json")
  }

  @Test func anInterruptedRunsFilesAreCleanedUpByTheNext() throws {
    let input = try Self.folder(["one.txt": Self.dialogue("one")])
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    // What a run killed after writing one session file leaves: its incomplete manifest.
    let interrupted = RunManifest(complete: false, options: [:], inputs: [], files: ["old.json", "one.json"])
    try Data(try JSONOutput.encode(interrupted)).write(to: out.appendingPathComponent("rapport-manifest.json"))
    try Data("{}".utf8).write(to: out.appendingPathComponent("old.json"))
    try Data("session,sour".utf8).write(to: out.appendingPathComponent(".sessions.csv.rapport-tmp"))
    let run = try Self.analyze([input.path, "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("old.json").path))
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".sessions.csv.rapport-tmp").path))
    #expect(try Self.manifest(out).complete)
  }

  @Test func identicalInputsAreAnalyzedOnceUnlessAsked() throws {
    let input = try Self.folder(["a.txt": Self.dialogue("same"), "copy/a.txt": Self.dialogue("same"), "b.txt": Self.dialogue("b")])
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    let run = try Self.analyze([input.path, "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("copy/a.txt: note: same bytes as \(input.path)/a.txt"), "\(run.stderr)")
    let corpus = try JSONDecoder().decode(CorpusSummary.self, from: Data(contentsOf: out.appendingPathComponent("corpus.json")))
    #expect(corpus.sessions == 2)
    #expect(try Self.manifest(out).inputs.first { $0.session == "copy_a" }?.duplicateOf == input.path + "/a.txt")
    let both = try Self.analyze([input.path, "--out", out.path, "--keep-duplicates"])
    #expect(both.status == 0, "\(both.stderr)")
    let again = try JSONDecoder().decode(CorpusSummary.self, from: Data(contentsOf: out.appendingPathComponent("corpus.json")))
    #expect(again.sessions == 3)
  }

  @Test func aFilesIdDependsOnlyOnItsPathBelowTheArgument() throws {
    let input = try Self.folder(["mixed/sub/sheet_export.txt": Self.dialogue("x"), "mixed/other.txt": Self.dialogue("y")])
    defer { try? FileManager.default.removeItem(at: input) }
    let alone = try InputDiscovery.inputs([input.appendingPathComponent("mixed/sub").path])
    let withOthers = try InputDiscovery.inputs([input.appendingPathComponent("mixed/sub").path, input.appendingPathComponent("mixed/other.txt").path])
    #expect(alone.map(\.session) == ["sheet_export"])
    #expect(withOthers.map(\.session) == ["sheet_export", "other"])
  }

  @Test func aFileAboveTheSizeLimitFailsAloneWithTheFlagToRaiseIt() throws {
    let big = String(repeating: "T: words and more words\n", count: 50_000)
    let input = try Self.folder(["big.txt": big, "small.txt": Self.dialogue("s")])
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    let run = try Self.analyze([input.path, "--out", out.path, "--max-input-size", "1"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("big.txt: the file is 1.1444 MB, more than the 1 MB limit on one input. Raise the limit with --max-input-size"), "\(run.stderr)")
    #expect(try Self.analyze([input.path, "--out", out.path, "--max-input-size", "2"]).status == 0)
  }
}
