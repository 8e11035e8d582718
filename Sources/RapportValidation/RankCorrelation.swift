/// Spearman's rank correlation: Pearson's correlation of the ranks, ties given the mean of the
/// ranks they span.
public enum RankCorrelation {
  /// ρ of the paired values `x` and `y` (the same count); nil with fewer than two pairs or
  /// when either side has a single value throughout (no variance).
  ///
  /// - Complexity: O(n log n).
  public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
    precondition(x.count == y.count, "spearman needs paired values")
    guard x.count >= 2 else { return nil }
    return pearson(ranks(x), ranks(y))
  }

  /// The 1-based ranks of `values`, ties sharing the mean rank (`[10, 20, 20]` → `[1, 2.5, 2.5]`).
  public static func ranks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
      let rank = Double(start + end) / 2 + 1
      for position in start...end { ranks[order[position]] = rank }
      start = end + 1
    }
    return ranks
  }

  /// Pearson's r of `x` and `y`; nil when either has no variance.
  static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
    let n = Double(x.count)
    let meanX = x.reduce(0, +) / n
    let meanY = y.reduce(0, +) / n
    var covariance = 0.0
    var varianceX = 0.0
    var varianceY = 0.0
    for (a, b) in zip(x, y) {
      covariance += (a - meanX) * (b - meanY)
      varianceX += (a - meanX) * (a - meanX)
      varianceY += (b - meanY) * (b - meanY)
    }
    guard varianceX > 0, varianceY > 0 else { return nil }
    return covariance / (varianceX * varianceY).squareRoot()
  }
}
