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
    /// entries of one pair of elements are one run (`phrases(first:second:)`; the order in
    /// which candidates are tried does not change the result: `isBetter` is a total order).
    let multiStart: ContiguousArray<Int32>
    let multi: ContiguousArray<Int32>
    /// The entries of `multi` by their first two elements, in open addressing: slot `i` holds
    /// the key `first << 32 | second` (`UInt64.max` when free) and the range of `multi` the
    /// pair starts (`pairStart[i]..<pairEnd[i]`). A word and the next are looked up with one
    /// probe, where a search among every entry a common first word starts took several.
    let pairKeys: ContiguousArray<UInt64>
    let pairStart: ContiguousArray<Int32>
    let pairEnd: ContiguousArray<Int32>
    /// One bit per hash of the pairs above (64 K bits, 8 KB): most words are followed by a
    /// word no phrase continues with, and this rejects those pairs without touching the table.
    let pairFilter: ContiguousArray<UInt64>

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
      // The second element of each entry in `multi`, at the same index (for the pair table).
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
      (self.multiStart, self.multi) = (multiStart, multi)
      // Every (first, second) run of `multi`, at most half the table full.
      var runs: [(key: UInt64, start: Int32, end: Int32)] = []
      for first in 0..<(multiStart.count - 1) {
        var index = Int(multiStart[first])
        while index < Int(multiStart[first + 1]) {
          let second = multiSecond[index]
          let start = index
          while index < Int(multiStart[first + 1]), multiSecond[index] == second { index += 1 }
          runs.append((Self.pairKey(Int32(first), second), Int32(start), Int32(index)))
        }
      }
      var size = 16
      while size < runs.count * 2 { size *= 2 }
      var keys = ContiguousArray<UInt64>(repeating: .max, count: size)
      var starts = ContiguousArray<Int32>(repeating: 0, count: size)
      var ends = ContiguousArray<Int32>(repeating: 0, count: size)
      for run in runs {
        var slot = Self.pairSlot(run.key, mask: size - 1)
        while keys[slot] != .max { slot = (slot + 1) & (size - 1) }
        (keys[slot], starts[slot], ends[slot]) = (run.key, run.start, run.end)
      }
      var filter = ContiguousArray<UInt64>(repeating: 0, count: Self.filterWords)
      for run in runs {
        let bit = Self.filterBit(run.key)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
      }
      (pairKeys, pairStart, pairEnd, pairFilter) = (keys, starts, ends, filter)
    }

    /// The indices in `multi` of the entries whose first two elements are `first`, `second`.
    @inline(__always)
    func phrases(first: Int32, second: Int32) -> Range<Int> {
      let key = Self.pairKey(first, second)
      let bit = Self.filterBit(key)
      guard pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return 0..<0 }
      let mask = pairKeys.count - 1
      var slot = Self.pairSlot(key, mask: mask)
      while true {
        let stored = pairKeys[slot]
        if stored == key { return Int(pairStart[slot])..<Int(pairEnd[slot]) }
        if stored == .max { return 0..<0 }
        slot = (slot + 1) & mask
      }
    }

    private static func pairKey(_ first: Int32, _ second: Int32) -> UInt64 {
      UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    private static let filterWords = 1024

    /// The filter bit of `key`: bits of its hash other than those that pick its slot.
    private static func filterBit(_ key: UInt64) -> Int {
      Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48) & (filterWords * 64 - 1)
    }

    private static func pairSlot(_ key: UInt64, mask: Int) -> Int {
      Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
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
