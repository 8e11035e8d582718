import Foundation
import Testing

@Suite("rapport corpus generate")
struct GeneratorCommandLineTests {
  @Test("two runs with one seed write byte-identical folders, and say what the files are for")
  func deterministicRuns() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var contents: [[Data?]] = []
    for run in ["a", "b"] {
      let result = try TestSupport.rapport(["corpus", "generate", "--sessions", "2", "--seed", "77", "--format", "vtt", "--out", folder + "/" + run])
      #expect(result.status == 0)
      #expect(result.stderr == "rapport: wrote 2 synthetic session(s) to \(folder)/\(run) (seed 77, for scale and speed tests only)\n")
      let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/" + run).sorted()
      #expect(files == ["synthetic-0001.vtt", "synthetic-0002.vtt"])
      contents.append(files.map { FileManager.default.contents(atPath: folder + "/" + run + "/" + $0) })
    }
    #expect(contents[0] == contents[1])
    #expect(contents[0].allSatisfy { ($0?.count ?? 0) > 20_000 })
  }

  @Test("an unknown format and a bad session count are refused with what to do")
  func refusals() throws {
    let format = try TestSupport.rapport(["corpus", "generate", "--sessions", "1", "--out", "/tmp/unused", "--format", "docx"])
    #expect(format.status != 0)
    #expect(format.stderr.contains("Unknown --format 'docx'. Use text, vtt, srt, json or csv."))
    let count = try TestSupport.rapport(["corpus", "generate", "--sessions", "0", "--out", "/tmp/unused"])
    #expect(count.status != 0)
    #expect(count.stderr.contains("--sessions must be between 1 and 100000."))
  }
}
