extension CorpusAccumulator {
  /// The sums as a flat list of integers (sessions, words, then per category and group its
  /// sessions, count, words and rate units), for a session part.
  package var figures: [Int] {
    var list = [sessions, words]
    list.reserveCapacity(2 + sums.count * 12)
    for category in sums {
      for group in category { list += [group.sessions, group.count, group.words, group.rateUnits] }
    }
    return list
  }

  /// Adds sums written by `figures` for the same categories; false (and nothing added) when
  /// `list` has another shape.
  package mutating func add(figures list: [Int]) -> Bool {
    guard list.count == 2 + sums.count * 12 else { return false }
    sessions += list[0]
    words += list[1]
    var at = 2
    for category in sums.indices {
      for group in sums[category].indices {
        sums[category][group].sessions += list[at]
        sums[category][group].count += list[at + 1]
        sums[category][group].words += list[at + 2]
        sums[category][group].rateUnits += list[at + 3]
        at += 4
      }
    }
    return true
  }
}
