import RapportText

/// Which of the rules' cue phrase lists occur in a sentence, found in one sweep over its words
/// instead of one sweep per list.
///
/// Every phrase of the lists is one entry, with a bit for each list that holds it (`part of
/// you` is both a reflection stem and a complex stem). Entries are grouped by first word and,
/// within a group, sorted by second word, so at each word only the one-word phrases and the
/// phrases whose second word is the next word are compared.
struct ActCues: Sendable {
  /// The cue lists, one bit each.
  struct Lists: OptionSet, Sendable {
    let rawValue: UInt16
    static let reflectionStem = Lists(rawValue: 1 << 0)
    static let complexStem = Lists(rawValue: 1 << 1)
    static let advice = Lists(rawValue: 1 << 2)
    static let permission = Lists(rawValue: 1 << 3)
    static let information = Lists(rawValue: 1 << 4)
    static let affirm = Lists(rawValue: 1 << 5)
    static let collaboration = Lists(rawValue: 1 << 6)
    static let autonomy = Lists(rawValue: 1 << 7)
    static let confront = Lists(rawValue: 1 << 8)
    static let apology = Lists(rawValue: 1 << 9)
    static let greeting = Lists(rawValue: 1 << 10)
  }

  /// What a sweep found in a run of words.
  struct Found {
    /// The lists with a phrase in the words.
    var lists: Lists = []
    /// Distinct information cues, counted up to `informationLimit`.
    var information = 0
    /// The word classes of any of the words, and of every one of them (all classes for no
    /// words), so the rules test a class of the sentence with one mask.
    var someWord: ActClasses = []
    var everyWord = ActClasses(rawValue: .max)

    func contains(_ list: Lists) -> Bool { lists.contains(list) }
  }

  /// Information cues beyond this many add nothing to a score (`TherapistActs.Scores`).
  static let informationLimit = 3

  /// One phrase: the lists holding it, its second act word (-1 for a one-word phrase) and
  /// where its words after the second lie in `rest`.
  private struct Entry: Sendable {
    var lists: Lists
    var second: Int16
    var rest: Range<Int32>
  }

  /// The entries whose first word is act word `id` are `entries[firstWord[id]..<firstWord[id + 1]]`.
  private let firstWord: ContiguousArray<Int32>
  private let entries: ContiguousArray<Entry>
  private let rest: ContiguousArray<Int16>

  /// The index of `lists`: each list's phrases, written as act words separated by single
  /// spaces.
  init(_ lists: [(Lists, [String])]) {
    var byPhrase: [[Int16]: Lists] = [:]
    for (list, phrases) in lists {
      for phrase in phrases { byPhrase[ActLexicon.ids(phrase), default: []].insert(list) }
    }
    // Sorted by words, so the index does not depend on the order a `Dictionary` iterates in.
    let phrases = byPhrase.keys.filter { !$0.isEmpty }.sorted { $0.lexicographicallyPrecedes($1) }
    var firstWord = ContiguousArray<Int32>(repeating: 0, count: ActLexicon.table.classes.count + 1)
    var entries: ContiguousArray<Entry> = []
    var rest: ContiguousArray<Int16> = []
    var next = 0
    for id in 0..<ActLexicon.table.classes.count {
      firstWord[id] = Int32(entries.count)
      // A one-word phrase sorts before the longer phrases of its first word, so its `second`
      // of -1 comes first as the sweep expects.
      while next < phrases.count, phrases[next][0] == Int16(id) {
        let words = phrases[next]
        let tail = words.dropFirst(2)
        entries.append(
          Entry(
            lists: byPhrase[words]!, second: words.count > 1 ? words[1] : -1,
            rest: Int32(rest.count)..<Int32(rest.count + tail.count)))
        rest.append(contentsOf: tail)
        next += 1
      }
    }
    firstWord[ActLexicon.table.classes.count] = Int32(entries.count)
    self.firstWord = firstWord
    self.entries = entries
    self.rest = rest
  }

  /// The lists with a phrase in `words`, and the distinct information cues among them.
  ///
  /// - Complexity: O(n · m) for n words and m phrases sharing a word's first two words.
  func find(in words: WordSpan) -> Found {
    var found = Found()
    // Lists already found (information once enough cues are counted): their phrases are
    // not compared again.
    var settled: Lists = []
    // The information cues found so far, by entry, in a vector so counting allocates nothing.
    var information = SIMD4<Int32>(repeating: -1)
    /// Notes entry `index`, found in the words.
    func record(_ index: Int) {
      let lists = entries[index].lists
      found.lists.formUnion(lists)
      settled.formUnion(lists.subtracting(.information))
      guard lists.contains(.information), found.information < Self.informationLimit,
        !(0..<found.information).contains(where: { information[$0] == Int32(index) })
      else { return }
      information[found.information] = Int32(index)
      found.information += 1
      if found.information == Self.informationLimit { settled.insert(.information) }
    }
    for position in words.indices {
      found.someWord = found.someWord.union(words[position].classes)
      found.everyWord = found.everyWord.intersection(words[position].classes)
      let known = words[position].known
      guard known >= 0 else { continue }
      var index = Int(firstWord[Int(known)])
      let end = Int(firstWord[Int(known) + 1])
      while index < end, entries[index].second < 0 {
        if !settled.isSuperset(of: entries[index].lists) { record(index) }
        index += 1
      }
      guard index < end, position + 1 < words.count else { continue }
      let second = words[position + 1].known
      guard second >= 0 else { continue }
      // The group's longer phrases are sorted by second word: skip to those of `second`.
      while index < end, entries[index].second < second { index += 1 }
      while index < end, entries[index].second == second {
        if !settled.isSuperset(of: entries[index].lists), follows(entries[index].rest, at: position + 2, in: words) {
          record(index)
        }
        index += 1
      }
    }
    return found
  }

  /// Whether the act ids `rest[range]` are the words of `words` from `start` on.
  private func follows(_ range: Range<Int32>, at start: Int, in words: WordSpan) -> Bool {
    guard words.count - start >= range.count else { return false }
    var position = start
    for index in range {
      if words[position].known != rest[Int(index)] { return false }
      position += 1
    }
    return true
  }
}

extension TherapistActs {
  /// The cue lists the rules test per sentence, indexed together.
  static let cues = ActCues([
    (.reflectionStem, Words.reflectionStemPhrases), (.complexStem, Words.complexStemPhrases),
    (.advice, Words.adviceCuePhrases), (.permission, Words.permissionCuePhrases),
    (.information, Words.informationCuePhrases), (.affirm, Words.affirmCuePhrases),
    (.collaboration, Words.collaborationCuePhrases), (.autonomy, Words.autonomyCuePhrases),
    (.confront, Words.confrontCuePhrases), (.apology, Words.apologyPhrases), (.greeting, Words.greetingPhrases),
  ])
}
