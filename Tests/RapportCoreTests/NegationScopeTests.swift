import Testing
@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportResources
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// Negators, intensifiers and hedges before a hit, within the window and the clause, using the
/// built-in modifier categories (the lexicon under test defines none).
@Suite("Negation and modifiers")
struct NegationScopeTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var expected: [String]
    var window: Int = 3
    var testDescription: String { "\(text) (window \(window))" }
  }

  static let k = LexiconTestKit.self

  /// `happy` and `sad` count with negation on; `fine` is in a category with negation off.
  static func matcher() throws -> Matcher {
    try Matcher(lexicons: [try k.lexicon(
      k.category("mood", ["happy", "sad", "hopeful"])
        + k.category("style", ["fine"], attributes: "negation=\"false\""))])
  }

  static let cases: [Case] = [
    Case(text: "I am happy.", expected: ["mood=happy[happy]"]),
    Case(text: "I am not happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "I was never happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "No, happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "Nobody is happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "Nothing makes me happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "Without being happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "I am hardly happy.", expected: ["mood=happy[happy]~n"]),
    // n't forms: straight, curly, capitals, no apostrophe, split off by a tokenizer upstream.
    Case(text: "I don't feel happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "I don’t feel happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "I DON'T FEEL HAPPY.", expected: ["mood=HAPPY[happy]~n"]),
    Case(text: "I dont feel happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "I do n't feel happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "I can’t be happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "I cant be happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "It isn’t sad.", expected: ["mood=sad[sad]~n"]),
    // The window: three word tokens before the hit by default.
    Case(text: "Not that I'm happy.", expected: ["mood=happy[happy]~n"]),
    Case(text: "Not that I am happy.", expected: ["mood=happy[happy]"]),
    Case(text: "Not that I was ever happy.", expected: ["mood=happy[happy]"], window: 4),
    Case(text: "Not that I was ever happy.", expected: ["mood=happy[happy]~n"], window: 5),
    Case(text: "Not very happy.", expected: ["mood=happy[happy]~i"], window: 1),
    Case(text: "Not very happy.", expected: ["mood=happy[happy]~n~i"], window: 2),
    // Clause boundaries: sentence ends, ; : . ! ? and the built-in boundary words.
    Case(text: "Not sad. Happy.", expected: ["mood=sad[sad]~n", "mood=Happy[happy]"]),
    Case(text: "Not sad! Happy.", expected: ["mood=sad[sad]~n", "mood=Happy[happy]"]),
    Case(text: "Not me; happy.", expected: ["mood=happy[happy]"]),
    Case(text: "Not me: happy.", expected: ["mood=happy[happy]"]),
    Case(text: "I'm not sad but happy.", expected: ["mood=sad[sad]~n", "mood=happy[happy]"]),
    Case(text: "Not sad, however happy.", expected: ["mood=sad[sad]~n", "mood=happy[happy]"]),
    Case(text: "Not on the other hand happy.", expected: ["mood=happy[happy]"], window: 6),
    // A comma is not a clause boundary.
    Case(text: "Not sad, happy.", expected: ["mood=sad[sad]~n", "mood=happy[happy]~n"]),
    // A negator after the hit does nothing.
    Case(text: "Happy? Not.", expected: ["mood=Happy[happy]"]),
    Case(text: "Happy, not sad.", expected: ["mood=Happy[happy]", "mood=sad[sad]~n"]),
    // A category can switch negation off; modifiers are still recorded.
    Case(text: "I'm not really fine.", expected: ["style=fine[fine]~i"]),
    // Intensifiers and hedges.
    Case(text: "Really happy.", expected: ["mood=happy[happy]~i"]),
    Case(text: "So, so sad.", expected: ["mood=sad[sad]~i"]),
    Case(text: "Extremely hopeful.", expected: ["mood=hopeful[hopeful]~i"]),
    Case(text: "Kind of sad.", expected: ["mood=sad[sad]~h"]),
    Case(text: "Sort of happy.", expected: ["mood=happy[happy]~h"]),
    Case(text: "A bit sad.", expected: ["mood=sad[sad]~h"]),
    Case(text: "Maybe hopeful.", expected: ["mood=hopeful[hopeful]~h"]),
    Case(text: "Maybe not very happy.", expected: ["mood=happy[happy]~n~i~h"]),
    Case(text: "Maybe. Very. Happy.", expected: ["mood=Happy[happy]"]),
  ]

  @Test(arguments: cases)
  func marks(_ example: Case) throws {
    let found = try Self.k.hits(example.text, matcher: try Self.matcher(), window: example.window)
    #expect(found == example.expected)
  }

  @Test func negatedHitsAreCountedApartNotDropped() throws {
    let matcher = try Self.matcher()
    let transcript = try TranscriptReader.read(
      bytes: Array("C: I am not happy. I am happy. Never sad.\n".utf8), path: "n.txt")
    let tagged = try Tagger(matcher: matcher).tag(transcript)
    let summary = try Summarizer.summarize(tagged, session: "n", matcher: matcher, options: [:])
    let mood = try #require(summary.speakers.first?.categories["mood"])
    #expect(mood.count == 3)
    #expect(mood.negated == 2)
  }

  @Test func aUserModifierCategoryReplacesTheBuiltInOneForItsRoleOnly() throws {
    let lexicon = try Self.k.lexicon(
      Self.k.category("mood", ["happy"])
        + Self.k.category("scots_negator", ["nae"], attributes: "role=\"negator\" negation=\"false\""))
    let matcher = try Matcher(lexicons: [lexicon])
    #expect(try Self.k.hits("Not happy.", matcher: matcher) == ["mood=happy[happy]"])
    #expect(try Self.k.hits("Nae happy.", matcher: matcher) == ["mood=happy[happy]~n"])
    #expect(try Self.k.hits("Very happy.", matcher: matcher) == ["mood=happy[happy]~i"])
    let builtIn = try #require(matcher.lexicons.last)
    #expect(builtIn.path == "(built-in)")
    #expect(builtIn.name == "rapport-modifiers")
    #expect(builtIn.categories.map(\.role) == [.intensifier, .hedge, .clauseBoundary])
  }

  @Test func theBuiltInModifiersAreRecordedInProvenance() throws {
    let matcher = try Self.matcher()
    let transcript = try TranscriptReader.read(bytes: Array("C: happy\n".utf8), path: "p.txt")
    let summary = try Summarizer.summarize(
      try Tagger(matcher: matcher).tag(transcript), session: "p", matcher: matcher, options: [:])
    let embedded = Array(EmbeddedLexicons.modifiers.utf8)
    #expect(summary.provenance.lexicons.map(\.path) == ["test.xml", "(built-in)"])
    #expect(summary.provenance.lexicons.last?.sha256 == TranscriptReader.sha256Hex(embedded))
  }

  @Test func noBuiltInWhenTheLoadedLexiconsDefineEveryModifierRole() throws {
    let lexicons = try LexiconTestKit.shippedLexiconPaths.map { try LexiconLoader.load(path: $0) }
    let matcher = try Matcher(lexicons: lexicons)
    #expect(!matcher.lexicons.contains { $0.path == BuiltInLexicons.path })
    #expect(matcher.lexicons.count == lexicons.count)
  }

  @Test func aContentCategoryNamedLikeABuiltInModifierDoesNotClash() throws {
    let matcher = try Matcher(lexicons: [try Self.k.lexicon(Self.k.category("hedge", ["hedge", "fence"]))])
    #expect(matcher.categoryIndex("builtin.hedge").map { matcher.categories[$0].role } == .hedge)
    #expect(try Self.k.hits("Maybe a hedge.", matcher: matcher) == ["hedge=hedge[hedge]~h"])
  }

  @Test func withoutBuiltInsThereAreNoModifiers() throws {
    let matcher = try Matcher(lexicons: [try Self.k.lexicon(Self.k.category("mood", ["happy"]))], builtInModifiers: false)
    #expect(try Self.k.hits("Not really happy.", matcher: matcher) == ["mood=happy[happy]"])
    #expect(matcher.lexicons.count == 1)
  }

  @Test func theEmbeddedModifiersAreTheShippedFileByteForByte() throws {
    let file = try FileSystem.read(TestSupport.root + "/Lexicons/modifiers.xml")
    #expect(Array(EmbeddedLexicons.modifiers.utf8) == file, "the build embeds Lexicons/ (Sources/RapportResources)")
  }
}
