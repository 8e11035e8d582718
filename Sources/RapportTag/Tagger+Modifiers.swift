import RapportText

extension Tagger {
  /// Splits modifier hits from content hits in `work.found` and appends each content hit to
  /// `hits`, marked from the modifiers in the window before it, stopping at clause
  /// boundaries.
  ///
  /// Clauses are looked at only between a modifier and a hit within the window: a modifier
  /// applies when no clause starts at any word after its last word up to the hit's first
  /// (`startsClause`), which is what numbering every word's clause and comparing the numbers
  /// gave, at a cost of a few words per pair instead of every word of the turn.
  func applyModifiers(tokens: [Token], work: inout Scratch, into hits: inout [Hit]) {
    // Only content hits are kept: a turn without one needs no clauses.
    guard work.found.contains(where: { roles[Int($0.category)] == .content }) else { return }
    let words = work.words
    let vocabulary = tokenizer.vocabulary
    // Every word of a boundary phrase ("on the other hand") belongs to no clause's window.
    for hit in work.found where roles[Int(hit.category)] == .clauseBoundary {
      work.boundaries.append((hit.firstWord, hit.lastWord))
    }
    let boundaries = work.boundaries
    func inBoundary(_ position: Int) -> Bool {
      boundaries.contains { Int($0.first) <= position && position <= Int($0.last) }
    }
    /// Whether a new clause starts at word position `position` (> 0): a new sentence, a
    /// clause-ending punctuation mark since the word before, or either word in a boundary phrase.
    func startsClause(_ position: Int) -> Bool {
      if words[position].sentence != words[position - 1].sentence { return true }
      let previous = Int(words[position - 1].token)
      let word = Int(words[position].token)
      var between = previous + 1
      while between < word {
        let token = tokens[between]
        if token.kind == .punctuation && vocabulary.classes(token.term).contains(.clausePunctuation) { return true }
        between += 1
      }
      return !boundaries.isEmpty && (inBoundary(position - 1) || inBoundary(position))
    }

    // The modifier roles ending at each word position, as bits (negator 1, intensifier 2,
    // hedge 4), so a hit looks only at the window's few positions.
    if work.modifierEnds.count < words.count {
      work.modifierEnds = ContiguousArray(repeating: 0, count: words.count)
    }
    func modifierBit(_ hit: Hit) -> UInt8 {
      switch roles[Int(hit.category)] {
      case .negator: 1
      case .intensifier: 2
      case .hedge: 4
      default: 0
      }
    }
    for hit in work.found where modifierBit(hit) != 0 {
      work.modifierEnds[Int(hit.lastWord)] |= modifierBit(hit)
    }
    // Read in place: a copy of the array held over the loop made the clearing below copy it.
    let found = work.found
    let window = options.window
    work.modifierEnds.withUnsafeBufferPointer { ends in
      for var hit in found where roles[Int(hit.category)] == .content {
        let start = Int(hit.firstWord)
        for last in max(0, start - window)..<start where ends[last] != 0 {
          guard !(last + 1...start).contains(where: startsClause) else { continue }
          if ends[last] & 1 != 0 { hit.negated = hit.negated || negatable[Int(hit.category)] }
          if ends[last] & 2 != 0 { hit.intensified = true }
          if ends[last] & 4 != 0 { hit.hedged = true }
        }
        hits.append(hit)
      }
    }
    for hit in work.found where modifierBit(hit) != 0 { work.modifierEnds[Int(hit.lastWord)] = 0 }
  }
}
