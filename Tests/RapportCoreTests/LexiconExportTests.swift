import Foundation
import Testing
@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportSupport
@testable import RapportTag
@testable import RapportValidation

/// Export to .dic and .dicx, the native XML writer, and round trips between the formats.
@Suite("Lexicon export and round trips")
struct LexiconExportTests {
  /// A lexicon without the things that depend on where it was read from (path, hash, lines).
  static func content(_ lexicon: Lexicon) -> Lexicon {
    var copy = lexicon
    copy.path = ""
    copy.sha256 = ""
    for index in copy.categories.indices {
      copy.categories[index].line = nil
      for entry in copy.categories[index].entries.indices { copy.categories[index].entries[entry].line = nil }
    }
    return copy
  }

  /// Categories with their entries as sorted `term=weight` strings, order-free.
  static func memberships(_ lexicon: Lexicon) -> [String: [String]] {
    Dictionary(uniqueKeysWithValues: lexicon.categories.map { category in
      (category.id, category.entries.map { "\($0.term)=\(LexiconExporter.decimal($0.weight))" }.sorted())
    })
  }

  static let basicDic = "%\n1\tfear\n2\tsadness\n3\twe\n%\nafraid\t1\nlet down\t1\t2\nsad\t2\nscare*\t1\nus\t3\nwe\t3\n"

  @Test func dicExportOfTheBasicFixture() throws {
    let imported = try LexiconReader.read(path: LexiconTestKit.fixture("basic.dic"))
    let export = try LexiconExporter.export(imported.lexicon, as: .dic)
    #expect(String(decoding: export.bytes, as: UTF8.self) == Self.basicDic)
    #expect(export.warnings.isEmpty)
  }

  @Test(arguments: ["basic.dic", "legacy.dic", "windows-1252.dic"])
  func dicToXMLToDicKeepsEntriesAndCategories(_ name: String) throws {
    let original = try LexiconReader.read(path: LexiconTestKit.fixture(name)).lexicon
    let xml = try original.xmlBytes()
    let fromXML = try LexiconLoader.load(bytes: xml, path: "round.xml")
    #expect(Self.content(fromXML) == Self.content(original))
    let dic = try LexiconExporter.export(fromXML, as: .dic).bytes
    let again = try LexiconReader.read(bytes: dic, path: "round.dic")
    #expect(again.warnings.isEmpty)
    #expect(again.lexicon.categories.map(\.id) == original.categories.map(\.id))
    #expect(Self.memberships(again.lexicon) == Self.memberships(original))
    #expect(try LexiconExporter.export(again.lexicon, as: .dic).bytes == dic)
  }

  @Test func dicxExportWritesXAndWeights() throws {
    let imported = try LexiconReader.read(path: LexiconTestKit.fixture("weights.dicx"))
    let export = try LexiconExporter.export(imported.lexicon, as: .dicx)
    #expect(String(decoding: export.bytes, as: UTF8.self) == """
      DicTerm,fear,calm,odd__name\r
      afraid,X,X,\r
      calm,,X,\r
      multi line,,,X\r
      relaxed,,X,\r
      serene,,0.25,\r
      walk* on eggshells,2.5,,\r
      "well, actually",,X,\r

      """)
    let again = try LexiconReader.read(bytes: export.bytes, path: "again.dicx")
    #expect(again.warnings.isEmpty)
    #expect(Self.memberships(again.lexicon) == Self.memberships(imported.lexicon))
  }

  @Test func termTableRoundTripKeepsWeights() throws {
    let imported = try LexiconReader.read(path: LexiconTestKit.fixture("weights.tsv"))
    let table = try LexiconExporter.export(imported.lexicon, as: .table).bytes
    #expect(String(decoding: table, as: UTF8.self) == "alone\tloneliness\nfed up\tanger\nfurious\tanger\t2\nirritated\tanger\t0.5\n")
    let again = try LexiconReader.read(bytes: table, path: "again.tsv")
    #expect(Self.memberships(again.lexicon) == Self.memberships(imported.lexicon))
  }

  @Test func exportWarnsAboutWhatTheFormatCannotHold() throws {
    let lexicon = try LexiconTestKit.lexicon("""
      <category id="neg" label="Negative"/>
      <category id="fear" label="Fear" parent="neg" negation="false">
        <entry term="afraid" weight="2"/><entry term="pay"><unless>pay attention</unless></entry>
      </category>
      <category id="nots" label="Negators" role="negator"><entry term="not"/></category>
      """, path: "rich.xml")
    let export = try LexiconExporter.export(lexicon, as: .dic)
    #expect(export.warnings.map(\.description) == [
      "rich.xml: warning: 1 entry has a weight other than 1; .dic has no weights, so they are dropped",
      "rich.xml: warning: 1 entry has exclusions (unless); LIWC .dic cannot hold them, so they are dropped",
      "rich.xml: warning: LIWC .dic has no category hierarchy; the entries of fear are also written under their parents' codes (LIWC style), but which category is whose child is not recorded",
      "rich.xml: warning: category 'nots' is a negator category; LIWC .dic keeps it as an ordinary category",
      "rich.xml: warning: negation is off for fear; LIWC .dic cannot say so",
    ])
    #expect(String(decoding: export.bytes, as: UTF8.self) == "%\n1\tneg\n2\tfear\n3\tnots\n%\nafraid\t1\t2\nnot\t3\npay\t1\t2\n")
    // With --no-rollup a parent keeps only its own entries.
    #expect(try String(decoding: LexiconExporter.export(lexicon, as: .dic, rollup: false).bytes, as: UTF8.self) == "%\n1\tneg\n2\tfear\n3\tnots\n%\nafraid\t2\nnot\t3\npay\t2\n")
    // .dicx keeps weights, so it does not warn about them.
    #expect(try !LexiconExporter.export(lexicon, as: .dicx).warnings.contains { $0.message.contains("weight") })
  }

  @Test(arguments: LexiconTestKit.shippedLexiconPaths)
  func theXMLWriterKeepsEverythingOfAShippedLexicon(_ path: String) throws {
    let original = try LexiconLoader.load(path: path)
    let again = try LexiconLoader.load(bytes: original.xmlBytes(), path: "again.xml")
    #expect(Self.content(again) == Self.content(original))
  }

  @Test(arguments: [(1.0, "1"), (2.5, "2.5"), (-3, "-3"), (0.25, "0.25"), (0.00001, "0.00001"), (-1.5e-7, "-0.00000015"), (1e20, "100000000000000000000"), (1.25e16, "12500000000000000")])
  func weightsAreWrittenAsPlainDecimals(_ value: Double, _ written: String) {
    #expect(LexiconExporter.decimal(value) == written)
  }
}
