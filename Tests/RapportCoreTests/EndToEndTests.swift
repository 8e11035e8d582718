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

@Suite("rapport analyze, end to end")
struct EndToEndTests {
  static let folder = TestSupport.fixture("skeleton/e2e")

  @Test("analyze writes the expected JSON and CSV, reports the bad file, and exits 1")
  func analyze() throws {
    let out = try TestSupport.temporaryDirectory()
    let run = try TestSupport.rapport(["analyze", "sessions", "--lexicon", "lexicon.xml", "--out", out], in: Self.folder)
    #expect(run.status == 1)
    #expect(run.stderr.contains(
      "error: sessions/broken.txt: no speaker-labelled turns found. Start each turn with a label such as 'T:', 'Client:' or 'Dr. Lee:', or choose another format with --input-format."))
    #expect(run.stderr.contains("analyzed 2 of 3 session(s)"))
    for name in ["first.json", "second.json", "sessions.csv"] {
      let produced = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
      let expectedPath = Self.folder + "/expected/" + name
      if ProcessInfo.processInfo.environment["RAPPORT_UPDATE_GOLDEN"] != nil {
        try produced.write(toFile: expectedPath, atomically: true, encoding: .utf8)
      }
      #expect(produced == (try String(contentsOfFile: expectedPath, encoding: .utf8)), "\(name) differs from expected/\(name); RAPPORT_UPDATE_GOLDEN=1 swift test rewrites it")
    }
    #expect(!FileManager.default.fileExists(atPath: out + "/broken.json"))
  }

  @Test("the hand count of the first fixture session")
  func handCount() throws {
    let out = try TestSupport.temporaryDirectory()
    _ = try TestSupport.rapport(["analyze", "sessions/first.txt", "--lexicon", "lexicon.xml", "--out", out], in: Self.folder)
    let summary = try JSONDecoder().decode(SessionSummary.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/first.json")))
    let client = try #require(summary.speakers.first { $0.role == .client })
    let therapist = try #require(summary.speakers.first { $0.role == .therapist })
    // Client words: "I’m scared all the time" (5) + "I walk on eggshells at home" (6) + "and I’m
    // ashamed of it" (5) + "I don’t trust people" (4) + "But I trust you I think" (6) = 26.
    #expect(client.words == 26)
    // Therapist words: "What brings you in" (4) + "It sounds like it scares you" (6) + "Is this
    // a safe space to talk about it" (9) = 19.
    #expect(therapist.words == 19)
    // fear: "scared" (scare*), "walk on eggshells"; shame: "ashamed"; emotion rolls both up.
    #expect(client.categories["fear"] == CategoryCount(count: 2, negated: 0, weighted: 2, rate: 7.6923))
    #expect(client.categories["shame"]?.count == 1)
    #expect(client.categories["emotion"]?.count == 3)
    // trust: "don't trust" is negated; "But I trust you" is a new clause.
    #expect(client.categories["trust"] == CategoryCount(count: 2, negated: 1, weighted: 2, rate: 7.6923))
    // Therapist: "scares" (scare*) and "safe space".
    #expect(therapist.categories["fear"]?.count == 1)
    #expect(therapist.categories["trust"]?.count == 1)
    #expect(client.events == ["laughs": 1, "sighs": 1])
    #expect(summary.provenance.source.sha256 == TranscriptReader.sha256Hex(try FileSystem.read(Self.folder + "/sessions/first.txt")))
  }

  @Test("outputs hold no transcript text")
  func noTranscriptText() throws {
    let out = try TestSupport.temporaryDirectory()
    _ = try TestSupport.rapport(["analyze", "sessions", "--lexicon", "lexicon.xml", "--out", out], in: Self.folder)
    let json = try String(contentsOfFile: out + "/first.json", encoding: .utf8)
    for phrase in ["eggshells", "What brings you in", "trust people", "Fixture session"] {
      #expect(!json.contains(phrase))
    }
  }

  @Test("two runs give byte-identical files")
  func deterministic() throws {
    let first = try TestSupport.temporaryDirectory()
    let second = try TestSupport.temporaryDirectory()
    _ = try TestSupport.rapport(["analyze", "sessions", "--lexicon", "lexicon.xml", "--out", first, "--jobs", "1"], in: Self.folder)
    _ = try TestSupport.rapport(["analyze", "sessions", "--lexicon", "lexicon.xml", "--out", second, "--jobs", "2"], in: Self.folder)
    for name in ["first.json", "second.json", "sessions.csv"] {
      #expect(try Data(contentsOf: URL(fileURLWithPath: first + "/" + name)) == Data(contentsOf: URL(fileURLWithPath: second + "/" + name)))
    }
  }

  @Test("usage errors exit 2 with a message that says what to do")
  func usageErrors() throws {
    let missing = try TestSupport.rapport(["analyze", "nowhere", "--lexicon", "lexicon.xml", "--out", "/tmp/x"], in: Self.folder)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("error: nowhere: no such file or folder. Check the path, or run without paths to analyze ./Corpus."))
    let badLexicon = try TestSupport.rapport([
      "analyze", "sessions", "--lexicon", "sessions/first.txt", "--out", try TestSupport.temporaryDirectory(),
    ], in: Self.folder)
    #expect(badLexicon.status == 2)
    #expect(badLexicon.stderr.contains("error: sessions/first.txt: no lexicon entries found when reading the file as table (4 line(s) skipped). Check that this is a lexicon file, or name its format with --format."))
    let badWindow = try TestSupport.rapport(["analyze", "--window", "0"], in: Self.folder)
    #expect(badWindow.status == 2)
    #expect(badWindow.stderr.contains("--negation-window must be between 1 and 20 tokens; the default is 3."))
  }

  @Test("--version prints the version")
  func version() throws {
    let run = try TestSupport.rapport(["--version"])
    #expect(run.stdout.trimmingWhitespace() == RapportVersion.current)
  }

  @Test("session ids collide only by file name and are made unique by relative path")
  func sessionIDs() {
    let named = InputDiscovery.name([
      ("a/s01.txt", "site-a/s01.txt"), ("b/s01.txt", "site-b/s01.txt"), ("c/s02.txt", "s02.txt"),
    ])
    #expect(named.map(\.session) == ["site-a_s01", "site-b_s01", "s02"])
  }
}
