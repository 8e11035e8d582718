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

/// The importers, on fixtures with every legacy quirk: exact categories, entries and warnings.
@Suite("Lexicon import")
struct ImportFormatsTests {
  /// Each category as `id (label): term@line, term=weight@line, …`.
  static func outline(_ lexicon: Lexicon) -> [String] {
    lexicon.categories.map { category in
      "\(category.id) (\(category.label)): " + category.entries.map { entry in
        entry.term + (entry.weight == 1 ? "" : "=\(LexiconExporter.decimal(entry.weight))")
          + "@\(entry.line.map(String.init) ?? "?")"
      }.joined(separator: ", ")
    }
  }

  static func read(_ name: String) throws -> LexiconImport {
    try LexiconReader.read(path: LexiconTestKit.fixture(name))
  }

  @Test func basicDic() throws {
    let imported = try Self.read("basic.dic")
    #expect(Self.outline(imported.lexicon) == [
      "fear (fear): afraid@6, scare*@7, let down@9",
      "sadness (sadness): sad@8, let down@9",
      "we (we): we@10, us@11",
    ])
    #expect(imported.warnings.isEmpty)
    #expect(imported.lexicon.name == "basic")
    #expect(imported.lexicon.categories.allSatisfy { $0.role == .content && $0.negation && $0.parent == nil })
  }

  @Test func legacyDicQuirksAreRepairedOrSkippedWithTheirLines() throws {
    let imported = try Self.read("legacy.dic")
    #expect(Self.outline(imported.lexicon) == [
      "posemo (Positive emotion): happy@8, hope*@10, like@12, calm@21",
      "negemo (negemo): sad@9, like@12",
      "c2nd-person (2nd-person): hope*@10, you@20",
    ])
    let file = LexiconTestKit.fixture("legacy.dic")
    #expect(imported.warnings.map(\.description) == [
      "\(file):2: warning: parenthetical code '(Positive emotion)' after category 'posemo' is read as its label",
      "\(file):4: warning: category number 2 is defined again (first on line 3); the repeat is skipped",
      "\(file):5: warning: header line 'x bogus' is not 'number<TAB>name'; skipped",
      "\(file):6: warning: category name '2nd-person' is not a valid identifier; its id is 'c2nd-person'",
      "\(file):8: warning: fields are separated by runs of tabs or by spaces (here and perhaps later); each run is read as one separator",
      "\(file):9: warning: category of entry 'sad' given by name 'negemo' instead of number; read as category 'negemo'",
      "\(file):11: warning: entry 'sad' appears again (first on line 9); its categories are merged",
      "\(file):12: warning: conditional category code '134/125(02 134)' of entry 'like' is not supported; skipped, the entry keeps its plain categories",
      "\(file):13: warning: conditional category code '(2)<of>1' of entry 'kind' is not supported; skipped, the entry keeps its plain categories",
      "\(file):13: warning: entry 'kind' has no usable category; skipped",
      "\(file):14: warning: category number 9 of entry 'glad' is not in the header; ignored",
      "\(file):14: warning: entry 'glad' has no usable category; skipped",
      "\(file):15: warning: category 'angry' of entry 'mad' is not in the header; ignored",
      "\(file):15: warning: entry 'mad' has no usable category; skipped",
      "\(file):17: warning: line has categories but no entry before them; skipped",
      "\(file):18: warning: entry 'joy' has no usable category; skipped",
      "\(file):19: warning: entry 'happy' appears again (first on line 8); its categories are merged",
    ])
  }

  @Test func windows1252DicIsDecodedThroughICU() throws {
    let imported = try Self.read("windows-1252.dic")
    #expect(Self.outline(imported.lexicon) == [
      "food (food): café@5, crème brûlée@6",
      "talk (talk): naïve@7, don’t know@8, “so to speak”@9, résumé@10",
    ])
    #expect(imported.warnings.isEmpty)
    // The curly apostrophe from byte 0x92 meets straight apostrophes in text.
    let matcher = try Matcher(lexicons: [imported.lexicon], builtInModifiers: false)
    #expect(try LexiconTestKit.hits("I don't know. Résumé.", matcher: matcher)
      == ["talk=don't know[don’t know]", "talk=Résumé[résumé]"])
  }

  @Test func dicx() throws {
    let imported = try Self.read("weights.dicx")
    #expect(Self.outline(imported.lexicon) == [
      "fear (fear): afraid@2, walk* on eggshells=2.5@4",
      "calm (calm): relaxed@3, well, actually@5, calm@9, afraid@2, serene=0.25@13",
      "odd__name (odd, name): multi line@7",
    ])
    let file = LexiconTestKit.fixture("weights.dicx")
    #expect(imported.warnings.map(\.description) == [
      "\(file):1: warning: category name 'odd, name' is not a valid identifier; its id is 'odd__name'",
      "\(file):6: warning: entry 'ok' is in no category; skipped",
      "\(file):9: warning: cell 'maybe' of entry 'calm' under 'odd__name' is neither X nor a number; ignored",
      "\(file):10: warning: row has categories but no entry; skipped",
      "\(file):11: warning: entry 'afraid' appears again (first on line 2); its categories are merged",
      "\(file):12: warning: entry 'nothing' is in no category; skipped",
      "\(file):13: warning: row has 5 cells but the header names 4 columns; the extra cells are ignored",
    ])
  }

  @Test func dicxWithEntryHeaderAndByteOrderMark() throws {
    let bytes = Array("\u{FEFF}Entry,Trust\nrely on,1\nfaith*,X\n".utf8)
    let imported = try LexiconReader.read(bytes: bytes, path: "x.dicx")
    #expect(Self.outline(imported.lexicon) == ["Trust (Trust): rely on@2, faith*@3"])
  }

  @Test func emoLexLayoutSkipsZeroRows() throws {
    let imported = try Self.read("emolex.txt")
    #expect(Self.outline(imported.lexicon) == [
      "fear (fear): abandon@3, dread@10",
      "sadness (sadness): abandon@4",
      "joy (joy): cheer@7",
    ])
    #expect(imported.warnings.isEmpty)
  }

  @Test func termTableWithWeights() throws {
    let imported = try Self.read("weights.tsv")
    #expect(Self.outline(imported.lexicon) == [
      "anger (anger): furious=2@4, fed up@5, irritated=0.5@6",
      "loneliness (loneliness): alone@10",
    ])
    let file = LexiconTestKit.fixture("weights.tsv")
    #expect(imported.warnings.map(\.description) == [
      "\(file):7: warning: weight 'lots' of entry 'calm' is not a number; skipped",
      "\(file):8: warning: line 'lonely' is not 'term<TAB>category[<TAB>weight]'; skipped",
      "\(file):9: warning: entry 'furious' is already in category 'anger' (line 4); the repeat is skipped",
      "\(file):10: warning: line has 4 fields; those after the third are ignored",
    ])
  }

  struct Broken: Sendable, CustomTestStringConvertible {
    var path: String
    var text: String
    var error: RapportError
    var testDescription: String { path }
  }

  static let broken: [Broken] = [
    Broken(path: "no-header.dic", text: "\nafraid\t1\n", error: RapportError(
      .configuration, file: "no-header.dic", line: 2,
      problem: "not a LIWC .dic file: it must start with a '%' line that opens the category header",
      remedy: "Check the file, or name its format with --format")),
    Broken(path: "open.dic", text: "%\n1\tfear\nafraid\t1\n", error: RapportError(
      .configuration, file: "open.dic", line: 1,
      problem: "the category header opened here is never closed by a second '%' line",
      remedy: "Add a line holding only '%' after the last category")),
    Broken(path: "bad.dicx", text: "Word,fear\nafraid,X\n", error: RapportError(
      .configuration, file: "bad.dicx", line: 1,
      problem: "not a LIWC-22 .dicx file: the first cell of the header row must be 'DicTerm' or 'Entry'",
      remedy: "Check the file, or name its format with --format")),
  ]

  @Test(arguments: broken)
  func unreadableFilesAreErrorsNotCrashes(_ example: Broken) {
    #expect(throws: example.error) { try LexiconReader.read(bytes: Array(example.text.utf8), path: example.path) }
  }

  @Test func controlCharactersAndGarbageNeverCrash() throws {
    let bytes: [UInt8] = Array("%\n1\tx\n%\nbad\u{1}term\t1\nok\t1\n".utf8) + [0xFF, 0xFE, 0x00, 0x09, 0x31, 0x0A]
    let imported = try LexiconReader.read(bytes: bytes, path: "g.dic")
    #expect(imported.lexicon.categories.first?.entries.contains { $0.term == "ok" } == true)
    #expect(imported.warnings.contains { $0.message.contains("control characters") })
    // Whatever was kept writes as XML that reads back.
    _ = try LexiconLoader.load(bytes: imported.lexicon.xmlBytes(), path: "g.xml")
  }

  @Test(arguments: [
    ("a.xml", LexiconFormat.xml), ("a.DIC", .dic), ("a.dicx", .dicx), ("a.csv", .dicx), ("a.tsv", .table),
    ("a.txt", .table), ("dir.d/noext", .table),
  ])
  func formatFromExtension(_ path: String, _ format: LexiconFormat) {
    #expect(LexiconFormat.detect(path: path, bytes: []) == format)
  }

  @Test(arguments: [
    ("<?xml version=\"1.0\"?>", LexiconFormat.xml), ("%\n1\ta\n%", .dic), ("DicTerm,a\n", .dicx),
    ("word\temotion\t1", .table),
  ])
  func formatFromContentWhenTheExtensionSaysNothing(_ text: String, _ format: LexiconFormat) {
    #expect(LexiconFormat.detect(path: "lexicon", bytes: Array(text.utf8)) == format)
  }
}
