import RapportText

extension Tagger {
  /// The matcher's entries flattened into parallel arrays, built once per tagger, so the
  /// matching loop reads integers instead of copying `Matcher.Entry` values (each holding a
  /// `String` and arrays) for every candidate at every word.
  struct EntryTable {
    /// Category of each entry.
    let category: ContiguousArray<Int32>
    /// The elements of entry `i` are `elements[elementStart[i]..<elementStart[i + 1]]`.
    let elementStart: ContiguousArray<Int32>
    let elements: ContiguousArray<Int32>
    /// Whether each entry has exclusion phrases (checked through `Matcher.entries`).
    let hasExclusions: ContiguousArray<Bool>
    /// What `isBetter` compares when two entries of a category match at one word: whether
    /// each entry has a wildcard, and its weight.
    let hasWildcard: ContiguousArray<Bool>
    let weight: ContiguousArray<Double>
    /// The one-word entries whose element is `e` are `single[singleStart[e]..<singleStart[e + 1]]`.
    let singleStart: ContiguousArray<Int32>
    let single: ContiguousArray<Int32>
    /// The entries of two or more words whose first element is `e` are
    /// `multi[multiStart[e]..<multiStart[e + 1]]`, sorted by their second element, so the
    /// loop visits only those whose second element the next word satisfies (the order in
    /// which candidates are tried does not change the result: `isBetter` is a total order).
    let multiStart: ContiguousArray<Int32>
    let multi: ContiguousArray<Int32>
    /// The second element of each entry in `multi`, at the same index.
    let multiSecond: ContiguousArray<Int32>

    init(_ matcher: Matcher) {
      var category: ContiguousArray<Int32> = []
      var elementStart: ContiguousArray<Int32> = [0]
      var elements: ContiguousArray<Int32> = []
      var hasExclusions: ContiguousArray<Bool> = []
      hasWildcard = ContiguousArray(matcher.entries.map(\.hasWildcard))
      weight = ContiguousArray(matcher.entries.map(\.weight))
      for entry in matcher.entries {
        category.append(Int32(entry.category))
        elements.append(contentsOf: entry.elements)
        elementStart.append(Int32(elements.count))
        hasExclusions.append(!entry.exclusions.isEmpty)
      }
      var singleStart: ContiguousArray<Int32> = [0]
      var single: ContiguousArray<Int32> = []
      var multiStart: ContiguousArray<Int32> = [0]
      var multi: ContiguousArray<Int32> = []
      var multiSecond: ContiguousArray<Int32> = []
      for list in matcher.entriesByFirstElement {
        single.append(contentsOf: list.filter { matcher.entries[Int($0)].elements.count == 1 })
        singleStart.append(Int32(single.count))
        let longer = list.filter { matcher.entries[Int($0)].elements.count > 1 }
          .map { (second: matcher.entries[Int($0)].elements[1], entry: $0) }
          .sorted { ($0.second, $0.entry) < ($1.second, $1.entry) }
        multi.append(contentsOf: longer.map(\.entry))
        multiSecond.append(contentsOf: longer.map(\.second))
        multiStart.append(Int32(multi.count))
      }
      (self.category, self.elementStart, self.elements, self.hasExclusions) = (category, elementStart, elements, hasExclusions)
      (self.singleStart, self.single) = (singleStart, single)
      (self.multiStart, self.multi, self.multiSecond) = (multiStart, multi, multiSecond)
    }
  }

  /// The matcher elements each vocabulary id satisfies, as the matching loop reads them: the
  /// elements of id `i` are `list[starts[i]..<starts[i + 1]]`, sorted.
  struct ElementCache {
    let starts: ContiguousArray<Int32>
    let list: ContiguousArray<Int32>

    /// Whether vocabulary id `term` satisfies matcher element `element`.
    @inline(__always)
    func satisfies(_ term: Int32, _ element: Int32) -> Bool {
      for slot in Int(starts[Int(term)])..<Int(starts[Int(term) + 1]) {
        let candidate = list[slot]
        if candidate >= element { return candidate == element }  // the list is sorted
      }
      return false
    }

    /// Whether `elements[from..<from + length]` match the turn's `words` from word position
    /// `position` on, all in one sentence. `firstKnown`: the caller knows the first word
    /// satisfies the first element (it found the entry through it), so only the rest are
    /// checked.
    func matches<Elements: RandomAccessCollection<Int32>>(
      _ elements: Elements, from: Int, length: Int, at position: Int, words: ContiguousArray<Tagger.Word>,
      firstKnown: Bool = false
    ) -> Bool where Elements.Index == Int {
      guard position + length <= words.count else { return false }
      let sentence = words[position].sentence
      for offset in (firstKnown ? 1 : 0)..<length {
        let word = words[position + offset]
        guard word.sentence == sentence, satisfies(word.term, elements[elements.startIndex + from + offset]) else { return false }
      }
      return true
    }
  }
}
