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
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// `rapport lexicon lint`: each planted defect found with its exact message and line.
@Suite("Lexicon lint")
struct LintTests {
  static let definedDefects = [
    "defects.xml:3: error: category 'fear' names parent 'emotion', which the lexicon does not define",
    "defects.xml:5: warning: entry 'Afraid' changes under normalization: it matches as 'afraid'",
    "defects.xml:5: error: duplicate entry 'Afraid' in category 'fear' (same as 'afraid' on line 4 after normalization)",
    "defects.xml:7: error: duplicate entry 'scared' in category 'fear' (first on line 6)",
    "defects.xml:8: warning: wildcard 'sc*' in entry 'sc*' has a stem of 2 letters and matches many unrelated words",
    "defects.xml:9: error: entry 'wom*n' can never match: 'wom*n' has a '*' before its end, and '*' works only as the last character of a word",
    "defects.xml:10: error: entry '?!' vanishes under normalization: it holds no word the tokenizer would produce, so it can never match",
    "defects.xml:11: error: entry 'no! way' can never match: the tokenizer reads a sentence end inside it, and phrases match within one sentence",
    "defects.xml:12: warning: entry 'Don’t panic' changes under normalization: it matches as 'don't panic'",
    "defects.xml:13: warning: in entry 'feel *', '*' is not a word and is ignored, so the entry matches as 'feel'",
    // 'fear' names the parent 'emotion', so it is an emotion category, and 'feel' is very common.
    "defects.xml:13: warning: entry 'feel *' of emotion category 'fear' matches the very common word 'feel', mostly a filler, hedge or agreement in talk; add <unless> phrases for its other uses, give it a weight below 1, or remove it",
    "defects.xml:14: warning: exclusion 'attention span' of entry 'pay' does not contain the entry, so it never applies",
    "defects.xml:15: warning: entry 'dread' has weight 0, so it adds nothing to the weighted score of 'fear'",
    "defects.xml:16: info: entry 'nervous' is in 2 categories: fear (line 16), worry (line 19)",
    "defects.xml:18: error: category 'worry' is its own ancestor (its parents lead back to it)",
    "defects.xml:21: error: category 'anxiety' is its own ancestor (its parents lead back to it)",
    "defects.xml:22: warning: category 'empty' has no entries and no child categories, so it never counts",
  ]

  static let dicDefects = [
    "defects.dic:6: warning: entry 'SAD' changes under normalization: it matches as 'sad'",
    "defects.dic:6: error: duplicate entry 'SAD' in category 'sad' (same as 'sad' on line 5 after normalization)",
    "defects.dic:7: warning: wildcard 'gl*' in entry 'gl*' has a stem of 2 letters and matches many unrelated words",
    "defects.dic:8: warning: category number 7 of entry 'glad' is not in the header; ignored",
    "defects.dic:9: info: entry 'unhappy' is in 2 categories: sad (line 9), happy (line 9)",
  ]

  static func lint(_ name: String) throws -> [String] {
    let bytes = try FileSystem.read(LexiconTestKit.fixture(name))
    return LexiconLinter.lint(bytes: bytes, path: name).map(\.description)
  }

  @Test func findsEveryPlantedDefectInANativeLexicon() throws {
    #expect(try Self.lint("defects.xml") == Self.definedDefects)
  }

  @Test func lintsImportedFormatsWithTheImportersWarnings() throws {
    #expect(try Self.lint("defects.dic") == Self.dicDefects)
  }

  @Test func reportsEverySchemaProblemWithItsLine() throws {
    let messages = LexiconLinter.lint(bytes: try FileSystem.read(LexiconTestKit.fixture("invalid.xml")), path: "invalid.xml")
    #expect(messages.map(\.line) == [3, 6, 7])
    #expect(messages.allSatisfy { $0.severity == .error && $0.message.hasPrefix("not a valid Rapport lexicon: ") })
    #expect(messages[0].message.contains("'label'"))
  }

  @Test func anUnreadableFileIsAnError() {
    #expect(LexiconLinter.lint(path: "/nonexistent/x.dic").map(\.description)
      == ["/nonexistent/x.dic: error: cannot read the file (no such file)"])
  }

  @Test func aCleanLexiconHasNoFindings() throws {
    let lexicon = """
      <?xml version="1.0" encoding="UTF-8"?>
      <lexicon xmlns="urn:rapport:lexicon:1" name="clean" version="1" language="en">
        <category id="fear" label="Fear"><entry term="afraid"/><entry term="scare*"/><entry term="walk* on eggshells"/></category>
      </lexicon>
      """
    #expect(LexiconLinter.lint(bytes: Array(lexicon.utf8), path: "clean.xml").isEmpty)
  }

  @Test(arguments: LexiconTestKit.shippedLexiconPaths)
  func shippedLexiconsHaveNoErrorsOrWarnings(_ path: String) {
    let findings = LexiconLinter.lint(path: path).filter { $0.severity != .info }
    #expect(findings.map(\.description) == [])
  }

  @Test func theCommandPrintsFindingsAndExitsOneOnErrors() throws {
    let run = try TestSupport.rapport(
      ["lexicon", "lint", "defects.dic", "defects.xml"], in: LexiconTestKit.fixture(""))
    #expect(run.status == 1)
    #expect(run.stdout == (Self.dicDefects + Self.definedDefects).joined(separator: "\n") + "\n")
    #expect(run.stderr == "rapport: 2 file(s): 9 error(s), 11 warning(s), 2 info\n")
  }

  @Test func theCommandExitsZeroWithoutErrors() throws {
    let run = try TestSupport.rapport(["lexicon", "lint", "basic.dic"], in: LexiconTestKit.fixture(""))
    #expect(run.status == 0)
    #expect(run.stdout == "basic.dic:9: info: entry 'let down' is in 2 categories: fear (line 9), sadness (line 9)\n")
  }

  @Test func noInfoLeavesOutInformationLines() throws {
    let run = try TestSupport.rapport(["lexicon", "lint", "--no-info", "basic.dic"], in: LexiconTestKit.fixture(""))
    #expect(run.status == 0)
    #expect(run.stdout == "")
  }
}
