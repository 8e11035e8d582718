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
    /// The position among the words of word token `token` (`words` is sorted).
    func position(_ token: Int32) -> Int32 {
      var low = 0
      var high = words.count - 1
      while low < high {
        let middle = (low + high) / 2
        if words[middle] < token { low = middle + 1 } else { high = middle }
      }
      return Int32(low)
    }
    // Every word of a boundary phrase ("on the other hand") belongs to no clause's window.
    for hit in work.found where roles[Int(hit.category)] == .clauseBoundary {
      work.boundaries.append((position(hit.firstToken), position(hit.lastToken)))
    }
    let boundaries = work.boundaries
    func inBoundary(_ position: Int) -> Bool {
      boundaries.contains { Int($0.first) <= position && position <= Int($0.last) }
    }
    /// Whether a new clause starts at word position `position` (> 0): a new sentence, a
    /// clause-ending punctuation mark since the word before, or either word in a boundary phrase.
    func startsClause(_ position: Int) -> Bool {
      let previous = Int(words[position - 1])
      let word = Int(words[position])
      if tokens[word].sentence != tokens[previous].sentence { return true }
      var between = previous + 1
      while between < word {
        let token = tokens[between]
        if token.kind == .punctuation && vocabulary.classes(token.term).contains(.clausePunctuation) { return true }
        between += 1
      }
      return !boundaries.isEmpty && (inBoundary(position - 1) || inBoundary(position))
    }

    for hit in work.found {
      switch roles[Int(hit.category)] {
      case .negator, .intensifier, .hedge: work.modifiers.append((roles[Int(hit.category)], position(hit.lastToken)))
      default: break
      }
    }
    let modifiers = work.modifiers
    for var hit in work.found where roles[Int(hit.category)] == .content {
      let start = position(hit.firstToken)
      for modifier in modifiers where modifier.last < start && Int(start - modifier.last) <= options.window {
        guard !(Int(modifier.last) + 1...Int(start)).contains(where: startsClause) else { continue }
        switch modifier.role {
        case .negator: hit.negated = hit.negated || negatable[Int(hit.category)]
        case .intensifier: hit.intensified = true
        case .hedge: hit.hedged = true
        default: break
        }
      }
      hits.append(hit)
    }
  }
}
