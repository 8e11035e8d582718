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
@testable import RapportText
@testable import RapportValidation

/// `rapport analyze --format json,xml,csv` over the Corpus: every XML file valid against
/// Schemas/session-2.xsd (libxml2), every JSON file valid against Schemas/session-2.schema.json,
/// corpus.json against Schemas/corpus-1.schema.json, and every CSV well-formed RFC 4180 with the
/// documented columns.
@Suite struct OutputCorpusValidationTests {
  @Test func everyFileOfACorpusRunIsSchemaValid() throws {
    let out = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    // Without --include-hits: hits multiply the files' size tenfold; the golden run checks them.
    let outcome = try TestSupport.rapport(["analyze", "--out", out.path, "--format", "json,xml,csv", "--turns", "--composite"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let files = try CLI.files(in: out)
    let sessions = files.keys.filter { $0.hasSuffix(".xml") }.map { String($0.dropLast(4)) }.sorted()
    #expect(sessions.count == 33)

    let xsd = Array(EmbeddedSchemas.all[SessionXML.schemaFile]!.utf8)
    let sessionSchema = try JSONSchemaValidator.load("session-2.schema.json")
    var summaries: [SessionSummary] = []
    for session in sessions {
      do {
        let root = try LibXML.read(files[session + ".xml"]!, name: session + ".xml", schema: xsd)
        #expect(root.name == "session" && root.namespace == SessionXML.namespace)
      } catch {
        Issue.record("\(session).xml is not valid: \(error.diagnostics.map { "\($0.line): \($0.message)" })")
      }
      let json = files[session + ".json"]!
      #expect(sessionSchema.problems(try JSONValue.parse(json)) == [], "\(session).json")
      // The JSON decodes into the summary type and encodes back to the same bytes.
      let summary = try JSONDecoder().decode(SessionSummary.self, from: Data(json))
      #expect(try JSONOutput.encode(summary) == json, "\(session).json does not round-trip")
      summaries.append(summary)
    }
    let corpus = try JSONValue.parse(files["corpus.json"]!)
    #expect(try JSONSchemaValidator.load("corpus-1.schema.json").problems(corpus) == [])
    #expect(corpus["sessions"] == .number(33, isInteger: true))

    let categories = summaries[0].speakers[0].categories.count
    let sessionsCSV = try RFC4180.parse(files["sessions.csv"]!)
    let categoriesCSV = try RFC4180.parse(files["categories.csv"]!)
    let turnsCSV = try RFC4180.parse(files["turns.csv"]!)
    for table in [sessionsCSV, categoriesCSV, turnsCSV] {
      #expect(table.dropFirst().allSatisfy { $0.count == table[0].count })
    }
    #expect(sessionsCSV.count == 1 + 33)
    #expect(sessionsCSV.dropFirst().map { $0[0] } == sessions)
    #expect(categoriesCSV[0] == CategoriesTable.header)
    #expect(categoriesCSV.count == 1 + summaries.reduce(0) { $0 + $1.speakers.count } * 6 * categories)
    #expect(turnsCSV.count == 1 + summaries.reduce(0) { $0 + $1.turns })
    #expect(turnsCSV[0].prefix(8) == ["session", "turn", "speaker", "role", "start", "words", "segment", "act"])
  }

  @Test func theEmbeddedSchemasAreTheOnesInSchemasFolder() throws {
    for name in ["session-2.xsd", "session-2.schema.json", "corpus-1.schema.json"] {
      let file = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Schemas/\(name)"), encoding: .utf8)
      #expect(EmbeddedSchemas.all[name] == file, "\(name): the build embeds Schemas/ (Sources/RapportResources)")
    }
  }
}
