import Testing

@testable import RapportGenerate
@testable import RapportText

/// ICU's sentence breaks found in windows around terminators and separators
/// (`ICU.BreakIterator.sentenceEndsInWindows`), against ICU walking every character.
@Suite("Sentence boundaries in windows")
struct TokenizerSentenceTests {
  /// Characters of every `Sentence_Break` class, spaces often, so generated text meets every
  /// rule across piece starts: terminators (one beyond the BMP), closing marks, other spaces,
  /// separators, letters of each case and without case, digits, continuing punctuation,
  /// combining and format marks.
  static let alphabet: [[String]] = [
    [" ", " ", " "],
    ["#", "%", "&", "*", "_", "€", "😀"],  // other
    [".", ".", "\u{2024}", "\u{FF0E}"],  // ATerm
    ["\"", "'", "(", ")", "]", "\u{2019}", "\u{201D}", "»"],  // Close
    ["\u{00AD}", "\u{200E}"],  // Format
    ["a", "e", "s", "z", "é", "ß"],  // Lower
    ["0", "7", "\u{0663}"],  // Numeric
    ["\u{05D0}", "\u{3042}", "\u{4E00}", "𠀋"],  // OLetter
    ["\u{0085}", "\u{2028}", "\u{2029}"],  // Sep
    ["\t", "\u{00A0}", "\u{3000}"],  // Sp
    ["!", "?", "\u{3002}", "\u{11047}"],  // STerm
    ["A", "M", "T", "É"],  // Upper
    ["\r"], ["\n"],  // CR, LF
    ["\u{0301}", "\u{FE0F}"],  // Extend
    [",", "-", ":", ";"],  // SContinue
  ]

  static func ends(_ text: String, _ breaker: ICU.BreakIterator) throws -> (windows: [Int32], walked: [Int32]) {
    var windows: [Int32] = []
    var scratch: [Int32] = []
    var walked: [Int32] = []
    try Array(text.utf16).withUnsafeBufferPointer { buffer in
      try breaker.sentenceEndsInWindows(buffer, into: &windows, scratch: &scratch)
      try breaker.sentenceEnds(buffer, into: &walked)
    }
    return (windows, walked)
  }

  @Test("boundaries found in windows are those of a walk over every character")
  func windowsGiveEveryBoundary() throws {
    let breaker = try ICU.BreakIterator(.sentence)
    var random = SeededRandom(seed: 11)
    var mismatches: [String] = []
    for _ in 0..<40_000 {
      var text = ""
      for _ in 0..<Int(random.next() % 28) {
        let group = Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))]
        text += group[Int(random.next() % UInt64(group.count))]
      }
      let found = try Self.ends(text, breaker)
      if found.windows != found.walked, mismatches.count < 5 {
        mismatches.append("\(String(reflecting: text)): \(found.windows) against \(found.walked)")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test("sentences of therapy talk end after terminators, not after abbreviations or decimals")
  func handWrittenCases() throws {
    let breaker = try ICU.BreakIterator(.sentence)
    // Offsets are UTF-16 code units; every text is ASCII, so they count characters.
    let cases: [(String, [Int32])] = [
      ("I left. Then I came back.", [8, 25]), ("Did it help? Yes! A lot.", [13, 18, 24]),
      ("We met at 3.5 hours, e.g. twice a week.", [39]), ("She said \"stop.\" I did.", [17, 23]),
      ("U.S. policy. And then", [13, 21]), ("First line\nsecond line", [11, 22]), ("One\r\nTwo", [5, 8]),
      ("Wait... what?! Okay.", [15, 20]), ("no terminator at all", [20]), ("etc. 12 34 the end", [18]), ("", []),
    ]
    for (text, expected) in cases {
      let found = try Self.ends(text, breaker)
      #expect(found.windows == expected && found.walked == expected, "\(text)")
    }
  }

  @Test("text without spaces is one window: as found by a walk, and not asked again per terminator")
  func textWithoutSpacesIsOneWindow() throws {
    let breaker = try ICU.BreakIterator(.sentence)
    for text in [String(repeating: "a.", count: 20_000), String(repeating: "No.Yes!", count: 5_000) + " Then."] {
      let found = try Self.ends(text, breaker)
      #expect(found.windows == found.walked)
    }
  }
}
