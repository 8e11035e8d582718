import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportTag

/// Paths and loaders shared by the validation suites.
enum ValidationFixtures {
  /// A fixture under Tests/RapportCoreTests/Fixtures/validation.
  static func path(_ relative: String) -> String { TestSupport.fixture("validation/" + relative) }

  static func lexicon() throws -> Lexicon { try LexiconLoader.load(path: path("lexicon.xml")) }

  static func matcher() throws -> Matcher { try Matcher(lexicons: [lexicon()]) }

  static func corpus() throws -> [BatchInput] { try InputDiscovery.inputs([path("corpus")]) }

  static func transcript(_ session: String) throws -> Transcript {
    try TranscriptReader.read(path: path("corpus/\(session).txt"))
  }
}

@Suite("Validation fixtures")
struct ValidationFixturesTests {
  @Test func fixtureCorpusReadsAsWritten() throws {
    let inputs = try ValidationFixtures.corpus()
    #expect(inputs.map(\.session) == ["v1", "v2", "v3"])
    let v1 = try ValidationFixtures.transcript("v1")
    #expect(v1.turns.count == 4)
    #expect(v1.turns[1].text == "I was scared on the bus. I am not scared now.")
    #expect(v1.speakers.map(\.role) == [.therapist, .client])
  }
}
