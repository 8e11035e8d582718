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
@testable import RapportText
@testable import RapportValidation

/// `rapport analyze --lexicon fixture.dic` against a count made by hand.
///
/// The hand count (built-in modifiers apply because the .dic defines none):
///
/// - T, 27 words: `we` (ties); `sad` (sad); `crying` (sad, negated: "not" three words
///   before, "It's not that you're crying"); `let down` (sad, after "but", so not negated).
/// - C, 42 words: `worried`, `panic attack`, `worried` (negated: "I'm not worried"), `worry`
///   (after "but") → worry 4, 1 negated; `crying`, `sad` (negated: "Not sad"), `let down`
///   (new sentence), `crying` (negated: "not worried about crying", three words) → sad 4,
///   2 negated; `friends`, `We`, `friendships` → ties 3. `crying` meets the exact entry
///   `crying` and the wildcard `cry*` of one category and counts once.
@Suite("Hand count through the CLI")
struct LexiconHandCountTests {
  struct Expected: Sendable {
    var role: String
    var words: Int
    var counts: [String: (count: Int, negated: Int, rate: Double)]
  }

  static let expected = [
    Expected(role: "therapist", words: 27, counts: [
      "worry": (0, 0, 0), "sad": (3, 1, 11.1111), "ties": (1, 0, 3.7037),
    ]),
    Expected(role: "client", words: 42, counts: [
      "worry": (4, 1, 9.5238), "sad": (4, 2, 9.5238), "ties": (3, 0, 7.1429),
    ]),
  ]

  /// Runs the CLI on the fixture transcript with `lexicon` and returns the session JSON.
  static func analyze(with lexicon: String) throws -> [String: Any] {
    let out = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try TestSupport.rapport(
      ["analyze", "--lexicon", lexicon, LexiconTestKit.fixture("handcount.txt"), "--out", out])
    #expect(run.status == 0, "\(run.stderr)")
    let data = try #require(FileManager.default.contents(atPath: out + "/handcount.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  static func check(_ session: [String: Any]) throws {
    let speakers = try #require(session["speakers"] as? [[String: Any]])
    for want in expected {
      let speaker = try #require(speakers.first { $0["role"] as? String == want.role })
      #expect(speaker["words"] as? Int == want.words)
      let categories = try #require(speaker["categories"] as? [String: [String: Any]])
      #expect(Set(categories.keys) == ["worry", "sad", "ties"])
      for (id, count) in want.counts {
        let got = try #require(categories[id])
        #expect(got["count"] as? Int == count.count, "\(want.role) \(id) count")
        #expect(got["negated"] as? Int == count.negated, "\(want.role) \(id) negated")
        #expect(got["weighted"] as? Double == Double(count.count), "\(want.role) \(id) weighted")
        #expect(got["rate"] as? Double == count.rate, "\(want.role) \(id) rate")
      }
    }
  }

  @Test func analyzeWithADicMatchesTheHandCount() throws {
    let session = try Self.analyze(with: LexiconTestKit.fixture("handcount.dic"))
    try Self.check(session)
    let provenance = try #require(session["provenance"] as? [String: Any])
    let lexicons = try #require(provenance["lexicons"] as? [[String: Any]])
    #expect(lexicons.map { $0["path"] as? String } == [LexiconTestKit.fixture("handcount.dic"), "(built-in)"])
  }

  @Test(arguments: [LexiconFormat.dicx, .table, .xml])
  func analyzeTakesEveryImportableFormatDirectly(_ format: LexiconFormat) throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let lexicon = try LexiconReader.read(path: LexiconTestKit.fixture("handcount.dic")).lexicon
    let path = folder + "/handcount." + format.fileExtension
    try FileSystem.writeAtomically(LexiconExporter.export(lexicon, as: format).bytes, to: path)
    try Self.check(try Self.analyze(with: path))
  }
}
