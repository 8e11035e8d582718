import RapportSupport

/// How the client's negative emotion and trust move through the session: the rate in each
/// segment, last minus first, and the least-squares slope over segment number.
public struct AffectTrajectory: Sendable, Hashable, Codable {
  /// One category's course through the segments.
  public struct Trajectory: Sendable, Hashable, Codable {
    public var category: String
    /// Hits per 100 client words in each segment; null where the client said nothing.
    public var segments: [Double?]
    @Nullable public var first: Double?
    @Nullable public var last: Double?
    /// Last minus first; null when either is.
    @Nullable public var change: Double?
    /// Least-squares slope of rate on segment number (1, 2, …) over the segments with a
    /// rate; null with fewer than two.
    @Nullable public var slope: Double?
  }

  /// `negative_emotion` (fear, shame, guilt, sadness, anger, loneliness rolled up).
  @Nullable public var negativeEmotion: Trajectory?
  /// Positive trust: `trust_positive` hits that are not negated (every `trust` hit when the
  /// lexicons have no signed children; `indicators.notes` says so).
  @Nullable public var trust: Trajectory?

  /// The least-squares slope of `y` on `x`: Σ(x−x̄)(y−ȳ) / Σ(x−x̄)²; nil with fewer than two
  /// points or all `x` equal.
  public static func slope(_ points: [(x: Double, y: Double)]) -> Double? {
    guard points.count >= 2 else { return nil }
    let meanX = points.reduce(0) { $0 + $1.x } / Double(points.count)
    let meanY = points.reduce(0) { $0 + $1.y } / Double(points.count)
    let sxx = points.reduce(0) { $0 + ($1.x - meanX) * ($1.x - meanX) }
    guard sxx > 0 else { return nil }
    return points.reduce(0) { $0 + ($1.x - meanX) * ($1.y - meanY) } / sxx
  }

  static func compute(_ input: inout IndicatorInput) -> AffectTrajectory {
    func trajectory(_ id: String, _ field: String) -> Trajectory? {
      guard let index = input.category(id, for: "affectTrajectory.\(field) is null") else { return nil }
      return trajectory(of: id, [SignedTerm(category: index, hits: .all)])
    }
    func trajectory(of id: String, _ terms: [SignedTerm]) -> Trajectory? {
      guard !terms.isEmpty else { return nil }
      let rates = (1...input.segments).map { input.client.rate(terms, slot: $0) }
      let points = rates.enumerated().compactMap { slot, rate in rate.map { (x: Double(slot + 1), y: $0) } }
      let first = rates.first ?? nil
      let last = rates.last ?? nil
      var change: Double?
      if let first, let last { change = last - first }
      return Trajectory(
        category: id, segments: rates.map { $0.map(Rounding.round) }, first: first.map(Rounding.round),
        last: last.map(Rounding.round), change: change.map(Rounding.round), slope: slope(points).map(Rounding.round))
    }
    let trust = SignedTheme.trust.sides(&input, uses: "affectTrajectory.trust")
    let trustID = input.categories[SignedTheme.trust.positive] == nil ? SignedTheme.trust.parent : SignedTheme.trust.positive
    return AffectTrajectory(
      negativeEmotion: trajectory("negative_emotion", "negativeEmotion"), trust: trajectory(of: trustID, trust.positive))
  }
}
