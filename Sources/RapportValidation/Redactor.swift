import RapportSupport
import RapportTag
import RapportText

/// A stretch of turn text to hide in samples, and what to show instead.
public struct RedactionMask: Sendable, Hashable {
  /// UTF-16 range in the turn's text.
  public var range: Range<Int>
  /// `[NAME]`, `[EMAIL]`, `[PHONE]` or `[DATE]`.
  public var marker: String
}

/// Finds names, e-mail addresses, phone numbers and dates in a turn so that samples written
/// into reports can hide them (`--redact`). A heuristic, documented in
/// docs/lexicon-validation.md: it over-masks rather than under-masks, and it is no substitute
/// for de-identifying transcripts before analysis.
///
/// Names: a word is taken as a name when it starts with a capital letter, does not open its
/// sentence (a word right after an opening quotation mark or bracket does count, since quoted
/// speech often opens with a name; so does a possessive such as `Kayla's`), is not `I` or one
/// of its contractions, is not a weekday, month or other listed common capitalized word, and is
/// not a word of the loaded lexicons. Every occurrence of such a word in the session is then
/// masked, sentence-initial ones included, as are the words of the session's speaker labels
/// (`Maria`, `Dr. Okafor`). A capitalized word after a title (`Dr`, `Mrs.`, `Prof`) is a
/// name wherever it stands, and title and name are masked together. E-mails (any script,
/// dotless local domains too), phones and dates are found by linear scanners
/// (`Redactor+Patterns.swift`), never a backtracking regular expression.
public struct Redactor: Sendable {
  /// Whether a normalized word is a word of the loaded lexicons (and so not taken for a name).
  let isLexiconWord: @Sendable (String) -> Bool
  /// Normalized words of speaker labels that are masked wherever they occur.
  let speakerNames: Set<String>

  /// Capitalized words that are not names (with the commonest words that open quoted speech,
  /// for when no function-word lexicon is loaded).
  static let commonCapitalized: Set<String> = [
    "i", "ok", "okay", "god", "mr", "mrs", "ms", "dr", "tv",
    "a", "and", "are", "but", "can", "did", "do", "don't", "he", "her", "his", "how", "i'm", "is",
    "it", "it's", "my", "no", "not", "oh", "our", "she", "so", "that", "the", "their", "there",
    "they", "this", "we", "well", "what", "when", "where", "who", "why", "yes", "you", "your",
    "let", "here", "everyone", "everybody", "everything", "nobody", "nothing", "someone",
    "somebody", "something", "today", "tomorrow", "tonight", "mom", "mum", "dad",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]
  /// Words of speaker labels that name a role, not a person.
  static let roleWords: Set<String> = [
    "t", "c", "p", "therapist", "client", "counselor", "counsellor", "patient", "dr", "doctor",
    "mr", "mrs", "ms", "interviewer", "participant", "speaker", "th", "cl",
  ]

  /// A redactor that takes words the `matcher` knows for ordinary words, and masks the words
  /// of `speakerLabels` (after normalization by `tokenizer`).
  ///
  /// - Throws: `RapportError` when ICU fails to normalize a label.
  public init(matcher: Matcher?, speakerLabels: [String] = [], tokenizer: Tokenizer) throws(RapportError) {
    let known = matcher
    isLexiconWord = { word in !(known?.elementsMatching(word).isEmpty ?? true) }
    var names = Set<String>()
    for label in speakerLabels {
      for word in try tokenizer.normalizedWords(label) where word.count >= 2 && !Self.roleWords.contains(word) {
        names.insert(word)
      }
    }
    speakerNames = names
  }

  /// The masks of one turn, sorted and not overlapping, with the names found in that turn.
  public func masks(text: String, tokens: [Token], vocabulary: Vocabulary) -> [RedactionMask] {
    masks(text: text, tokens: tokens, vocabulary: vocabulary, names: names(text: text, tokens: tokens, vocabulary: vocabulary))
  }

  /// The masks of one turn, sorted and not overlapping; `names` are normalized words taken for
  /// names (from `names(text:tokens:vocabulary:)` over the whole session, so a name that
  /// opens a sentence in one turn is caught from another turn).
  public func masks(text: String, tokens: [Token], vocabulary: Vocabulary, names: Set<String>) -> [RedactionMask] {
    var found = patternMasks(text)
    let all = names.union(speakerNames)
    for token in tokens where token.kind == .word && all.contains(Self.stem(vocabulary.string(token.term))) {
      found.append(RedactionMask(range: token.range, marker: "[NAME]"))
    }
    // Earlier start first, then the longer, then by kind; a mask overlapping a kept one is dropped.
    let priority = ["[EMAIL]": 0, "[DATE]": 1, "[PHONE]": 2, "[NAME]": 3]
    found.sort {
      ($0.range.lowerBound, -$0.range.count, priority[$0.marker]!) < ($1.range.lowerBound, -$1.range.count, priority[$1.marker]!)
    }
    var kept: [RedactionMask] = []
    for mask in found where kept.last.map({ $0.range.upperBound <= mask.range.lowerBound }) ?? true {
      kept.append(mask)
    }
    return kept
  }

  /// Normalized words of one turn taken for names: capitalized, not opening a sentence (a word
  /// right after an opening quote or bracket, or a possessive such as `Kayla's`, does count),
  /// not `I…`, not a listed common word, not a lexicon word. Possessives are stored without
  /// their `'s`.
  public func names(text: String, tokens: [Token], vocabulary: Vocabulary) -> Set<String> {
    let units = Array(text.utf16)
    var names = Set<String>()
    var previousWord: Token?
    for (index, token) in tokens.enumerated() where token.kind == .word {
      defer { previousWord = token }
      let startsSentence = previousWord.map { $0.sentence != token.sentence } ?? true
      let afterQuote = index > 0 && tokens[index - 1].kind != .word && Self.isOpeningMark(units[Int(tokens[index - 1].start)])
      let word = vocabulary.string(token.term)
      let stem = Self.stem(word)
      // After a title (`Dr. Patel`) a capitalized word is a name even where a sentence break
      // was found after the title's period.
      let afterTitle = previousWord.map { Self.titles.contains(vocabulary.string($0.term)) } ?? false
      if afterTitle, Self.isUppercase(units[Int(token.start)]) {
        names.insert(stem)
        continue
      }
      guard !startsSentence || afterQuote || stem != word, Self.isUppercase(units[Int(token.start)]) else { continue }
      if word.hasPrefix("i'") || Self.commonCapitalized.contains(stem) || isLexiconWord(word) || isLexiconWord(stem) {
        continue
      }
      names.insert(stem)
    }
    return names
  }

  /// A normalized word without a possessive `'s` or `'` (`kayla's` → `kayla`).
  static func stem(_ word: String) -> String {
    if word.hasSuffix("'s"), word.count > 2 { return String(word.dropLast(2)) }
    if word.hasSuffix("'"), word.count > 1 { return String(word.dropLast()) }
    return word
  }

  static func isUppercase(_ unit: UInt16) -> Bool {
    guard let scalar = Unicode.Scalar(unit) else { return false }
    return scalar.properties.isUppercase
  }

  static func isOpeningMark(_ unit: UInt16) -> Bool {
    [0x22, 0x27, 0x201C, 0x2018, 0x28, 0x5B, 0xAB].contains(unit)
  }
}
