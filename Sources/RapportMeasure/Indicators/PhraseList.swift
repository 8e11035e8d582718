import RapportText

/// A list of word phrases over act word ids (`ActLexicon`), indexed by first word, so finding
/// which of them occur in a sentence costs one array read per word instead of one comparison
/// per phrase.
struct PhraseList: Sendable {
  /// By first word's act id: each phrase starting with it, as its number and remaining ids.
  private let byFirstWord: [[(phrase: Int, rest: [Int16])]]
  /// Number of phrases (duplicates counted once).
  let count: Int

  /// The list of `phrases`, each written as act words separated by single spaces.
  init(_ phrases: [String]) {
    var index = [[(phrase: Int, rest: [Int16])]](repeating: [], count: ActLexicon.table.classes.count)
    var seen = Set<String>()
    for phrase in phrases where seen.insert(phrase).inserted {
      let words = ActLexicon.ids(phrase)
      guard let first = words.first else { continue }
      index[Int(first)].append((seen.count - 1, Array(words.dropFirst())))
    }
    byFirstWord = index
    count = seen.count
  }

  /// Whether any phrase occurs in `words`.
  ///
  /// - Complexity: O(n · k) for n words and at most k phrases sharing a first word.
  func occurs(in words: [ActWord]) -> Bool {
    words.indices.contains { matches(at: $0, in: words) > 0 }
  }

  /// How many of the phrases occur in `words` (a phrase found twice counts once).
  func distinctMatches(in words: [ActWord]) -> Int {
    var found: [Int] = []
    for position in words.indices where words[position].known >= 0 {
      for entry in byFirstWord[Int(words[position].known)]
      where Self.follows(entry.rest, at: position + 1, in: words) && !found.contains(entry.phrase) {
        found.append(entry.phrase)
      }
    }
    return found.count
  }

  /// Whether a phrase starts `words`; `where` limits the phrases to those whose first word
  /// passes it.
  func starts(_ words: [ActWord], where accept: (ActWord) -> Bool = { _ in true }) -> Bool {
    guard let first = words.first, accept(first) else { return false }
    return matches(at: 0, in: words) > 0
  }

  /// Phrases that start at `position` of `words`.
  private func matches(at position: Int, in words: [ActWord]) -> Int {
    let known = words[position].known
    guard known >= 0 else { return 0 }
    return byFirstWord[Int(known)].lazy.filter { Self.follows($0.rest, at: position + 1, in: words) }.count
  }

  /// Whether the act ids `rest` are the words of `words` from `start` on.
  private static func follows(_ rest: [Int16], at start: Int, in words: [ActWord]) -> Bool {
    guard words.count - start >= rest.count else { return false }
    for (offset, id) in rest.enumerated() where words[start + offset].known != id { return false }
    return true
  }
}

extension TherapistActs {
  /// The rules' phrase lists over act word ids, made once from `Words`.
  enum Phrases {
    static let reflectionStems = PhraseList(Words.reflectionStemPhrases)
    static let complexStems = PhraseList(Words.complexStemPhrases)
    static let adviceCues = PhraseList(Words.adviceCuePhrases)
    static let permissionCues = PhraseList(Words.permissionCuePhrases)
    static let informationCues = PhraseList(Words.informationCuePhrases)
    static let affirmCues = PhraseList(Words.affirmCuePhrases)
    static let collaborationCues = PhraseList(Words.collaborationCuePhrases)
    static let autonomyCues = PhraseList(Words.autonomyCuePhrases)
    static let confrontCues = PhraseList(Words.confrontCuePhrases)
    static let apologies = PhraseList(Words.apologyPhrases)
    static let greetings = PhraseList(Words.greetingPhrases)
    static let openStems: [[Int16]] = Words.openStemPhrases.map(ActLexicon.ids)
    static let wonderStems: [[Int16]] = Words.wonderStemPhrases.map(ActLexicon.ids)
    static let fillerClauses: [[Int16]] = Words.fillerClausePhrases.map(ActLexicon.ids)
  }
}
