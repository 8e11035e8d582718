/// Indicators' entry point and result: every alliance indicator of one session, computed from
/// its counts, turn sequence and therapist acts. docs/indicators.md gives each formula.
public struct AllianceIndicators: Sendable, Hashable, Codable {
  /// Why an indicator is null or partial (missing categories, no questions), sorted.
  public var notes: [String]
  public var languageStyleMatching: LanguageStyleMatching
  public var collaboration: Collaboration
  public var bond: Bond
  /// MITI 4.2 summary scores from the therapist acts.
  public var miti: MITISummary
  public var talkBalance: TalkBalance
  public var ruptureRepair: RuptureRepair
  public var affectTrajectory: AffectTrajectory
  /// Present only when asked for (`--composite`).
  public var composite: Composite?

  static func compute(_ input: IndicatorInput, composite: Bool) -> AllianceIndicators {
    var input = input
    var indicators = AllianceIndicators(
      notes: [],
      languageStyleMatching: .compute(&input),
      collaboration: .compute(&input),
      bond: .compute(&input),
      miti: .compute(&input),
      talkBalance: .compute(input),
      ruptureRepair: .compute(&input),
      affectTrajectory: .compute(&input),
      composite: nil)
    if composite { indicators.composite = .compute(indicators, input) }
    indicators.notes = input.notes.sorted()
    return indicators
  }
}
