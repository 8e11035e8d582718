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

@Suite("Report: HTML pages from analyze and from rapport report")
struct ReportPageTests {
  static let corpusSessions = ["Corpus/s05-rupture-repair-homework.vtt", "Corpus/s06-unrepaired-rupture.srt"]

  static func htmlFiles(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".html") {
      files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
    }
    return files
  }

  @Test("analyze --format html writes a page per session and an index; twice gives the same bytes")
  func deterministic() throws {
    let first = try TestSupport.temporaryDirectory()
    let second = try TestSupport.temporaryDirectory()
    for out in [first, second] {
      let run = try TestSupport.rapport(["analyze"] + Self.corpusSessions + ["--format", "json,html", "--out", out])
      #expect(run.status == 0, "\(run.stderr)")
    }
    let pages = try Self.htmlFiles(first)
    #expect(pages.keys.sorted() == ["index.html", "s05-rupture-repair-homework.html", "s06-unrepaired-rupture.html"])
    #expect(pages == (try Self.htmlFiles(second)))
    let index = String(decoding: try #require(pages["index.html"]), as: UTF8.self)
    #expect(index.contains(#"<a href="s05-rupture-repair-homework.html">"#))
    #expect(index.components(separatedBy: "<tr><td data-value=").count - 1 == 2)  // a row per session
  }

  @Test("rapport report rebuilds byte-identical pages from the session JSON alone")
  func reportEqualsAnalyze() throws {
    let analyzed = try TestSupport.temporaryDirectory()
    let run = try TestSupport.rapport(["analyze"] + Self.corpusSessions + ["--format", "json,csv,html", "--out", analyzed])
    #expect(run.status == 0, "\(run.stderr)")
    let rebuilt = try TestSupport.temporaryDirectory()
    for name in try FileManager.default.contentsOfDirectory(atPath: analyzed) where name.hasSuffix(".json") {
      try FileManager.default.copyItem(atPath: analyzed + "/" + name, toPath: rebuilt + "/" + name)
    }
    let report = try TestSupport.rapport(["report", rebuilt])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stderr.contains("wrote 3 page(s)"))
    let expected = try Self.htmlFiles(analyzed)
    #expect(!expected.isEmpty)
    #expect(try Self.htmlFiles(rebuilt) == expected)
  }

  @Test("the default JSON has no turn marks; with html it has one per turn")
  func turnMarksOnlyWithHTML() throws {
    let plain = try TestSupport.temporaryDirectory()
    let html = try TestSupport.temporaryDirectory()
    _ = try TestSupport.rapport(["analyze", Self.corpusSessions[0], "--out", plain])
    _ = try TestSupport.rapport(["analyze", Self.corpusSessions[0], "--format", "json,html", "--out", html])
    let name = "/s05-rupture-repair-homework.json"
    let without = try JSONDecoder().decode(SessionSummary.self, from: Data(contentsOf: URL(fileURLWithPath: plain + name)))
    let with = try JSONDecoder().decode(SessionSummary.self, from: Data(contentsOf: URL(fileURLWithPath: html + name)))
    #expect(without.turnMarks == nil)
    let marks = try #require(with.turnMarks)
    #expect(marks.count == with.turns)
    #expect(marks.filter(\.rupture).count == with.indicators.ruptureRepair.ruptureTurns)
    #expect(marks.filter { $0.role == .therapist }.allSatisfy { $0.act != nil })
    #expect(marks.reduce(0) { $0 + $1.laughter } > 0)
  }

  @Test("session JSON with turn marks is valid against the session schema and round-trips")
  func turnMarksSchemaValid() throws {
    let out = try TestSupport.temporaryDirectory()
    let run = try TestSupport.rapport(["analyze"] + Self.corpusSessions + ["--format", "json,html", "--out", out])
    #expect(run.status == 0, "\(run.stderr)")
    let schema = try JSONSchemaValidator.load("session-2.schema.json")
    for name in ["s05-rupture-repair-homework.json", "s06-unrepaired-rupture.json"] {
      let json = try FileSystem.read(out + "/" + name)
      #expect(String(decoding: json, as: UTF8.self).contains("\"turnMarks\""))
      #expect(schema.problems(try JSONValue.parse(json)) == [], "\(name)")
      let summary = try JSONDecoder().decode(SessionSummary.self, from: Data(json))
      #expect(try JSONOutput.encode(summary) == json)
    }
  }

  @Test("report names an unreadable session file, writes the others, and exits 1")
  func reportSkipsBadSessionFile() throws {
    let out = try TestSupport.temporaryDirectory()
    _ = try TestSupport.rapport(["analyze"] + Self.corpusSessions + ["--format", "json,html", "--out", out])
    try Data(#"{"schema": "rapport-session/2", "session": 3}"#.utf8).write(to: URL(fileURLWithPath: out + "/broken.json"))
    try FileManager.default.removeItem(atPath: out + "/index.html")
    let run = try TestSupport.rapport(["report", out])
    #expect(run.status == 1)
    #expect(run.stderr.contains("error: \(out)/broken.json: cannot be read as a session summary ("))
    #expect(run.stderr.contains("wrote 3 page(s)"))
    #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
  }

  @Test("pages hold transcript text only with --include-hits")
  func transcriptText() throws {
    let folder = TestSupport.fixture("skeleton/e2e")
    let plain = try TestSupport.temporaryDirectory()
    let hits = try TestSupport.temporaryDirectory()
    _ = try TestSupport.rapport(["analyze", "sessions/first.txt", "--lexicon", "lexicon.xml", "--format", "html", "--out", plain], in: folder)
    _ = try TestSupport.rapport(
      ["analyze", "sessions/first.txt", "--lexicon", "lexicon.xml", "--format", "html", "--include-hits", "--out", hits], in: folder)
    let without = try String(contentsOfFile: plain + "/first.html", encoding: .utf8)
    let with = try String(contentsOfFile: hits + "/first.html", encoding: .utf8)
    for phrase in ["eggshells", "ashamed"] {
      #expect(!without.contains(phrase))
      #expect(with.contains(phrase))
    }
  }

  @Test("report names the folder when it holds no corpus.json, and exits 2")
  func reportErrors() throws {
    let empty = try TestSupport.temporaryDirectory()
    let run = try TestSupport.rapport(["report", empty])
    #expect(run.status == 2)
    #expect(run.stderr.contains("error: \(empty)/corpus.json: cannot be read as Rapport's corpus.json"))
    #expect(run.stderr.contains("Run `rapport analyze --out \(empty)` first"))
  }

  @Test("a session id with markup characters is escaped in the page and the link")
  func escapedSessionId() throws {
    let analysis = try CLI.analysis("hand-dialogue", session: "a<b>&\"c", options: AnalysisOptions()).0
    let page = SessionPage.html(analysis.summary)
    #expect(page.contains("Session a&lt;b&gt;&amp;&quot;c"))
    #expect(!page.contains("a<b>"))
    let corpus = CorpusSummary(
      schema: CorpusSummary.schemaVersion, tool: "rapport", toolVersion: "0", lexicons: [], options: [:], sessions: 1,
      failed: 1, words: 0, tables: [:], categories: [:], errors: [.init(file: "x<y>.txt", line: 3, message: "bad & worse")])
    let index = CorpusPage.html(corpus: corpus, sessions: [analysis.summary])
    #expect(index.contains(#"href="a%3Cb%3E%26%22c.html""#))
    #expect(index.contains("x&lt;y&gt;.txt") && index.contains("bad &amp; worse"))
  }
}
