import Testing

@testable import RapportGenerate
@testable import RapportText

/// The tokenizer asks ICU for the word breaks of each distinct piece of text between spaces
/// once and keeps them (`Tokenizer.segments(of:in:)`); these tests hold that to ICU's breaks
/// over whole texts.
@Suite("Tokenizer piece cache")
struct TokenizerPieceTests {
  /// Characters that meet every word-break rule around spaces: ASCII letters, digits and the
  /// marks that join them (`'` `.` `:` `,` `_`), other spaces (tab, no-break, en and
  /// ideographic spaces), combining and format marks, CJK, Thai (a dictionary script), Hebrew,
  /// emoji with modifiers and joiners, flags, and line breaks. Spaces come often, so pieces
  /// recur and are read back from the cache.
  static let alphabet: [String] = [
    " ", " ", " ", " ", " ", " ", "a", "b", "I", "m", "s", "t", "x", "D", "0", "7", "'", ".", ",", ":",
    ";", "-", "_", "(", ")", "\"", "!", "?", "\t", "\u{00A0}", "\u{2002}", "\u{3000}", "\u{0301}",
    "\u{00AD}", "\u{200D}", "\u{200B}", "\u{2019}", "é", "ß", "\u{05D0}", "\u{05F4}", "\u{30A2}",
    "\u{3042}", "\u{4E00}", "\u{0E01}", "\u{0E32}", "\u{AC00}", "😀", "👍", "\u{1F3FD}", "❤", "\u{FE0F}",
    "🇺", "🇸", "\n", "\r", "\u{0663}", "<", "3",
  ]

  static func randomText(_ random: inout SeededRandom, length: Int) -> String {
    var text = ""
    for _ in 0..<length {
      text += alphabet[Int(random.next() % UInt64(alphabet.count))]
    }
    return text
  }

  struct Segment: Equatable, CustomStringConvertible {
    var start: Int, end: Int, kind: UInt8
    var description: String { "\(start)..<\(end):\(kind)" }
  }

  @Test("segments read through the piece cache are ICU's segments of the whole text")
  func pieceSegmentsMatchWholeText() throws {
    let tokenizer = try Tokenizer()
    let whole = try ICU.BreakIterator(.word)
    var random = SeededRandom(seed: 2029)
    var mismatches: [String] = []
    for round in 0..<30_000 {
      let text = Self.randomText(&random, length: Int(random.next() % 24))
      let units = Array(text.utf16)
      var expected: [Segment] = []
      var found: [Segment] = []
      try units.withUnsafeBufferPointer { buffer in
        try whole.forEachSegment(buffer) { expected.append(Segment(start: $0, end: $1, kind: $2.rawValue)) }
        try tokenizer.forEachSegment(buffer) { start, end, kind in found.append(Segment(start: start, end: end, kind: kind.rawValue)) }
      }
      if found != expected, mismatches.count < 5 {
        mismatches.append("round \(round) \(String(reflecting: text)): ICU \(expected), cached \(found)")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test("a token's term is its own surface's normalized form, whether its piece was cached or not")
  func cachedTermsBelongToTheirSurfaces() throws {
    let tokenizer = try Tokenizer()
    var random = SeededRandom(seed: 7)
    var wrong: [String] = []
    for _ in 0..<5_000 {
      let text = Self.randomText(&random, length: Int(random.next() % 16))
      for token in try tokenizer.tokenize(text) {
        let surface = text.utf16Slice(token.range)
        let normalized = try tokenizer.normalize(surface)
        if tokenizer.vocabulary.string(token.term) != normalized, wrong.count < 5 {
          wrong.append("\(String(reflecting: surface)) has term \(String(reflecting: tokenizer.vocabulary.string(token.term)))")
        }
      }
    }
    #expect(wrong.isEmpty, "\(wrong)")
  }

  @Test("the same turn tokenized again, its pieces now cached, gives the same tokens")
  func secondPassIsTheSame() throws {
    let tokenizer = try Tokenizer()
    let text = "I'm not sure :( it's 3.5 weeks, e.g. since Monday... She said \"fine\" <3 okay"
    let first = try tokenizer.tokenize(text)
    let second = try tokenizer.tokenize(text)
    #expect(first == second)
    #expect(first.filter { $0.kind == .emoticon }.count == 2)
    #expect(first.map { text.utf16Slice($0.range) }.prefix(6) == ["I'm", "not", "sure", ":(", "it's", "3.5"])
  }

  @Test("a piece too long to cache is segmented by ICU each time, and the pieces after it still read from the cache")
  func longPiecesAreNotCached() throws {
    let tokenizer = try Tokenizer()
    let whole = try ICU.BreakIterator(.word)
    let long = String(repeating: "ab.cd,", count: 15) + "end"  // 93 code units, no space
    let text = "so " + long + " then so " + long + " then"
    let units = Array(text.utf16)
    var expected: [Segment] = []
    var found: [Segment] = []
    try units.withUnsafeBufferPointer { buffer in
      try whole.forEachSegment(buffer) { expected.append(Segment(start: $0, end: $1, kind: $2.rawValue)) }
      try tokenizer.forEachSegment(buffer) { found.append(Segment(start: $0, end: $1, kind: $2.rawValue)) }
    }
    #expect(found == expected)
    #expect(expected.count > 40)
    #expect(try tokenizer.tokenize(text) == tokenizer.tokenize(text))
  }
}
