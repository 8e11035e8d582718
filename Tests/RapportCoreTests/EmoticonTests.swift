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

/// ASCII emoticons are single tokens of kind `.emoticon` that lexicon entries can name, and
/// only when they stand alone (docs/lexicon-format.md, section 3).
@Suite struct EmoticonTests {
  static func emoticons(_ text: String) throws -> [String] {
    let tokenizer = try Tokenizer()
    return try tokenizer.tokenize(text).filter { $0.kind == .emoticon }.map { text.utf16Slice($0.range) }
  }

  @Test(arguments: [
    ("that's sad :( but ok :)", [":(", ":)"]),
    (":-) :-( ;) ;-) :/ :P :p </3", [":-)", ":-(", ";)", ";-)", ":/", ":P", ":p", "</3"]),
    ("love you <3", ["<3"]),
    ("lol xD. XD!", ["xD", "XD"]),
    (":'( so sad", [":'("]),
    ("D: no way", ["D:"]),
    (":D, really :-D?", [":D", ":-D"]),
    ("time: (10 minutes)", []),
    ("time:(10 minutes)", []),
    ("see http://example.org", []),
    ("a:) b", []),
    (":)b", []),
    ("miss her 😢 so much ❤️", ["😢", "❤️"]),
    ("a ★ star and © sign", ["★"]),
    ("<33 and 3<3", []),
  ])
  func standaloneEmoticonsAreTokens(_ text: String, _ expected: [String]) throws {
    #expect(try Self.emoticons(text) == expected)
  }

  @Test func emoticonTokensReplaceTheirPieces() throws {
    let text = "that's sad :( but ok :)"
    let tokenizer = try Tokenizer()
    let tokens = try tokenizer.tokenize(text)
    #expect(tokens.map { text.utf16Slice($0.range) } == ["that's", "sad", ":(", "but", "ok", ":)"])
    #expect(tokens.map(\.kind) == [.word, .word, .emoticon, .word, .word, .emoticon])
    #expect(tokens.filter(\.kind.isWord).count == 6)
  }

  @Test func aLexiconEntryMatchesTheEmoticon() throws {
    let lexicon = Lexicon(name: "emoticons", version: "1", categories: [
      LexiconCategory(id: "sadness", label: "Sadness", entries: [LexiconEntry(term: ":("), LexiconEntry(term: "sad")]),
      LexiconCategory(id: "joy", label: "Joy", entries: [LexiconEntry(term: ":)"), LexiconEntry(term: ":P")]),
    ])
    let matcher = try Matcher(lexicons: [lexicon])
    let tagger = try Tagger(matcher: matcher)
    let transcript = try TestSupport.transcript("C: that's sad :( but ok :) :p\nC: time: (10 minutes)\n")
    let tagged = try tagger.tag(transcript)
    let hits = tagged.hits.map { hit in
      (matcher.categories[Int(hit.category)].id,
       transcript.turns[Int(hit.turn)].text.utf16Slice(
         Int(tagged.tokens[Int(hit.turn)][Int(hit.firstToken)].start)..<Int(tagged.tokens[Int(hit.turn)][Int(hit.lastToken)].end)))
    }
    #expect(hits.map(\.0) == ["sadness", "sadness", "joy", "joy"])
    #expect(hits.map(\.1) == ["sad", ":(", ":)", ":p"])
  }

  @Test func anEmoticonEntryLintsClean() {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <lexicon xmlns="urn:rapport:lexicon:1" name="e" version="1" language="en">
        <category id="sadness" label="Sadness"><entry term=":("/><entry term="so sad :("/></category>
      </lexicon>
      """
    #expect(LexiconLinter.lint(bytes: Array(xml.utf8), path: "e.xml").map(\.description) == [])
  }

  /// Seeded random text made of emoticon pieces: the tokens stay in order, never overlap,
  /// stay inside the text, and every emoticon token is one of the list standing alone.
  @Test(arguments: [UInt64(1), 2, 3, 4, 5])
  func randomTextGivesWellFormedTokens(_ seed: UInt64) throws {
    let pieces = [":", "(", ")", ";", "-", "'", "D", "x", "X", "<", "3", "/", "P", "p", " ", " ", ".", "a", "é", "\n"]
    var random = SeededRandom(seed: seed)
    let tokenizer = try Tokenizer()
    let emoticons = Set(Emoticons.all.map { String(decoding: $0, as: UTF16.self) })
    for _ in 0..<200 {
      let text = (0..<random.int(in: 0...24)).map { _ in random.pick(pieces) }.joined()
      let tokens = try tokenizer.tokenize(text)
      var end: Int32 = 0
      for token in tokens {
        #expect(token.start >= end && token.start < token.end && Int(token.end) <= text.utf16.count, "\(text.debugDescription)")
        end = token.end
        if token.kind == .emoticon {
          #expect(emoticons.contains(text.utf16Slice(token.range)), "\(text.debugDescription)")
        }
      }
    }
  }
}
