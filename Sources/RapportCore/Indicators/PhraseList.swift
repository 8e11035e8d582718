/// A list of word phrases indexed by first word, so finding which of them occur in a sentence
/// costs one dictionary probe per word instead of one comparison per phrase.
struct PhraseList: Sendable {
  /// The phrases, by first word; each entry holds the phrase's remaining words.
  private let byFirstWord: [String: [ArraySlice<String>]]
  /// Number of phrases (duplicates counted once).
  let count: Int

  /// The list of `phrases`, each written as words separated by single spaces.
  init(_ phrases: [String]) {
    var index: [String: [ArraySlice<String>]] = [:]
    var seen = Set<String>()
    for phrase in phrases where seen.insert(phrase).inserted {
      let words = phrase.split(separator: " ").map(String.init)
      guard let first = words.first else { continue }
      index[first, default: []].append(words.dropFirst())
    }
    byFirstWord = index
    count = seen.count
  }

  /// Whether any phrase occurs in `words`.
  ///
  /// - Complexity: O(n · k) for n words and at most k phrases sharing a first word.
  func occurs(in words: [String]) -> Bool {
    words.indices.contains { matches(at: $0, in: words) > 0 }
  }

  /// How many of the phrases occur in `words` (a phrase found twice counts once).
  func distinctMatches(in words: [String]) -> Int {
    var found = Set<[String]>()
    for position in words.indices {
      guard let rests = byFirstWord[words[position]] else { continue }
      let after = words[(position + 1)...]
      for rest in rests where after.starts(with: rest) { found.insert([words[position]] + rest) }
    }
    return found.count
  }

  /// Whether a phrase starts `words`; `where` limits the phrases to those whose first word
  /// passes it.
  func starts(_ words: [String], where accept: (String) -> Bool = { _ in true }) -> Bool {
    guard let first = words.first, accept(first) else { return false }
    return matches(at: 0, in: words) > 0
  }

  /// Phrases that start at `position` of `words`.
  private func matches(at position: Int, in words: [String]) -> Int {
    guard let rests = byFirstWord[words[position]] else { return 0 }
    let after = words[(position + 1)...]
    return rests.lazy.filter { after.starts(with: $0) }.count
  }
}
