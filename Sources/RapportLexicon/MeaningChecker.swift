import RapportSupport
import RapportText

/// The meaning checks of `LexiconLinter`: entries that match words which say the opposite of
/// their category, or words too common to mean it. docs/lexicon-format.md, section 11, lists
/// them with their word lists.
///
/// - a wildcard that also matches a common *-less* word of its stem (`hope*` → `hopeless`,
///   `fear*` → `fearless`), unless an `<unless>` names that word or the category lists it;
/// - an entry that matches wherever an entry of a sibling category (same parent) does
///   (`trust*` in `trust_positive` and `trust issues` in `distrust`), so the same words count
///   for both, unless an `<unless>` of the entry covers the sibling's;
/// - a very common word of talk (`like`, `well`, `feel`, …) as an entry of an emotion category,
///   with neither an `<unless>` nor a weight other than 1.
///
/// Each makes a category count words that do not mean it: warnings, except an overlap among
/// three or more siblings (an emotion word that is also a shame phrase), which is often meant
/// and is information.
///
/// `Sendable` notes: not `Sendable`; it owns a `Tokenizer`.
struct MeaningChecker {
  /// Common English adjectives in *-less*, *-lessly* or *-lessness* whose stem a wildcard of
  /// the opposite meaning may start (a documented list, not a dictionary).
  static let lessWords: [String] = [
    "aimless", "breathless", "careless", "cheerless", "clueless", "defenseless", "defenceless", "doubtless",
    "faithless", "fearless", "friendless", "fruitless", "guiltless", "harmless", "heartless", "helpless",
    "homeless", "hopeless", "joyless", "lifeless", "loveless", "meaningless", "merciless", "mindless",
    "painless", "pointless", "powerless", "reckless", "regardless", "relentless", "remorseless", "restless",
    "ruthless", "selfless", "senseless", "shameless", "sleepless", "soulless", "speechless", "spineless",
    "tactless", "thoughtless", "tireless", "trustless", "useless", "voiceless", "worthless",
  ]

  /// Words so common in speech that, as emotion entries, they mostly count something else:
  /// fillers (`like`, `well`, `so`, `just`), hedges and intensifiers (`pretty`, `really`,
  /// `kind`), agreement tokens (`right`, `sure`, `fine`, `okay`), and `mean`, `feel`.
  static let commonWords: Set<String> = [
    "like", "mean", "kind", "well", "pretty", "just", "right", "sure", "fine", "okay", "ok", "alright", "so",
    "really", "feel",
  ]

  let path: String
  private let tokenizer: Tokenizer
  private var messages: [LintMessage] = []

  init(path: String) throws(RapportError) {
    self.path = path
    tokenizer = try Tokenizer()
  }

  /// An entry as the checks see it.
  private struct Compiled {
    var entry: LexiconEntry
    var pattern: EntryPattern
    var exclusions: [EntryPattern]
  }

  mutating func check(_ lexicon: Lexicon) -> [LintMessage] {
    messages = []
    let content = lexicon.categories.filter { $0.role == .content }
    var compiled: [String: [Compiled]] = [:]
    for category in content {
      var entries: [Compiled] = []
      for entry in category.entries {
        let words = entry.term.split(whereSeparator: \.isWhitespace)
        guard !words.contains(where: { $0.dropLast().contains("*") }) else { continue }
        do throws(RapportError) {
          let pattern = try EntryPattern(entry.term, tokenizer: tokenizer)
          guard !pattern.isEmpty else { continue }
          entries.append(Compiled(
            entry: entry, pattern: pattern,
            exclusions: try entry.exclusions.map { (exclusion) throws(RapportError) in
              try EntryPattern(exclusion, tokenizer: tokenizer)
            }.filter { !$0.isEmpty }))
        } catch {
          report(entry.line, "entry '\(entry.term)' could not be checked: \(error.problem)", severity: .error)
        }
      }
      compiled[category.id] = entries
    }
    let emotion = emotionCategories(lexicon)
    for category in content {
      let entries = compiled[category.id] ?? []
      let exact = Set(entries.filter { $0.pattern.words.count == 1 && !$0.pattern.words[0].isPrefix }.map { $0.pattern.words[0].text })
      for item in entries {
        checkLessWords(item, category: category.id, listed: exact)
        if emotion.contains(category.id) { checkCommonWord(item, category: category.id) }
      }
      guard let parent = category.parent else { continue }
      // Two children of one parent split it in two (trust_positive / distrust): an overlap
      // counts words for both sides of an opposition, a warning. Among more siblings
      // (fear, shame, anger, …) an overlap is often meant: information.
      let siblings = content.filter { $0.parent == parent }
      let severity: LintMessage.Severity = siblings.count == 2 ? .warning : .info
      for sibling in siblings where sibling.id != category.id {
        for item in entries {
          for other in compiled[sibling.id] ?? [] where item.pattern != other.pattern && Self.startsLike(other.pattern, item.pattern) {
            guard !item.exclusions.contains(where: { Self.startsLike(other.pattern, $0) }) else { continue }
            report(
              item.entry.line,
              "entry '\(item.entry.term)' of '\(category.id)' also matches wherever '\(other.entry.term)' of its sibling '\(sibling.id)' (line \(other.entry.line.map(String.init) ?? "?")) does, so those words count for both; add <unless>\(other.pattern.display)</unless> to the entry, or narrow it",
              severity: severity)
          }
        }
      }
    }
    return messages
  }

