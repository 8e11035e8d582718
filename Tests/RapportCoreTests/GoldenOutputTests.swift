import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportResources
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// The CLI on the fixture transcripts, compared byte for byte with the committed files in
/// Fixtures/golden/. After an intended change to the outputs, regenerate them with
/// `RAPPORT_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests`, review the diff, and commit.
@Suite struct GoldenOutputTests {
  static let golden = CLI.fixtures.appendingPathComponent("golden")
  static let arguments = [
    "analyze", CLI.analysisFixtures, "--lexicon", CLI.miniLexicon, "--format", "json,xml,csv", "--turns",
    "--include-hits", "--composite", "--segments", "3", "--jobs", "2",
  ]

  @Test func outputsMatchTheCommittedGoldenFiles() throws {
    let out = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let outcome = try TestSupport.rapport(Self.arguments + ["--out", out.path])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let produced = try CLI.files(in: out)

    if ProcessInfo.processInfo.environment["RAPPORT_UPDATE_GOLDEN"] == "1" {
      try? FileManager.default.removeItem(at: Self.golden)
      try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
      for (name, bytes) in produced { try Data(bytes).write(to: Self.golden.appendingPathComponent(name)) }
      return
    }
    let expected = try CLI.files(in: Self.golden)
    #expect(produced.keys.sorted() == expected.keys.sorted())
    for name in expected.keys.sorted() {
      guard let bytes = produced[name] else { continue }
      let same = bytes == expected[name]
      #expect(same, "\(name) differs from Fixtures/golden/\(name); if the change is intended, regenerate with RAPPORT_UPDATE_GOLDEN=1")
      if !same { reportFirstDifference(name, bytes, expected[name]!) }
    }
  }

  /// The golden run (hits, composite, empty segments, nulls) is valid against both schemas.
  @Test func goldenFilesAreSchemaValid() throws {
    let xsd = Array(EmbeddedSchemas.all[SessionXML.schemaFile]!.utf8)
    let json = try JSONSchemaValidator.load("session-2.schema.json")
    for (name, bytes) in try CLI.files(in: Self.golden) {
      if name == "corpus.json" {
        #expect(try JSONSchemaValidator.load("corpus-1.schema.json").problems(try JSONValue.parse(bytes)) == [])
      } else if name.hasSuffix(".json") {
        #expect(json.problems(try JSONValue.parse(bytes)) == [], "\(name)")
      } else if name.hasSuffix(".xml") {
        #expect(throws: Never.self, "\(name)") { try LibXML.read(bytes, name: name, schema: xsd) }
      }
    }
  }

  /// The golden set covers every output file and format.
  @Test func goldenSetHoldsEveryOutput() throws {
    let names = Set(try FileManager.default.contentsOfDirectory(atPath: Self.golden.path))
    for session in ["hand-dialogue", "named-speakers", "two-words"] {
      #expect(names.contains(session + ".json"))
      #expect(names.contains(session + ".xml"))
    }
    for table in ["sessions.csv", "categories.csv", "turns.csv", "corpus.json"] { #expect(names.contains(table)) }
    #expect(!names.contains(".rapport-parts"), "part files must be cleaned up")
  }

  private func reportFirstDifference(_ name: String, _ produced: [UInt8], _ expected: [UInt8]) {
    let a = String(decoding: produced, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let b = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) where (index < a.count ? a[index] : "") != (index < b.count ? b[index] : "") {
      Issue.record("\(name):\(index + 1): produced «\(index < a.count ? a[index] : "")» expected «\(index < b.count ? b[index] : "")»")
      return
    }
  }
}
