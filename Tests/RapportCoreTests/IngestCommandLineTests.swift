import Foundation
import Testing

@Suite("Input format options of rapport analyze")
struct IngestCommandLineTests {
  /// The `turns` column of sessions.csv in `folder`, by session.
  func turns(in folder: String) throws -> [String: String] {
    let table = try String(contentsOfFile: folder + "/sessions.csv", encoding: .utf8)
    let rows = table.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    let header = try #require(rows.first)
    let session = try #require(header.firstIndex(of: "session"))
    let turns = try #require(header.firstIndex(of: "turns"))
    return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[session], $0[turns]) })
  }

  @Test("--keep-cues reaches the reader: captions give one turn per cue")
  func keepCues() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fixtures = [IngestTestSupport.fixture("captions.vtt"), IngestTestSupport.fixture("captions.srt")]
    let merged = try TestSupport.rapport(["analyze"] + fixtures + ["--out", folder + "/merged"])
    #expect(merged.status == 0)
    // The two files share a name, so their session ids are their paths with `_` for `/` and `.`.
    let mergedTurns = try turns(in: folder + "/merged")
    #expect(mergedTurns.keys.sorted().map { String($0.suffix(12)) } == ["captions_srt", "captions_vtt"])
    #expect(mergedTurns.keys.sorted().map { mergedTurns[$0]! } == ["3", "4"])
    let apart = try TestSupport.rapport(["analyze"] + fixtures + ["--keep-cues", "--out", folder + "/apart"])
    #expect(apart.status == 0)
    let apartTurns = try turns(in: folder + "/apart")
    #expect(apartTurns.keys.sorted().map { apartTurns[$0]! } == ["5", "6"])
  }

  @Test("--input-format forces a format; a file that does not fit fails alone with its reason")
  func forcedFormat() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let csv = IngestTestSupport.fixture("turns.csv")
    let result = try TestSupport.rapport(["analyze", csv, "--input-format", "text", "--out", folder])
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: \(csv): no speaker-labelled turns found."))
    let unknown = try TestSupport.rapport(["analyze", csv, "--input-format", "docx", "--out", folder])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("Unknown --input-format 'docx'. Use text, webvtt, srt, json, csv or tsv."))
  }

  @Test("--speaker-column and --text-column choose CSV columns")
  func columns() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/chosen.csv"
    try "Who,Said\nTherapist,Hello there.\nClient,Hi.\nTherapist,How are you?\n".write(toFile: file, atomically: true, encoding: .utf8)
    let refused = try TestSupport.rapport(["analyze", file, "--out", folder + "/out1"])
    #expect(refused.status == 1)
    let chosen = try TestSupport.rapport(["analyze", file, "--speaker-column", "who", "--text-column", "said", "--out", folder + "/out2"])
    #expect(chosen.status == 0)
    #expect(try turns(in: folder + "/out2") == ["chosen": "3"])
  }
}
