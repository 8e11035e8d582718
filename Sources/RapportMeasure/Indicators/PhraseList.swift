import RapportText

/// A list of word phrases over act word ids (`ActLexicon`), indexed by first word, so finding
/// which of them occur in a sentence costs one array read per word instead of one comparison
/// per phrase.
///
/// The index is flat: the phrases starting with act word `id` are
/// `entries[firstWord[id]..<firstWord[id + 1]]`, each with its remaining words in `rest`, so
/// a probe reads three contiguous arrays instead of an array of arrays.
struct PhraseList: Sendable {
  /// One phrase: its number (its place in the list, duplicates counted once) and where its
  /// words after the first lie in `rest`.
  private struct Entry: Sendable {
    var phrase: Int32
    var rest: Range<Int32>
  }

  private let firstWord: ContiguousArray<Int32>
  private let entries: ContiguousArray<Entry>
  private let rest: ContiguousArray<Int16>
  /// Number of phrases (duplicates counted once).
  let count: Int

  /// The list of `phrases`, each written as act words separated by single spaces.
  init(_ phrases: [String]) {
    var byFirstWord = [[(phrase: Int, rest: [Int16])]](repeating: [], count: ActLexicon.table.classes.count)
    var seen = Set<String>()
    for phrase in phrases where seen.insert(phrase).inserted {
      let words = ActLexicon.ids(phrase)
      guard let first = words.first else { continue }
      byFirstWord[Int(first)].append((seen.count - 1, Array(words.dropFirst())))
    }
    var firstWord: ContiguousArray<Int32> = [0]
    var entries: ContiguousArray<Entry> = []
    var rest: ContiguousArray<Int16> = []
    for phrasesOfWord in byFirstWord {
      for (phrase, words) in phrasesOfWord {
        entries.append(Entry(phrase: Int32(phrase), rest: Int32(rest.count)..<Int32(rest.count + words.count)))
        rest.append(contentsOf: words)
      }
      firstWord.append(Int32(entries.count))
    }
    self.firstWord = firstWord
    self.entries = entries
    self.rest = rest
    count = seen.count
  }

  /// Whether any phrase occurs in `words`.
  ///
  /// - Complexity: O(n · k) for n words and at most k phrases sharing a first word.
  func occurs(in words: WordSpan) -> Bool {
    for position in words.indices where firstMatch(at: position, in: words) != nil { return true }
    return false
  }

  /// Whether a phrase starts `words`; `where` limits the phrases to those whose first word
  /// passes it.
  func starts(_ words: WordSpan, where accept: (ActWord) -> Bool = { _ in true }) -> Bool {
    guard let first = words.first, accept(first) else { return false }
    return firstMatch(at: 0, in: words) != nil
  }

  /// The number of words of the first phrase in list order that starts `words`, or nil when
  /// none does.
  func firstStarting(_ words: WordSpan) -> Int? {
    guard let first = words.first, first.known >= 0 else { return nil }
    var best: Entry?
    for index in entries(startingWith: first.known) where follows(entries[index], at: 1, in: words) {
      if entries[index].phrase < best?.phrase ?? .max { best = entries[index] }
    }
    return best.map { $0.rest.count + 1 }
  }

  /// A phrase that starts at `position` of `words`, or nil.
  private func firstMatch(at position: Int, in words: WordSpan) -> Entry? {
    let known = words[position].known
    guard known >= 0 else { return nil }
    for index in entries(startingWith: known) where follows(entries[index], at: position + 1, in: words) {
      return entries[index]
    }
    return nil
  }

  /// Where the phrases whose first word is act word `known` lie in `entries`.
  private func entries(startingWith known: Int16) -> Range<Int> {
    Int(firstWord[Int(known)])..<Int(firstWord[Int(known) + 1])
  }

  /// Whether the words of `entry` after its first are the words of `words` from `start` on.
  private func follows(_ entry: Entry, at start: Int, in words: WordSpan) -> Bool {
    guard words.count - start >= entry.rest.count else { return false }
    var position = start
    for index in entry.rest {
      if words[position].known != rest[Int(index)] { return false }
      position += 1
    }
    return true
  }
}

extension TherapistActs {
  /// The rules' phrase lists over act word ids that are read on their own, made once from
  /// `Words` (the cue lists read per sentence are indexed together: `cues`).
  enum Phrases {
    static let reflectionStems = PhraseList(Words.reflectionStemPhrases)
    static let openStems = PhraseList(Words.openStemPhrases)
    static let wonderStems = PhraseList(Words.wonderStemPhrases)
    /// The filler clauses (`you know`, `kind of`, `like`) as pairs of act ids in list order, the
    /// second `noWord` for a one-word filler: every filler is one or two words, so a clause
    /// is compared with each by one vector compare.
    static let fillerClauses: [SIMD2<Int16>] = Words.fillerClausePhrases.map { phrase in
      let ids = ActLexicon.ids(phrase)
      precondition((1...2).contains(ids.count), "a filler clause of one or two words: '\(phrase)'")
      return SIMD2(ids[0], ids.count == 2 ? ids[1] : noWord)
    }
    /// The fillers that may also open a clause and be dropped from it (`you know`, `I mean`).
    static let openingFillers = 2
    /// No act word: not an act id (those are not negative) nor an unknown word's -1.
    static let noWord: Int16 = -2
  }
}
