import Foundation
@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// Paths and helpers shared by the lexicon, matcher, negation, import, lint and seed suites.
enum LexiconTestKit {
  /// A fixture under Tests/RapportCoreTests/Fixtures/lexicon.
  static func fixture(_ name: String) -> String {
    TestSupport.fixture("lexicon/" + name)
  }

  /// The shipped lexicon files, Lexicons/*.xml, sorted.
  static var shippedLexiconPaths: [String] {
    FileSystem.files(under: TestSupport.root + "/Lexicons").filter { $0.hasSuffix(".xml") }
  }

  /// A native lexicon from XML category elements.
  static func lexicon(_ categories: String, name: String = "test", path: String = "test.xml") throws -> Lexicon {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <lexicon xmlns="urn:rapport:lexicon:1" name="\(name)" version="1" language="en">
      \(categories)
      </lexicon>
      """
    return try LexiconLoader.load(bytes: Array(xml.utf8), path: path)
  }

  /// A category element holding `terms` (written as given, so `&apos;` etc. need no escaping).
  static func category(_ id: String, _ terms: [String], attributes: String = "") -> String {
    "<category id=\"\(id)\" label=\"\(id)\" \(attributes)>"
      + terms.map { "<entry term=\"\($0)\"/>" }.joined() + "</category>"
  }

  /// The hits of `text` as one turn, each written `category=surface[entry]` with `~n`, `~i`,
  /// `~h` for negated, intensified and hedged, in the order the tagger reports them.
  static func hits(_ text: String, matcher: Matcher, window: Int = 3) throws -> [String] {
    let tagger = try Tagger(matcher: matcher, options: TagOptions(window: window))
    let tokens = try tagger.tokenizer.tokenize(text)
    return tagger.tag(tokens, turn: 0).map { hit in
      let surface = text.utf16Slice(Int(tokens[Int(hit.firstToken)].start)..<Int(tokens[Int(hit.lastToken)].end))
      var written = "\(matcher.categories[Int(hit.category)].id)=\(surface)[\(matcher.entries[Int(hit.entry)].term)]"
      if hit.negated { written += "~n" }
      if hit.intensified { written += "~i" }
      if hit.hedged { written += "~h" }
      return written
    }
  }
}
