import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportTag
@testable import RapportValidation

@Suite("Phrase and word precedence")
struct PhrasePrecedenceTests {
  /// The entries that hit in `text`, as "category:entry" in order.
  static func hits(_ categories: [(String, [String])], _ text: String) throws -> [String] {
    let matcher = try Matcher(lexicons: [TestSupport.lexicon(TestSupport.lexiconXML(categories))])
    let tagged = try Tagger(matcher: matcher).tag(TestSupport.transcript("C: " + text + "\n"))
    return tagged.hits.map { "\(matcher.categories[Int($0.category)].id):\(matcher.entries[Int($0.entry)].term)" }
  }

  @Test(
    "the longest phrase at a position wins within a category",
    arguments: [
      ([("safety", ["safe", "safe space"])], "It is a safe space here.", ["safety:safe space"]),
      ([("safety", ["safe", "safe space"])], "I feel safe. Space is good.", ["safety:safe"]),
      ([("sad", ["down", "let down"])], "You let me down, I let down everyone.", ["sad:down", "sad:let down"]),
      ([("fear", ["walk* on eggshells", "eggshells"])], "I'm walking on eggshells.", ["fear:walk* on eggshells"]),
      ([("fear", ["scare*", "scared"])], "I was scared.", ["fear:scared"]),
      ([("fear", ["scare*"])], "So scared, it scares me.", ["fear:scare*", "fear:scare*"]),
      ([("a", ["safe"]), ("b", ["safe space"])], "a safe space", ["a:safe", "b:safe space"]),
    ])
  func precedence(categories: [(String, [String])], text: String, expected: [String]) throws {
    #expect(try Self.hits(categories, text) == expected)
  }

  @Test("curly and straight apostrophes, case and width all match one entry")
  func normalizedMatch() throws {
    #expect(try Self.hits([("neg", ["don't"])], "I DON’T. I don't. ｄｏｎ＇ｔ") == ["neg:don't", "neg:don't", "neg:don't"])
  }
}
