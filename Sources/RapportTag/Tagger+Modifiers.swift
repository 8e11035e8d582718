import RapportText

extension Tagger {
  /// Splits modifier hits from content hits in `work.found` and appends each content hit to
  /// `hits`, marked from the modifiers in the window before it, stopping at clause
  /// boundaries.
  func applyModifiers(tokens: [Token], work: inout Scratch, into hits: inout [Hit]) {
    // Only content hits are kept: a turn without one needs no clauses.
    guard work.found.contains(where: { roles[Int($0.category)] == .content }) else { return }
    let words = work.words
    // Position among the words of each token index (-1 for punctuation).
    work.wordPosition.removeAll(keepingCapacity: true)
    work.wordPosition.append(contentsOf: repeatElement(-1, count: tokens.count))
    for (position, token) in words.enumerated() { work.wordPosition[Int(token)] = Int32(position) }
    // Every word of a boundary phrase ("on the other hand") belongs to no clause's window.
    work.boundary.removeAll(keepingCapacity: true)
    work.boundary.append(contentsOf: repeatElement(false, count: words.count))
    for hit in work.found where roles[Int(hit.category)] == .clauseBoundary {
      for position in work.wordPosition[Int(hit.firstToken)]...work.wordPosition[Int(hit.lastToken)] {
        work.boundary[Int(position)] = true
      }
    }
    // Clause number of each word position: sentence ends, ';', ':' and boundary words split.
    work.clause.removeAll(keepingCapacity: true)
    let vocabulary = tokenizer.vocabulary
    var current: Int32 = 0
    for position in words.indices {
      if position > 0 {
        let previous = Int(words[position - 1])
        let word = Int(words[position])
        var splits = tokens[word].sentence != tokens[previous].sentence || work.boundary[position - 1]
        // Punctuation that ends a clause between the two words (an index loop: no slice per word).
        var between = previous + 1
        while !splits, between < word {
          let token = tokens[between]
          splits = token.kind == .punctuation && vocabulary.classes(token.term).contains(.clausePunctuation)
          between += 1
        }
        if splits { current += 1 }
      }
      if work.boundary[position] { current += 1 }
      work.clause.append(current)
    }

    for hit in work.found {
      let role = roles[Int(hit.category)]
      switch role {
      case .negator, .intensifier, .hedge:
        let last = work.wordPosition[Int(hit.lastToken)]
        work.modifiers.append((role, last, work.clause[Int(last)]))
      default: break
      }
    }
    for var hit in work.found where roles[Int(hit.category)] == .content {
      let start = work.wordPosition[Int(hit.firstToken)]
      for modifier in work.modifiers
      where modifier.last < start && Int(start - modifier.last) <= options.window && modifier.clause == work.clause[Int(start)] {
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
