import Foundation
import Testing
@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// `rapport lexicon import|export|info` run as a researcher would.
@Suite("rapport lexicon commands")
struct LexiconCommandTests {
  static let fixtures = LexiconTestKit.fixture("")

  @Test func importWritesValidXMLAndPrintsWarningsWithLines() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let out = folder + "/legacy.xml"
    let run = try TestSupport.rapport(["lexicon", "import", "legacy.dic", "--out", out], in: Self.fixtures)
    #expect(run.status == 0)
    let lines = run.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "legacy.dic:2: warning: parenthetical code '(Positive emotion)' after category 'posemo' is read as its label")
    #expect(lines.filter { $0.hasPrefix("legacy.dic:") && $0.contains(": warning: ") }.count == 17)
    #expect(lines.last == "rapport: imported 3 categories and 8 entries from legacy.dic into \(out) with 17 warning(s)")
    // The file validates against the schema (the loader checks it) and holds the same lexicon.
    let written = try LexiconLoader.load(path: out)
    let imported = try LexiconReader.read(path: LexiconTestKit.fixture("legacy.dic")).lexicon
    #expect(LexiconExportTests.content(written) == LexiconExportTests.content(imported))
  }

  @Test func importedXMLPassesXmllintWithThePublishedSchema() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let out = folder + "/weights.xml"
    #expect(try TestSupport.rapport(["lexicon", "import", "weights.dicx", "--out", out], in: Self.fixtures).status == 0)
    // xmllint is the schema's independent reader; skip quietly on a machine without it.
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
    process.arguments = ["--noout", "--schema", TestSupport.root + "/Schemas/lexicon-1.xsd", out]
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func exportToDicOnStandardOutput() throws {
    let run = try TestSupport.rapport(["lexicon", "export", "basic.dic", "--to", "dic"], in: Self.fixtures)
    #expect(run.status == 0)
    #expect(run.stdout == LexiconExportTests.basicDic)
    #expect(run.stderr == "")
  }

  @Test func exportReportsLossesAsWarnings() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try TestSupport.rapport(
      ["lexicon", "export", "Lexicons/modifiers.xml", "--to", "dicx", "--out", folder + "/m.dicx"])
    #expect(run.status == 0)
    #expect(run.stderr.split(separator: "\n").first == "Lexicons/modifiers.xml: warning: category 'negator' is a negator category; LIWC-22 .dicx keeps it as an ordinary category")
    let again = try LexiconReader.read(path: folder + "/m.dicx").lexicon
    #expect(again.categories.map(\.id) == ["negator", "intensifier", "hedge", "clause_boundary"])
  }

  @Test func infoListsCategoriesWithEntryCounts() throws {
    let run = try TestSupport.rapport(["lexicon", "info", "basic.dic"], in: Self.fixtures)
    #expect(run.status == 0)
    #expect(run.stdout == """
      basic 1 (en): 3 categories, 7 entries
      category  entries  with children  role  label
      fear            3                       fear
      sadness         2                       sadness
      we              2                       we

      """)
  }

  @Test func infoShowsTheHierarchy() throws {
    let run = try TestSupport.rapport(["lexicon", "info", "Lexicons/emotions.xml"])
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.dropFirst(2).map { $0.split(separator: " ").first.map(String.init) ?? "" } == [
      "negative_emotion", "fear", "shame", "guilt", "sadness", "anger", "anger_annoyance", "anger_hostility",
      "loneliness", "positive_emotion", "hope", "joy", "swear",
    ])
    #expect(lines[3].hasPrefix("  fear "))
    #expect(lines[8].hasPrefix("    anger_annoyance "))
  }

  @Test func aMissingLexiconIsAConfigurationError() throws {
    let run = try TestSupport.rapport(["lexicon", "info", "missing.dic"], in: Self.fixtures)
    #expect(run.status == 2)
    #expect(run.stderr == "error: missing.dic: cannot read the lexicon (no such file). Check the lexicon path.\n")
  }
}
