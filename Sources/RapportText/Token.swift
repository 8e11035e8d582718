import RapportSupport

/// What a token is.
public enum TokenKind: UInt8, Sendable, Codable {
  /// `emoticon`: an ASCII emoticon such as `:(` or `<3`, one token (`Emoticons`).
  case word = 1, number = 2, punctuation = 3, symbol = 4, emoticon = 5

  /// Whether the token counts as a word (LIWC counts numbers as words too). Emoticons count as
  /// words so that lexicon entries can name them (`:(` in a sadness category), as LIWC's
  /// dictionaries list them among their words.
  @inlinable public var isWord: Bool { self == .word || self == .number || self == .emoticon }
}

/// One token of a turn: where it is, what it is, and its normalized form as a vocabulary id.
///
/// Tokens hold no `String`: the surface form is `turn.text[range]` and the normalized form is
/// `vocabulary.string(term)`, so the tokenize-and-match path allocates per distinct word, not
/// per token.
public struct Token: Sendable, Hashable {
  /// UTF-16 offsets in the turn's text.
  public var start: Int32
  public var end: Int32
  public var kind: TokenKind
  /// Whether its surface form holds at least seven letters (Unicode alphabetic scalars):
  /// LIWC's "big words" (`bigwords`). Worked out once per spelling by the tokenizer.
  public var isLong: Bool
  /// 0-based sentence of the turn the token belongs to.
  public var sentence: Int32
  /// Vocabulary id of the normalized form.
  public var term: Int32

  @inlinable public var range: Range<Int> { Int(start)..<Int(end) }

  /// Whether `text` (UTF-16) holds at least `count` letters (Unicode alphabetic scalars).
  public static func hasLetters(_ text: UnsafeBufferPointer<UInt16>, atLeast count: Int) -> Bool {
    guard text.count >= count else { return false }
    // ASCII in one pass (setting bit 5 maps A–Z onto a–z and nothing else into a–z); the
    // first non-ASCII unit sends the word to the Unicode count.
    var found = 0
    var ascii = true
    for unit in text {
      if unit >= 0x80 {
        ascii = false
        break
      }
      if (0x61...0x7A).contains(unit | 0x20) { found += 1 }
    }
    if ascii { return found >= count }
    found = 0
    for scalar in String(decoding: text, as: UTF16.self).unicodeScalars where scalar.properties.isAlphabetic {
      found += 1
      if found >= count { return true }
    }
    return false
  }
}

extension String {
  /// The text at UTF-16 range `range` of this string (a token's surface form).
  public func utf16Slice(_ range: Range<Int>) -> String {
    let utf16 = self.utf16
    let from = utf16.index(utf16.startIndex, offsetBy: range.lowerBound)
    let to = utf16.index(from, offsetBy: range.count)
    return String(utf16[from..<to]) ?? UTF16Text.string(Array(utf16[from..<to]))
  }
}
