/// The span matching rule for gold agreement (docs/lexicon-validation.md).
///
/// Within one turn and one category, a lexicon hit and a gold span match when their character
/// ranges overlap. Hits and spans are paired one to one, as many pairs as possible (a maximum
/// bipartite matching, tried in text order so the result is deterministic). A paired hit is a
/// true positive; an unpaired gold span is a false negative; an unpaired hit that overlaps no
/// gold span is a false positive; an unpaired hit that overlaps a gold span already paired
/// with another hit (`scared and anxious` annotated as one span) is redundant and counts as
/// neither.
public enum SpanAgreement {
  /// What became of one hit.
  public enum HitOutcome: Sendable, Hashable {
    /// Paired with the gold span at this index.
    case matched(Int)
    /// Overlaps a gold span that another hit is paired with.
    case redundant
    case falsePositive
  }

  /// Pairs `hits` with `gold` spans (UTF-16 ranges in one turn, one category).
  /// - Returns: for each gold span the index of its hit or nil, and each hit's outcome.
  /// - Complexity: O(g · h · min(g, h)) for g spans and h hits; both are a handful per turn.
  public static func match(gold: [Range<Int>], hits: [Range<Int>]) -> (gold: [Int?], hits: [HitOutcome]) {
    let goldOrder = gold.indices.sorted { (gold[$0].lowerBound, gold[$0].upperBound, $0) < (gold[$1].lowerBound, gold[$1].upperBound, $1) }
    let hitOrder = hits.indices.sorted { (hits[$0].lowerBound, hits[$0].upperBound, $0) < (hits[$1].lowerBound, hits[$1].upperBound, $1) }
    var hitOfGold = [Int?](repeating: nil, count: gold.count)
    var goldOfHit = [Int?](repeating: nil, count: hits.count)

    // Kuhn's augmenting paths: gold span g takes a free overlapping hit, or one whose span can
    // move to another hit.
    func augment(_ g: Int, _ visited: inout [Bool]) -> Bool {
      for h in hitOrder where !visited[h] && overlaps(gold[g], hits[h]) {
        visited[h] = true
        if goldOfHit[h] == nil || augment(goldOfHit[h]!, &visited) {
          goldOfHit[h] = g
          hitOfGold[g] = h
          return true
        }
      }
      return false
    }
    for g in goldOrder {
      var visited = [Bool](repeating: false, count: hits.count)
      _ = augment(g, &visited)
    }
    let outcomes: [HitOutcome] = hits.indices.map { h in
      if let g = goldOfHit[h] { return .matched(g) }
      return gold.contains { overlaps($0, hits[h]) } ? .redundant : .falsePositive
    }
    return (hitOfGold, outcomes)
  }

  /// Whether two non-empty ranges share at least one code unit.
  static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
  }
}