  private mutating func report(_ line: Int?, _ message: String, severity: LintMessage.Severity = .warning) {
    messages.append(LintMessage(file: path, line: line, severity: severity, message: message))
  }

  /// A wildcard whose stem also starts a common -less word of the opposite meaning.
  private mutating func checkLessWords(_ item: Compiled, category: String, listed: Set<String>) {
    // Only single words: in a phrase (`broken heart*`) the -less form hardly ever follows.
    guard item.pattern.words.count == 1 else { return }
    for word in item.pattern.words where word.isPrefix && word.text.count >= EntryChecker.shortestQuietStem {
      for less in Self.lessWords where less.hasPrefix(word.text) {
        // The stem must stop before the suffix: `hopeless*` is about hopelessness itself.
        guard word.text.count <= less.count - "less".count, !listed.contains(less),
          !item.exclusions.contains(where: { $0.words.contains { $0.text == less || ($0.isPrefix && less.hasPrefix($0.text)) } })
        else { continue }
        report(item.entry.line, "wildcard '\(word.text)*' in entry '\(item.entry.term)' of '\(category)' also matches '\(less)', whose -less says the opposite; add <unless>\(less)</unless> to the entry, or list the words it should match")
      }
    }
  }

  /// A single-word entry that matches a very common word, with no exclusion and weight 1.
  private mutating func checkCommonWord(_ item: Compiled, category: String) {
    guard item.pattern.words.count == 1, item.exclusions.isEmpty, item.entry.weight == 1 else { return }
    let word = item.pattern.words[0]
    let matched = Self.commonWords.filter { word.isPrefix ? $0.hasPrefix(word.text) : $0 == word.text }.sorted()
    guard !matched.isEmpty else { return }
    report(item.entry.line, "entry '\(item.entry.term)' of emotion category '\(category)' matches the very common word\(matched.count == 1 ? "" : "s") \(matched.map { "'\($0)'" }.joined(separator: ", ")), mostly a filler, hedge or agreement in talk; add <unless> phrases for its other uses, give it a weight below 1, or remove it")
  }

  /// Emotion categories: those of a lexicon whose name holds "emotion", and those whose id
  /// or an ancestor's holds "emotion" (`negative_emotion` and its children).
  private func emotionCategories(_ lexicon: Lexicon) -> Set<String> {
    let parents = Dictionary(lexicon.categories.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
    let byName = lexicon.name.lowercased().contains("emotion")
    var result = Set<String>()
    for category in lexicon.categories where category.role == .content {
      var chain: [String] = [category.id]
      while let parent = parents[chain.last!] ?? nil, !chain.contains(parent) { chain.append(parent) }
      if byName || chain.contains(where: { $0.contains("emotion") }) { result.insert(category.id) }
    }
    return result
  }

  /// Whether `covering` matches wherever `pattern` does: it has no more words, and each of its
  /// words accepts the word of `pattern` in the same place (equal text, or a prefix of it).
  static func startsLike(_ pattern: EntryPattern, _ covering: EntryPattern) -> Bool {
    guard covering.words.count <= pattern.words.count else { return false }
    return zip(covering.words, pattern.words).allSatisfy { cover, word in
      cover.isPrefix ? word.text.hasPrefix(cover.text) : (!word.isPrefix && word.text == cover.text)
    }
  }
}
