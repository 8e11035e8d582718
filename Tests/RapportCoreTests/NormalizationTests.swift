import Foundation
import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

@Suite("Normalization and tokens")
struct NormalizationTests {
  @Test(
    "text folds to one normalized form",
    arguments: [
      ("ＨＥＬＬＯ", "hello"),  // full-width
      ("ﬁne", "fine"),  // ligature
      ("Don’t", "don't"),  // curly apostrophe
      ("DON'T", "don't"),
      ("İstanbul", "i\u{307}stanbul"),  // Turkish dotted capital I: Unicode folding, not ASCII
      ("cafe\u{301}", "café"),  // combining accent composes
      ("Straße", "strasse"),  // full case folding
      ("ΣΟΦΙΑ", "σοφια"),
      ("well—maybe", "well-maybe"),  // em dash
      ("“quoted”", "\"quoted\""),
    ])
  func normalizes(input: String, expected: String) throws {
    #expect(try TextNormalizer().normalize(input) == expected)
  }

  @Test("tokens have kinds, sentences and normalized forms")
  func tokens() throws {
    let tokenizer = try Tokenizer()
    let text = "I don’t know… 42 times! Really? 😊 Yes."
    let tokens = try tokenizer.tokenize(text)
    let described = tokens.map { (text.utf16Slice($0.range), $0.kind, Int($0.sentence), tokenizer.vocabulary.string($0.term)) }
    #expect(described.map(\.0) == ["I", "don’t", "know", "…", "42", "times", "!", "Really", "?", "😊", "Yes", "."])
    #expect(described.map(\.1) == [.word, .word, .word, .punctuation, .number, .word, .punctuation, .word, .punctuation, .emoticon, .word, .punctuation])
    #expect(described.map(\.3)[1] == "don't")
    #expect(described.map(\.2) == [0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 2])
  }

  @Test("the same normalized form gets the same id however it was written")
  func sameIDs() throws {
    let tokenizer = try Tokenizer()
    let ids = try ["don't", "Don’t", "DON'T", "ｄｏｎ＇ｔ"].map { (text) throws(RapportError) in try tokenizer.tokenize(text)[0].term }
    #expect(Set(ids).count == 1)
  }

  @Test("every token of every Corpus session slices back to its surface text")
  func corpusRanges() throws {
    let tokenizer = try Tokenizer()
    let normalizer = TextNormalizer()
    let files = FileSystem.files(under: TestSupport.root + "/Corpus").filter(InputDiscovery.isTranscript)
    #expect(files.count >= 12)
    var checked = 0
    for file in files {
      let transcript = try TranscriptReader.read(path: file)
      for turn in transcript.turns {
        var previousEnd = 0
        for token in try tokenizer.tokenize(turn.text, excluding: turn.events.map(\.range)) {
          let surface = turn.text.utf16Slice(token.range)
          // Ranges are in order, do not overlap, and never cover white space or a mark.
          #expect(token.range.lowerBound >= previousEnd)
          #expect(!surface.isEmpty && !surface.contains(where: \.isWhitespace))
          #expect(!turn.events.contains { $0.range.overlaps(token.range) })
          #expect(try tokenizer.vocabulary.string(token.term) == normalizer.normalize(surface))
          previousEnd = token.range.upperBound
          checked += 1
        }
      }
    }
    #expect(checked > 50_000)
  }
}
