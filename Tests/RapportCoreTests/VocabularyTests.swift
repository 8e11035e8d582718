import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportMeasure
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

@Suite("Vocabulary ids and code-unit strings")
struct VocabularyTests {
  @Test(
    "a String made from UTF-16 equals the standard library's decoding",
    arguments: [
      [UInt16](), Array("plain ascii".utf16), Array("café – Zoë’s “words”".utf16), Array("😊 and 𝄞".utf16),
      [0x61, 0xD800, 0x62],  // unpaired lead surrogate
      [0xDC00, 0x61],  // unpaired trail surrogate
      [0xD83D],  // lead surrogate at the end
      [0xD83D, 0xD83D, 0xDE0A],  // a lead surrogate, then a pair
    ])
  func utf16Strings(units: [UInt16]) {
    let made = UTF16Text.string(units)
    #expect(made == String(decoding: units, as: UTF16.self))
    #expect(Array(made.utf8) == Array(String(decoding: units, as: UTF16.self).utf8))
  }

  @Test("each id keeps its string, classes and length")
  func wordFacts() {
    let vocabulary = Vocabulary()
    let worksheets = vocabulary.intern("worksheets")
    #expect(vocabulary.string(worksheets) == "worksheets")
    #expect(vocabulary.classes(worksheets) == [.letters, .ascii, .endsInSingleS])
    #expect(vocabulary.characterCount(worksheets) == 10)

    let cafe = vocabulary.intern("café")
    #expect(vocabulary.classes(cafe) == [.letters])
    #expect(vocabulary.characterCount(cafe) == 4)

    #expect(!vocabulary.classes(vocabulary.intern("don't")).contains(.letters))
    #expect(!vocabulary.classes(vocabulary.intern("glass")).contains(.endsInSingleS))
    #expect(vocabulary.classes(vocabulary.intern("?")) == [.ascii, .clausePunctuation, .questionMark])
    #expect(vocabulary.classes(vocabulary.intern(",")) == [.ascii, .clauseMark])
    #expect(vocabulary.classes(vocabulary.intern("…")) == [.clauseMark])
    #expect(vocabulary.classes(vocabulary.intern("-")) == [.ascii, .dash])
    #expect(vocabulary.classes(vocabulary.intern("?!")) == [.ascii, .questionMark])
  }

  @Test("looking an id up does not intern the form")
  func lookUp() {
    let vocabulary = Vocabulary()
    let id = vocabulary.intern("hello")
    #expect(vocabulary.id(of: "hello") == id)
    #expect(vocabulary.id(of: "absent") == nil)
    #expect(vocabulary.count == 1)
    // Enough forms to grow the table keep their ids.
    let ids = (0..<3000).map { vocabulary.intern("w\($0)") }
    #expect((0..<3000).map { vocabulary.id(of: "w\($0)") } == ids)
    #expect(vocabulary.id(of: "hello") == id)
  }
}
