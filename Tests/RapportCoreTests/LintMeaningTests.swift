import Foundation
import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// `rapport lexicon lint`'s meaning checks: a wildcard that also matches its -less opposite,
/// an entry that also matches wherever a sibling category's entry does, and very common words
/// in emotion categories (docs/lexicon-format.md, section 11).
@Suite struct LintMeaningTests {
  /// The lint lines of a lexicon named `name` whose body is `body` (categories), after the
  /// XML header on lines 1–2.
  static func lint(_ body: String, name: String = "test") -> [String] {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <lexicon xmlns="urn:rapport:lexicon:1" name="\(name)" version="1" language="en">
      \(body)
      </lexicon>

      """
    return LexiconLinter.lint(bytes: Array(xml.utf8), path: "meaning.xml").map(\.description)
  }

  @Test(arguments: [
    (
      #"<category id="hope" label="Hope"><entry term="hope*"/></category>"#,
      ["meaning.xml:3: warning: wildcard 'hope*' in entry 'hope*' of 'hope' also matches 'hopeless', whose -less says the opposite; add <unless>hopeless</unless> to the entry, or list the words it should match"]
    ),
    (
      #"<category id="fear" label="Fear"><entry term="fear*"/><entry term="help*"/></category>"#,
      [
        "meaning.xml:3: warning: wildcard 'fear*' in entry 'fear*' of 'fear' also matches 'fearless', whose -less says the opposite; add <unless>fearless</unless> to the entry, or list the words it should match",
        "meaning.xml:3: warning: wildcard 'help*' in entry 'help*' of 'fear' also matches 'helpless', whose -less says the opposite; add <unless>helpless</unless> to the entry, or list the words it should match",
      ]
    ),
    // An <unless> naming the word, the word listed in the category, a stem that reaches into
    // the suffix, and a phrase are all quiet.
    (#"<category id="hope" label="Hope"><entry term="hope*"><unless>hopeless</unless></entry></category>"#, []),
    (#"<category id="hope" label="Hope"><entry term="hope*"/><entry term="hopeless"/></category>"#, []),
    (#"<category id="despair" label="Despair"><entry term="hopeless*"/></category>"#, []),
    (#"<category id="sadness" label="Sadness"><entry term="broken heart*"/></category>"#, []),
  ])
  func wildcardsMatchingTheirLessOpposite(_ body: String, _ expected: [String]) {
    #expect(Self.lint(body).filter { !$0.contains(": info: ") } == expected)
  }

  static let signed = """
    <category id="trust" label="Trust"/>
    <category id="trust_positive" label="Trust" parent="trust"><entry term="trust*"/><entry term="rely on"/></category>
    <category id="distrust" label="Distrust" parent="trust"><entry term="trust issues"/><entry term="distrust"/></category>
    """

  @Test func anEntryMatchingAnOppositeSiblingsEntryIsAWarning() {
    #expect(Self.lint(Self.signed) == [
      "meaning.xml:4: warning: wildcard 'trust*' in entry 'trust*' of 'trust_positive' also matches 'trustless', whose -less says the opposite; add <unless>trustless</unless> to the entry, or list the words it should match",
      "meaning.xml:4: warning: entry 'trust*' of 'trust_positive' also matches wherever 'trust issues' of its sibling 'distrust' (line 5) does, so those words count for both; add <unless>trust issues</unless> to the entry, or narrow it",
    ])
  }

  @Test func anUnlessCoveringTheSiblingsEntrySilencesIt() {
    let body = Self.signed.replacingOccurrences(
      of: #"<entry term="trust*"/>"#, with: #"<entry term="trust*"><unless>trust issues</unless><unless>trustless</unless></entry>"#)
    #expect(Self.lint(body) == [])
  }

  @Test func amongSeveralSiblingsAnOverlapIsInformation() {
    let body = """
      <category id="negative_emotion" label="Negative"/>
      <category id="anger" label="Anger" parent="negative_emotion"><entry term="hate"/></category>
      <category id="shame" label="Shame" parent="negative_emotion"><entry term="hate myself"/></category>
      <category id="fear" label="Fear" parent="negative_emotion"><entry term="afraid"/></category>
      """
    #expect(Self.lint(body) == [
      "meaning.xml:4: info: entry 'hate' of 'anger' also matches wherever 'hate myself' of its sibling 'shame' (line 5) does, so those words count for both; add <unless>hate myself</unless> to the entry, or narrow it",
    ])
  }

  @Test(arguments: [
    (#"<entry term="like"/>"#, "'like'"),
    (#"<entry term="fine*"/>"#, "'fine'"),
    (#"<entry term="feel"/>"#, "'feel'"),
    (#"<entry term="o*"/>"#, "'ok', 'okay'"),
  ])
  func commonWordsInEmotionCategories(_ entry: String, _ words: String) {
    let found = Self.lint(#"<category id="joy" label="Joy">\#(entry)</category>"#, name: "my-emotions")
      .filter { $0.contains("very common") }
    let term = entry.split(separator: "\"")[1]
    #expect(found == [
      "meaning.xml:3: warning: entry '\(term)' of emotion category 'joy' matches the very common word\(words.contains(",") ? "s" : "") \(words), mostly a filler, hedge or agreement in talk; add <unless> phrases for its other uses, give it a weight below 1, or remove it",
    ])
  }

  @Test(arguments: [
    // An <unless>, a weight, a phrase, or a category that is not an emotion: quiet.
    (#"<category id="joy" label="Joy"><entry term="well"><unless>oh well</unless></entry></category>"#, "my-emotions"),
    (#"<category id="joy" label="Joy"><entry term="so" weight="0.5"/></category>"#, "my-emotions"),
    (#"<category id="joy" label="Joy"><entry term="feel good"/></category>"#, "my-emotions"),
    (#"<category id="connection" label="Connection"><entry term="like"/></category>"#, "relational"),
    (#"<category id="positive_emotion" label="P"/><category id="joy" label="Joy" parent="positive_emotion"><entry term="glad"/></category>"#, "x"),
  ])
  func commonWordsThatAreAccountedFor(_ body: String, _ name: String) {
    #expect(Self.lint(body, name: name).filter { $0.contains("very common") } == [])
  }

  @Test func aCategoryUnderAnEmotionParentIsAnEmotionCategory() {
    let body = #"<category id="positive_emotion" label="P"/><category id="joy" label="Joy" parent="positive_emotion"><entry term="pretty"/></category>"#
    #expect(Self.lint(body, name: "x").contains { $0.contains("entry 'pretty' of emotion category 'joy'") })
  }
}
