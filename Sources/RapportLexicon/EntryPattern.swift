import RapportSupport
import RapportText

/// An entry's term as the matcher sees it: the normalized words of the term, in order, the
/// last piece of a word written with a trailing `*` being a prefix. The matcher compiles
/// entries through this type and the linter inspects them through it, so the two agree.
package struct EntryPattern: Hashable, Sendable {
  /// One normalized word: matched exactly, or as a prefix.
  package struct Word: Hashable, Sendable {
    package var text: String
    package var isPrefix: Bool
  }

  package var words: [Word]

  /// The pattern of `term`. A word is split where the tokenizer would split it in text
  /// (`self-conscious` is `self conscious`), and pieces that are not words are dropped.
  ///
  /// - Throws: `RapportError` when ICU fails.
  package init(_ term: String, tokenizer: Tokenizer) throws(RapportError) {
    var words: [Word] = []
    for word in term.split(whereSeparator: \.isWhitespace) {
      let isPrefix = word.hasSuffix("*")
      let pieces = try tokenizer.normalizedWords(String(isPrefix ? word.dropLast() : word))
      for (offset, piece) in pieces.enumerated() {
        words.append(Word(text: piece, isPrefix: isPrefix && offset == pieces.count - 1))
      }
    }
    self.words = words
  }

  /// The pattern written back as a term: `walk* on eggshells`.
  var display: String {
    words.map { $0.isPrefix ? $0.text + "*" : $0.text }.joined(separator: " ")
  }

  var isEmpty: Bool { words.isEmpty }
}
