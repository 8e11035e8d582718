import Testing
@testable import RapportGenerate
@testable import RapportTag
@testable import RapportText

/// The tagger's matching loop (its per-word caches, one-word outcomes and phrase lookups)
/// against a plain reading of the matching rules of docs/lexicon-format.md, on random
/// lexicons of words, wildcards, phrases, weights and exclusions over random texts.
@Suite("Matching against the rules read plainly")
struct MatchingReferenceTests {
  static let words = ["ab", "abc", "abd", "b", "ba", "bad", "c", "ca", "cab"]
  static let stems = ["a", "ab", "b", "ba", "c"]

  /// The hits the rules give: at each word position in turn, for each category not still
  /// covered there by its own earlier hit, the longest entry matching from it within one
  /// sentence and not excluded, then an exact entry over one with a wildcard, the higher
  /// weight, the entry written first.
  static func expected(_ tokens: [Token], matcher: Matcher, vocabulary: Vocabulary) -> [String] {
    let words = tokens.filter { $0.kind.isWord }.map { (text: vocabulary.string($0.term), sentence: $0.sentence) }
    func satisfies(_ word: String, _ element: Int32) -> Bool {
      let element = matcher.elements[Int(element)]
      return element.isPrefix ? word.hasPrefix(element.text) : word == element.text
    }
    func matches(_ elements: [Int32], at position: Int) -> Bool {
      guard position >= 0, position + elements.count <= words.count else { return false }
      return elements.indices.allSatisfy { offset in
        words[position + offset].sentence == words[position].sentence
          && satisfies(words[position + offset].text, elements[offset])
      }
    }
    var covered = [Int](repeating: 0, count: matcher.categories.count)
    var found: [String] = []
    for position in words.indices {
      for category in matcher.categories.indices where covered[category] <= position {
        let candidates = matcher.entries.indices.filter { index in
          let entry = matcher.entries[index]
          return entry.category == category && matches(entry.elements, at: position)
            && !entry.exclusions.contains { phrase in
              phrase.indices.contains { offset in offset <= position && matches(phrase, at: position - offset) }
            }
        }
        let best = candidates.min { a, b in
          let (x, y) = (matcher.entries[a], matcher.entries[b])
          if x.elements.count != y.elements.count { return x.elements.count > y.elements.count }
          if x.hasWildcard != y.hasWildcard { return !x.hasWildcard }
          if x.weight != y.weight { return x.weight > y.weight }
          return a < b
        }
        guard let best else { continue }
        let length = matcher.entries[best].elements.count
        covered[category] = position + length
        found.append("\(category):\(best)@\(position)-\(position + length - 1)")
      }
    }
    return found
  }

  static func randomTerm(_ random: inout SeededRandom) -> String {
    let count = [1, 1, 1, 2, 2, 3][Int(random.next() % 6)]
    return (0..<count).map { _ in
      random.next() % 3 == 0
        ? stems[Int(random.next() % UInt64(stems.count))] + "*" : words[Int(random.next() % UInt64(words.count))]
    }.joined(separator: " ")
  }

  @Test("the tagger's hits are those the rules give")
  func taggerFollowsTheRules() throws {
    var random = SeededRandom(seed: 29)
    var mismatches: [String] = []
    for _ in 0..<600 {
      var categories = ""
      for category in 0..<3 {
        categories += "<category id=\"c\(category)\" label=\"c\(category)\">"
        for _ in 0..<(2 + Int(random.next() % 6)) {
          let weight = random.next() % 3 == 0 ? " weight=\"2\"" : ""
          let unless =
            random.next() % 5 == 0
            ? "<unless>\(Self.words[Int(random.next() % UInt64(Self.words.count))]) \(Self.words[Int(random.next() % UInt64(Self.words.count))])</unless>"
            : ""
          categories += "<entry term=\"\(Self.randomTerm(&random))\"\(weight)>\(unless)</entry>"
        }
        categories += "</category>"
      }
      let lexicon = try LexiconTestKit.lexicon(categories)
      let matcher = try Matcher(lexicons: [lexicon], builtInModifiers: false)
      let tagger = try Tagger(matcher: matcher)
      // Several turns through one tagger, so its caches carry words from turn to turn.
      for _ in 0..<4 {
        var text = ""
        for index in 0..<Int(random.next() % 24) {
          var word = Self.words[Int(random.next() % UInt64(Self.words.count))]
          if index > 0, random.next() % 6 == 0 {
            text += "."
            word = word.prefix(1).uppercased() + word.dropFirst()
          }
          text += (index > 0 ? " " : "") + word
        }
        let tokens = try tagger.tokenizer.tokenize(text)
        let found = tagger.tag(tokens, turn: 0).map { hit in
          "\(hit.category):\(hit.entry)@\(hit.firstWord)-\(hit.lastWord)"
        }
        let expected = Self.expected(tokens, matcher: matcher, vocabulary: tagger.tokenizer.vocabulary)
        if found != expected, mismatches.count < 5 {
          mismatches.append("\(categories)\n\(text): \(found) against \(expected)")
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n\n"))")
  }
}
