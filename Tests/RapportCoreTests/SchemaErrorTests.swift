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
@testable import RapportValidation

@Suite("Native lexicon loading")
struct SchemaErrorTests {
  @Test("a valid lexicon loads with its categories, entries and lines")
  func loads() throws {
    let lexicon = try TestSupport.lexicon(TestSupport.lexiconXML([("fear", ["afraid", "scare*"]), ("trust", ["trust*"])]))
    #expect(lexicon.name == "test")
    #expect(lexicon.categories.map(\.id) == ["fear", "trust"])
    #expect(lexicon.categories[0].entries.map(\.term) == ["afraid", "scare*"])
    #expect(lexicon.categories[0].entries[0].line == 4)
    #expect(lexicon.sha256.count == 64)
  }

  @Test(
    "schema and syntax errors name the file, the line and what is wrong",
    arguments: [
      (
        TestSupport.lexiconXML([("fear", ["afraid"])]).replacingOccurrences(of: "<entry term=\"afraid\"/>", with: "<entry/>"),
        "bad.xml:4: not a valid Rapport lexicon: Element '{urn:rapport:lexicon:1}entry': The attribute 'term' is required but missing. Fix the file so it matches Schemas/lexicon-1.xsd (docs/lexicon-format.md describes the format)."
      ),
      (
        TestSupport.lexiconXML([("fear", ["afraid"])]).replacingOccurrences(of: "</category>", with: "</categry>"),
        "bad.xml:5: not a valid Rapport lexicon: Opening and ending tag mismatch: category line 3 and categry. Fix the file so it matches Schemas/lexicon-1.xsd (docs/lexicon-format.md describes the format)."
      ),
      (
        TestSupport.lexiconXML([("fear", ["afraid"]), ("fear", ["scared"])]),
        "bad.xml:6: not a valid Rapport lexicon: Element '{urn:rapport:lexicon:1}category': Duplicate key-sequence ['fear'] in unique identity-constraint '{urn:rapport:lexicon:1}uniqueCategoryId'. Fix the file so it matches Schemas/lexicon-1.xsd (docs/lexicon-format.md describes the format)."
      ),
      (
        TestSupport.lexiconXML([("fear", ["afraid"])]).replacingOccurrences(of: "<category id=\"fear\" label=\"fear\">", with: "<category id=\"fear\" label=\"fear\" parent=\"emotion\">"),
        "bad.xml:3: category 'fear' names parent 'emotion', which the lexicon does not define. Define a category with id 'emotion' or correct the parent attribute."
      ),
    ])
  func errors(xml: String, message: String) {
    do {
      _ = try TestSupport.lexicon(xml, path: "bad.xml")
      Issue.record("expected an error")
    } catch {
      #expect(error.description == message)
      #expect(error.exitStatus == 2)
    }
  }

  @Test("a DOCTYPE's external entity is never fetched or expanded")
  func noExternalEntities() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE lexicon [<!ENTITY leak SYSTEM "file:///etc/hostname">]>
      <lexicon xmlns="urn:rapport:lexicon:1" name="x" version="1" language="en">
        <category id="a" label="&leak;"><entry term="word"/></category>
      </lexicon>
      """
    let lexicon = try? TestSupport.lexicon(xml)
    let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingWhitespace() ?? "\u{0}"
    #expect(lexicon.map { !$0.categories[0].label.contains(hostname) } ?? true)
  }

  @Test("the embedded schemas are the ones published in Schemas/")
  func embeddedSchemas() throws {
    let published = FileSystem.files(under: TestSupport.root + "/Schemas")
    #expect(!published.isEmpty)
    // Every file in Schemas/ is embedded, byte for byte: the build reads them, so a new schema
    // needs only its line in EmbeddedSchemas.all (Sources/RapportResources/EmbeddedFiles.swift).
    #expect(EmbeddedSchemas.all.keys.sorted() == published.map { ($0 as NSString).lastPathComponent }.sorted())
    for path in published {
      let name = (path as NSString).lastPathComponent
      let bytes = try FileSystem.read(path)
      #expect(EmbeddedSchemas.all[name].map { Array($0.utf8) } == bytes, "\(name) differs from its embedded copy")
    }
  }
}
