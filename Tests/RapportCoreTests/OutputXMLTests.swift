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

/// Session XML: written with libxml2's writer, valid against Schemas/session-2.xsd, and
/// saying what the JSON says.
@Suite struct OutputXMLTests {
  static let xsd = Array(EmbeddedSchemas.all[SessionXML.schemaFile]!.utf8)

  static func summary(_ fixture: String = "hand-dialogue", hits: Bool = true, segments: Int = 3) throws -> SessionSummary {
    try CLI.analysis(fixture, session: fixture, options: AnalysisOptions(segments: segments, includeHits: hits, composite: true))
      .0.summary
  }

  @Test(arguments: ["hand-dialogue", "named-speakers", "two-words"])
  func documentsAreValid(fixture: String) throws {
    for hits in [false, true] {
      let bytes = try SessionXML.encode(try Self.summary(fixture, hits: hits))
      #expect(throws: Never.self) { try LibXML.read(bytes, name: fixture + ".xml", schema: Self.xsd) }
    }
  }

  @Test func theXMLSaysWhatTheJSONSays() throws {
    let summary = try Self.summary()
    let root = try LibXML.read(try SessionXML.encode(summary), name: "hand.xml", schema: Self.xsd)
    #expect(root[attribute: "schema"] == SessionSummary.schemaVersion)
    #expect(root[attribute: "words"] == "44")
    let indicators = try #require(root.children(named: "indicators").first)
    let lsm = try #require(indicators.children(named: "languageStyleMatching").first)
    #expect(lsm[attribute: "session"] == "0.2766")
    #expect(lsm.children(named: "segment").map { $0[attribute: "value"] } == ["0.6667", "0.7193", "0.6162"])
    let miti = try #require(indicators.children(named: "miti").first)
    #expect(miti[attribute: "rqBand"] == "fair")
    let rupture = try #require(indicators.children(named: "ruptureRepair").first)
    #expect(rupture.children(named: "sequence").map { [$0[attribute: "ruptureTurn"], $0[attribute: "repairTurn"]] } == [["6", "7"]])
    let client = try #require(root.children(named: "speaker").first { $0[attribute: "role"] == "client" })
    let segment2 = try #require(client.children(named: "categories").first { $0[attribute: "segment"] == "2" })
    let trust = try #require(segment2.children(named: "category").first { $0[attribute: "id"] == "trust" })
    #expect(trust[attribute: "rate"] == "12.5")  // 1 of 8 words
    #expect(root.children(named: "hits").first?.children.count == summary.hits?.count)
  }

  @Test func nullValuesAreLeftOutAttributes() throws {
    // Two words in three segments: the client says nothing in segments 1 and 3.
    let root = try LibXML.read(try SessionXML.encode(try Self.summary("two-words")), name: "two.xml", schema: Self.xsd)
    let indicators = try #require(root.children(named: "indicators").first)
    let trajectory = try #require(indicators.children(named: "affectTrajectory").first?.children.first)
    #expect(trajectory[attribute: "slope"] == nil)
    #expect(trajectory.children.map { $0[attribute: "value"] } == [nil, "0", nil])
    #expect(indicators.children(named: "miti").first?[attribute: "rqBand"] == nil)
    #expect(indicators.childText("note")?.hasPrefix("no therapist question") == true)
  }

  @Test func theSchemaRejectsWhatItDoesNotDescribe() throws {
    let text = String(decoding: try SessionXML.encode(try Self.summary(hits: false)), as: UTF8.self)
    for (from, to) in [("rqBand=\"fair\"", "rqBand=\"great\""), ("<warnings/>", ""), ("session=\"0.2766\"", "session=\"1.5\"")] {
      #expect(text.contains(from))
      let broken = Array(text.replacingOccurrences(of: from, with: to).utf8)
      #expect(throws: LibXML.Failure.self) { try LibXML.read(broken, name: "broken.xml", schema: Self.xsd) }
    }
  }

  @Test func controlCharactersAreReplacedNotWritten() throws {
    #expect(XMLValue.clean("a\u{1}b\tc\n") == "a\u{FFFD}b\tc\n")
    var summary = try Self.summary(hits: false)
    summary.speakers[0].label = "T\u{7}"
    #expect(throws: Never.self) { try LibXML.read(try SessionXML.encode(summary), name: "c.xml", schema: Self.xsd) }
  }
}

/// Outputs hold no transcript text unless hits are asked for.
@Suite struct OutputPrivacyTests {
  @Test func noTranscriptTextWithoutIncludeHits() throws {
    let out = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let outcome = try TestSupport.rapport([
      "analyze", CLI.analysisFixtures, "--lexicon", CLI.miniLexicon, "--out", out.path, "--format", "json,xml,csv",
      "--turns", "--composite",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    for (name, bytes) in try CLI.files(in: out) {
      let text = String(decoding: bytes, as: UTF8.self).lowercased()
      for phrase in ["welcome back", "slow down", "question mark", "less sad", "how are you", "whatever"] {
        #expect(!text.contains(phrase), "\(name) holds transcript text '\(phrase)'")
      }
    }
  }
}
