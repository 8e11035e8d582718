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

/// The matching rules of docs/lexicon-format.md, one table row per rule and example.
@Suite("Matcher rules")
struct MatcherRulesTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var categories: String
    var text: String
    var expected: [String]
    var testDescription: String { name }
  }

  static let k = LexiconTestKit.self

  static let cases: [Case] = [
    Case(
      name: "longest match at a position wins within a category",
      categories: k.category("fear", ["panic", "panic attack"]),
      text: "I had a panic attack.", expected: ["fear=panic attack[panic attack]"]),
    Case(
      name: "the shorter entry still matches where the longer one does not",
      categories: k.category("fear", ["panic", "panic attack"]),
      text: "Sheer panic.", expected: ["fear=panic[panic]"]),
    Case(
      name: "a token counts for several categories",
      categories: k.category("fear", ["afraid"]) + k.category("emotion_words", ["afraid"]),
      text: "I was afraid.", expected: ["fear=afraid[afraid]", "emotion_words=afraid[afraid]"]),
    Case(
      name: "an exact entry beats a wildcard of the same category, whatever the weights",
      categories: "<category id=\"fear\" label=\"fear\"><entry term=\"worr*\" weight=\"3\"/><entry term=\"worried\"/></category>",
      text: "I was worried.", expected: ["fear=worried[worried]"]),
    Case(
      name: "the wildcard takes the words the exact entry does not",
      categories: k.category("fear", ["worr*", "worried"]),
      text: "Worrying, worries, worry.", expected: ["fear=Worrying[worr*]", "fear=worries[worr*]", "fear=worry[worr*]"]),
    Case(
      name: "a wildcard needs its whole stem",
      categories: k.category("fear", ["worr*"]),
      text: "A wor, a word.", expected: []),
    Case(
      name: "between two exact entries of one length the higher weight wins",
      categories: "<category id=\"c\" label=\"c\"><entry term=\"feel* down\"/><entry term=\"feeling d*\" weight=\"2\"/></category>",
      text: "feeling down", expected: ["c=feeling down[feeling d*]"]),
    Case(
      name: "a wildcard in a phrase",
      categories: k.category("fear", ["walk* on eggshells"]),
      text: "I keep walking on eggshells.", expected: ["fear=walking on eggshells[walk* on eggshells]"]),
    Case(
      name: "a phrase does not match across a sentence end",
      categories: k.category("sad", ["let down"]),
      text: "I never let. Down we went.", expected: []),
    Case(
      name: "punctuation inside a sentence does not break a phrase",
      categories: k.category("sad", ["let down"]),
      text: "They let, down deep, me down.", expected: ["sad=let, down[let down]"]),
    Case(
      name: "overlapping phrases of one category: the earlier one takes the shared word",
      categories: k.category("sad", ["feel down", "down and out"]),
      text: "I feel down and out.", expected: ["sad=feel down[feel down]"]),
    Case(
      name: "overlapping phrases of two categories both count",
      categories: k.category("sad", ["feel down"]) + k.category("poor", ["down and out"]),
      text: "I feel down and out.", expected: ["sad=feel down[feel down]", "poor=down and out[down and out]"]),
    Case(
      name: "words a hit covers are not matched again by its category",
      categories: k.category("sad", ["so sad", "sad"]),
      text: "so sad", expected: ["sad=so sad[so sad]"]),
    Case(
      name: "exclusion: pay but not pay attention",
      categories: "<category id=\"money\" label=\"m\"><entry term=\"pay\"><unless>pay attention</unless></entry></category>",
      text: "Pay attention. I pay rent.", expected: ["money=pay[pay]"]),
    Case(
      name: "exclusion with the entry in the middle of the phrase",
      categories: "<category id=\"a\" label=\"a\"><entry term=\"mind\"><unless>never mind</unless></entry></category>",
      text: "Never mind. My mind races.", expected: ["a=mind[mind]"]),
    Case(
      name: "exclusion with wildcards",
      categories: "<category id=\"money\" label=\"m\"><entry term=\"pay*\"><unless>pay* attention</unless></entry></category>",
      text: "Paying attention, she pays.", expected: ["money=pays[pay*]"]),
    Case(
      name: "an exclusion suppresses only its own entry",
      categories: "<category id=\"money\" label=\"m\"><entry term=\"pay\"><unless>pay attention</unless></entry><entry term=\"pa*\"/></category>",
      text: "pay attention", expected: ["money=pay[pa*]"]),
    Case(
      name: "case folds",
      categories: k.category("sad", ["sad"]),
      text: "SAD, Sad, sad.", expected: ["sad=SAD[sad]", "sad=Sad[sad]", "sad=sad[sad]"]),
    Case(
      name: "curly and straight apostrophes meet",
      categories: k.category("neg", ["don't know"]) + k.category("i", ["i'm"]),
      text: "I DON’T KNOW. I’m here. I'm.", expected: ["neg=DON’T KNOW[don't know]", "i=I’m[i'm]", "i=I'm[i'm]"]),
    Case(
      name: "full-width letters fold to ASCII",
      categories: k.category("sad", ["sad"]),
      text: "ｓａｄ", expected: ["sad=ｓａｄ[sad]"]),
    Case(
      name: "composed and decomposed accents meet, but accents are not stripped",
      categories: k.category("place", ["café"]),
      text: "Café, cafe\u{301}, cafe.", expected: ["place=Café[café]", "place=cafe\u{301}[café]"]),
    Case(
      name: "an entry written in capitals matches lower-case text",
      categories: k.category("name", ["Afraid"]),
      text: "afraid", expected: ["name=afraid[Afraid]"]),
    Case(
      name: "a hyphenated entry matches hyphenated and spaced text",
      categories: k.category("shame", ["self-conscious"]),
      text: "So self-conscious; self conscious.", expected: ["shame=self-conscious[self-conscious]", "shame=self conscious[self-conscious]"]),
    Case(
      name: "contractions are one word",
      categories: k.category("aux", ["can"]),
      text: "I can't, I can.", expected: ["aux=can[can]"]),
  ]

  @Test(arguments: cases)
  func matches(_ example: Case) throws {
    let matcher = try Matcher(lexicons: [try Self.k.lexicon(example.categories)], builtInModifiers: false)
    let found = try Self.k.hits(example.text, matcher: matcher)
    #expect(found == example.expected)
  }

  @Test func categoryIdsMustBeUniqueAcrossLexicons() throws {
    let first = try Self.k.lexicon(Self.k.category("fear", ["afraid"]), path: "a.xml")
    let second = try Self.k.lexicon(Self.k.category("fear", ["scared"]), path: "b.xml")
    #expect(throws: RapportError(
      .configuration, file: "b.xml", line: 3, problem: "category 'fear' is also defined in a.xml",
      remedy: "Rename one of them, or load only one of the two lexicons")) {
      try Matcher(lexicons: [first, second])
    }
  }
}
