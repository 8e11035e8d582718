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

/// The built `rapport` run on the fixtures from the package root, compared with committed
/// expected output (Fixtures/validation/expected).
@Suite("Validation commands end to end")
struct ValidationCommandTests {
  static let fixtures = "Tests/RapportCoreTests/Fixtures/validation"

  func expected(_ name: String) throws -> String {
    String(decoding: try FileSystem.read(ValidationFixtures.path("expected/" + name)), as: UTF8.self)
  }

  @Test func validateWritesTheReportsAndASummary() throws {
    let out = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let arguments = [
      "lexicon", "validate", "--lexicon", "\(Self.fixtures)/lexicon.xml", "--corpus", "\(Self.fixtures)/corpus",
      "--gold", "\(Self.fixtures)/gold", "--out", out,
    ]
    let run = try TestSupport.rapport(arguments)
    #expect(run.status == 0)
    #expect(run.stdout == """
      validated 5 categories (12 entries) on 3 sessions, 82 words
        never matching: 1 entries in 1 categories; dominating: 8 entries
        reliability: alpha for 4 of 5 categories, median -14.5288, lowest -45.1691
        gold (2 sessions, 2 categories): micro precision 0.7, recall 0.875, F1 0.7778; macro F1 0.75
        lowest F1: calm 0.6667, fear 0.8333
        therapist acts: accuracy 1 over 4 turns
        gold warnings: 1 (listed in the report)
      wrote validation.json and validation.md to \(out)

      """)
    #expect(run.stderr.contains("warning: \(Self.fixtures)/gold/v1.gold:6: category 'empathy' is not defined"))
    let markdown = String(decoding: try FileSystem.read(out + "/validation.md"), as: UTF8.self)
    #expect(markdown == (try expected("validation.md")))

    // The JSON report: sorted keys, the same bytes on a second run.
    let json = try FileSystem.read(out + "/validation.json")
    let again = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: again) }
    _ = try TestSupport.rapport(Array(arguments.dropLast()) + [again])
    #expect(try FileSystem.read(again + "/validation.json") == json)
    let decoded = try JSONDecoder().decode(ValidationReport.self, from: Data(json))
    #expect(decoded.schema == "rapport-lexicon-validation/1")
    #expect(decoded.gold?.micro == AgreementScore(truePositives: 7, falsePositives: 3, falseNegatives: 1))
    let text = String(decoding: json, as: UTF8.self)
    #expect(text.contains("\"categories\" : [\n    {\n      \"alpha\" : {"))
  }

  @Test func goldLinesThatDoNotMatchStopTheRun() throws {
    let out = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try TestSupport.rapport([
      "lexicon", "validate", "--lexicon", "\(Self.fixtures)/lexicon.xml", "--corpus", "\(Self.fixtures)/corpus",
      "--gold", "\(Self.fixtures)/badgold", "--out", out,
    ])
    #expect(run.status == 2)
    let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
    #expect(errors.count == 10)
    #expect(errors.first == "error: \(Self.fixtures)/badgold/v1.gold:2: the span \"scared on the train\" does not occur in turn 2 of \(Self.fixtures)/corpus/v1.txt (line 3). Copy the span character for character from that turn.")
    #expect(run.stderr.hasSuffix("rapport: 10 gold line(s) do not match their transcripts; fix them, or run with --no-gold\n"))
    #expect(!FileSystem.exists(out + "/validation.json"))
  }

  @Test func kwicPrintsAlignedLines() throws {
    let run = try TestSupport.rapport([
      "kwic", "worr*", "\(Self.fixtures)/corpus", "--lexicon", "\(Self.fixtures)/lexicon.xml", "--window", "4",
    ])
    #expect(run.status == 0)
    #expect(run.stdout == (try expected("kwic-worry.txt")))
    #expect(run.stderr == "rapport: 3 match(es) in 3 session(s)\n")
  }

  @Test func helpSaysTheOutputHoldsTranscriptText() throws {
    for command in [["kwic"], ["lexicon", "validate"], ["lexicon", "suggest"]] {
      let run = try TestSupport.rapport(command + ["--help"])
      let words = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(words.contains("contains transcript text") || words.contains("contain transcript text"), "\(command)")
    }
  }

  @Test func suggestPrintsCandidatesWithSamples() throws {
    let run = try TestSupport.rapport([
      "lexicon", "suggest", "--category", "fear", "--corpus", "\(Self.fixtures)/suggest", "--lexicon",
      "\(Self.fixtures)/lexicon.xml",
    ])
    #expect(run.status == 0)
    #expect(run.stdout == """
      Candidate entries for 'fear' (Fear); review each before adding it.
      Anchors: 5 hits of the category's entries in 4 sessions; context: 10 words each side (45 of 206 words).
      Ranked by log-likelihood G² of in-context against elsewhere; at least 3 times in context, in 2 sessions, G² at least 3.84.

      #  candidate  context  total  sessions       G2     PMI  also in
      1  trembling        4      4         3  12.4581  2.1946
         s1 turn 2 C: I was scared and | trembling | at the station. The train was
         s1 turn 3 T: Scared and | trembling | . What happened next?

      """)
  }
}
