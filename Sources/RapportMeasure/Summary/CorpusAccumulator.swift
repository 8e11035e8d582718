import RapportSupport

/// Running sums for corpus.json, a few integers per category whatever the number of sessions.
/// Rates are summed as integers of 1/10 000 (they are written with four decimals), so sums are
/// exact and the result does not depend on the order sessions finish in.
public struct CorpusAccumulator: Sendable {
  struct Sums: Sendable {
    var sessions = 0
    var count = 0
    var words = 0
    var rateUnits = 0
  }

  let categories: [String]
  /// sums[category][group], groups therapist, client, all.
  var sums: [[Sums]]
  public internal(set) var sessions = 0
  public internal(set) var words = 0

  /// Empty sums for the content categories `categories`.
  public init(categories: [String]) {
    self.categories = categories
    sums = [[Sums]](repeating: [Sums](repeating: Sums(), count: 3), count: categories.count)
  }

  /// Adds one session.
  public mutating func add(_ summary: SessionSummary) {
    sessions += 1
    words += summary.words
    let groups: [[SpeakerSummary]] = [
      summary.speakers.filter { $0.role == .therapist }, summary.speakers.filter { $0.role == .client }, summary.speakers,
    ]
    for (group, speakers) in groups.enumerated() {
      let words = speakers.reduce(0) { $0 + $1.words }
      guard words > 0 else { continue }
      for (index, category) in categories.enumerated() {
        let count = speakers.reduce(0) { $0 + ($1.categories[category]?.count ?? 0) }
        let rate = Rounding.round(Double(count) * 100 / Double(words))
        sums[index][group].sessions += 1
        sums[index][group].count += count
        sums[index][group].words += words
        sums[index][group].rateUnits += Int((rate * 10_000).rounded())
      }
    }
  }

  /// Adds another accumulator's sessions (one per worker).
  public mutating func merge(_ other: CorpusAccumulator) {
    sessions += other.sessions
    words += other.words
    for category in sums.indices {
      for group in 0..<3 {
        sums[category][group].sessions += other.sums[category][group].sessions
        sums[category][group].count += other.sums[category][group].count
        sums[category][group].words += other.sums[category][group].words
        sums[category][group].rateUnits += other.sums[category][group].rateUnits
      }
    }
  }

  /// The means of every category.
  public func means() -> [String: CorpusSummary.CategoryMeans] {
    func mean(_ sums: Sums) -> CorpusSummary.CategoryMean {
      let sessions = Double(sums.sessions)
      return CorpusSummary.CategoryMean(
        sessions: sums.sessions, count: sums.count, words: sums.words,
        meanCount: sums.sessions > 0 ? Rounding.round(Double(sums.count) / sessions) : nil,
        meanRate: sums.sessions > 0 ? Rounding.round(Double(sums.rateUnits) / 10_000 / sessions) : nil,
        pooledRate: Rounding.percent(sums.count, of: sums.words).map(Rounding.round))
    }
    var result: [String: CorpusSummary.CategoryMeans] = [:]
    for (index, category) in categories.enumerated() {
      result[category] = CorpusSummary.CategoryMeans(
        therapist: mean(sums[index][0]), client: mean(sums[index][1]), all: mean(sums[index][2]))
    }
    return result
  }
}
