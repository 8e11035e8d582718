import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// What a batch writes around the session files: corpus.json with its errors, and the options
/// that choose the outputs.
@Suite struct OutputBatchTests {
  @Test func aBadFileIsListedInCorpusErrorsAndTheOthersFinish() throws {
    let input = try CLI.temporaryFolder()
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: CLI.analysisFixture("hand-dialogue")),
      to: input.appendingPathComponent("good.txt"))
    try Data().write(to: input.appendingPathComponent("empty.txt"))
    let outcome = try TestSupport.rapport(["analyze", input.path, "--lexicon", CLI.miniLexicon, "--out", out.path])
    #expect(outcome.status == 1)
    let files = try CLI.files(in: out)
    #expect(files.keys.sorted() == ["categories.csv", "corpus.json", "good.json", "sessions.csv"])
    let corpus = try JSONDecoder().decode(CorpusSummary.self, from: Data(files["corpus.json"]!))
    #expect(corpus.sessions == 1)
    #expect(corpus.failed == 1)
    #expect(corpus.words == 44)
    #expect(corpus.errors.count == 1)
    #expect(corpus.errors.first?.file == input.appendingPathComponent("empty.txt").path)
    #expect(corpus.errors.first?.message.hasSuffix("the file is empty. Check that the export finished.") == true)
    #expect(corpus.tables == ["categories.csv": CategoriesTable.schemaVersion, "sessions.csv": SessionsTable.schemaVersion])
    #expect(corpus.categories["trust"]?.client.count == 1)
  }

  @Test(arguments: [
    (["--format", "json,pdf"], "'pdf' is not a format"),
    (["--format", ","], "--format needs at least one of json, xml, csv and html"),
    (["--turns", "--format", "json"], "--turns writes turns.csv; please add csv to --format"),
    (["--segments", "0"], "--segments must be between 1 and 100"),
  ])
  func badOutputOptionsAreRefusedWithAMessage(arguments: [String], message: String) throws {
    let outcome = try TestSupport.rapport(["analyze", CLI.analysisFixtures, "--out", "/nonexistent/never-written"] + arguments)
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
  }

  @Test func xmlOnlyWritesNoTables() throws {
    let out = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let outcome = try TestSupport.rapport([
      "analyze", CLI.analysisFixtures + "/two-words.txt", "--lexicon", CLI.miniLexicon, "--out", out.path, "--format", "xml",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(try CLI.files(in: out).keys.sorted() == ["corpus.json", "two-words.xml"])
  }

  @Test func provenanceRecordsEveryOutputOption() {
    var options = BatchOptions(
      outputDirectory: "out", analysis: AnalysisOptions(segments: 4, includeHits: true, composite: false, turnDetails: true),
      formats: [.xml, .csv], speakerMapPath: "roles.txt", jobs: 7)
    #expect(options.recorded == [
      "composite": "false", "encoding": "detect", "format": "csv,xml", "include-hits": "true", "input-format": "detect",
      "keep-cues": "false", "segments": "4", "speaker-column": "detect", "speaker-map": "roles.txt",
      "text-column": "detect", "turns": "true", "window": "3",
    ])
    options.ingest = IngestOptions(format: .csv, keepCues: true, speakerColumn: "who", textColumn: "said")
    #expect(options.recorded["input-format"] == "csv")
    #expect(options.recorded["keep-cues"] == "true")
    #expect(options.recorded["speaker-column"] == "who")
    #expect(options.recorded["text-column"] == "said")
  }
}
