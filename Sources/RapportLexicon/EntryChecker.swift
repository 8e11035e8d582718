import RapportSupport
import RapportText

/// The entry-level checks of `LexiconLinter`: normalization, tokenization, wildcards,
/// duplicates, exclusions, weights, and entries shared between categories.
///
/// `Sendable` notes: not `Sendable`; it owns a `Tokenizer`.
struct EntryChecker {
  /// The shortest wildcard stem, in letters, that is not reported as too short.
  static let shortestQuietStem = 3

  let path: String
  private let tokenizer: Tokenizer
  private var messages: [LintMessage] = []

  init(path: String) throws(RapportError) {
    self.path = path
    tokenizer = try Tokenizer()
  }

  private mutating func report(_ severity: LintMessage.Severity, _ line: Int?, _ message: String) {
    messages.append(LintMessage(file: path, line: line, severity: severity, message: message))
  }

  mutating func check(_ lexicon: Lexicon) -> [LintMessage] {
    messages = []
    // Where each pattern occurs: (category id, line, term as written), in file order.
    var occurrences: [EntryPattern: [(category: String, line: Int?, term: String)]] = [:]
    var patternOrder: [EntryPattern] = []
    let parents = Set(lexicon.categories.compactMap(\.parent))
    for category in lexicon.categories {
      if category.entries.isEmpty, !parents.contains(category.id) {
        report(.warning, category.line, "category '\(category.id)' has no entries and no child categories, so it never counts")
      }
      var firstInCategory: [EntryPattern: (line: Int?, term: String)] = [:]
      for entry in category.entries {
        guard let pattern = checkTerm(entry.term, line: entry.line, in: category.id) else { continue }
        if let first = firstInCategory[pattern] {
          let same = first.term == entry.term ? "first on line \(first.line.map(String.init) ?? "?")"
            : "same as '\(first.term)' on line \(first.line.map(String.init) ?? "?") after normalization"
          report(.error, entry.line, "duplicate entry '\(entry.term)' in category '\(category.id)' (\(same))")
          continue
        }
        firstInCategory[pattern] = (entry.line, entry.term)
        if occurrences[pattern] == nil { patternOrder.append(pattern) }
        occurrences[pattern, default: []].append((category.id, entry.line, entry.term))
        checkWeight(entry, in: category.id)
        for exclusion in entry.exclusions { checkExclusion(exclusion, of: entry, pattern: pattern) }
      }
    }
    for pattern in patternOrder {
      let places = occurrences[pattern]!
      guard places.count > 1 else { continue }
      let list = places.map { "\($0.category) (line \($0.line.map(String.init) ?? "?"))" }.joined(separator: ", ")
      report(.info, places[0].line, "entry '\(places[0].term)' is in \(places.count) categories: \(list)")
    }
    return messages
  }

  /// Checks one term; its pattern, or nil when it can never match.
  private mutating func checkTerm(_ term: String, line: Int?, in category: String) -> EntryPattern? {
    do {
      return try checkedTerm(term, line: line)
    } catch {
      report(.error, line, "entry '\(term)' could not be checked: \(error.problem)")
      return nil
    }
  }

  /// `checkTerm`'s checks; throws when ICU fails.
  private mutating func checkedTerm(_ term: String, line: Int?) throws(RapportError) -> EntryPattern? {
    let words = term.split(whereSeparator: \.isWhitespace)
    if let bad = words.first(where: { $0.dropLast().contains("*") }) {
      report(.error, line, "entry '\(term)' can never match: '\(bad)' has a '*' before its end, and '*' works only as the last character of a word")
      return nil
    }
    let pattern = try EntryPattern(term, tokenizer: tokenizer)
    guard !pattern.isEmpty else {
      report(.error, line, "entry '\(term)' vanishes under normalization: it holds no word the tokenizer would produce, so it can never match")
      return nil
    }
    let sentences = Set(try tokenizer.tokenize(words.map { $0.hasSuffix("*") ? String($0.dropLast()) : String($0) }
      .joined(separator: " ")).filter { $0.kind.isWord }.map(\.sentence))
    if sentences.count > 1 {
      report(.error, line, "entry '\(term)' can never match: the tokenizer reads a sentence end inside it, and phrases match within one sentence")
      return nil
    }
    for word in words where try EntryPattern(String(word), tokenizer: tokenizer).isEmpty {
      report(.warning, line, "in entry '\(term)', '\(word)' is not a word and is ignored, so the entry matches as '\(pattern.display)'")
    }
    let normalized = try tokenizer.normalize(term)
    if normalized != term {
      report(.warning, line, "entry '\(term)' changes under normalization: it matches as '\(normalized)'")
    }
    for word in pattern.words where word.isPrefix && word.text.count < Self.shortestQuietStem {
      report(.warning, line, "wildcard '\(word.text)*' in entry '\(term)' has a stem of \(word.text.count) letter\(word.text.count == 1 ? "" : "s") and matches many unrelated words")
    }
    return pattern
  }

  private mutating func checkWeight(_ entry: LexiconEntry, in category: String) {
    if entry.weight == 0 {
      report(.warning, entry.line, "entry '\(entry.term)' has weight 0, so it adds nothing to the weighted score of '\(category)'")
    } else if entry.weight < 0 {
      report(.warning, entry.line, "entry '\(entry.term)' has a negative weight (\(LexiconExporter.decimal(entry.weight))), which lowers the weighted score of '\(category)'")
    }
  }

  /// An exclusion must contain the entry's words in order to ever suppress it.
  private mutating func checkExclusion(_ exclusion: String, of entry: LexiconEntry, pattern: EntryPattern) {
    let phrase: EntryPattern
    do {
      phrase = try EntryPattern(exclusion, tokenizer: tokenizer)
    } catch {
      report(.error, entry.line, "exclusion '\(exclusion)' of entry '\(entry.term)' could not be checked: \(error.problem)")
      return
    }
    guard !phrase.isEmpty else {
      report(.warning, entry.line, "exclusion '\(exclusion)' of entry '\(entry.term)' vanishes under normalization and never applies")
      return
    }
    let words = pattern.words.map(\.text)
    let contained = phrase.words.indices.contains { start in
      start + words.count <= phrase.words.count
        && zip(phrase.words[start...], pattern.words).allSatisfy { covers($0.0, $0.1) }
    }
    if !contained {
      report(.warning, entry.line, "exclusion '\(exclusion)' of entry '\(entry.term)' does not contain the entry, so it never applies")
    }
  }

  /// Whether a word of an exclusion stands where the entry's word does: the same text, or
  /// text the entry's prefix accepts.
  private func covers(_ phraseWord: EntryPattern.Word, _ entryWord: EntryPattern.Word) -> Bool {
    entryWord.isPrefix ? phraseWord.text.hasPrefix(entryWord.text) : phraseWord.text == entryWord.text
  }
}
