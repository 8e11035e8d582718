import RapportSupport

/// An optional single alliance score (`--composite`): a weighted mean of indicator
/// components each scaled to 0…1. Heuristic: its weights are Rapport's choice, not a
/// validated instrument, and are written into every output that has it.
public struct Composite: Sendable, Hashable, Codable {
  /// What the value is, written into the output: always `heuristic`.
  public static let heuristicLabel = "heuristic"
  /// Component weights: LSM 0.3; reflection-to-question (R:Q / 2, capped at 1) 0.2; open
  /// questions (percent / 100) 0.1; repaired share of ruptures (1 without ruptures) 0.2;
  /// client voice (client word share / 0.5, capped at 1) 0.2.
  public static let weights: [String: Double] = [
    "languageStyleMatching": 0.3, "reflectionToQuestion": 0.2, "openQuestions": 0.1, "repair": 0.2,
    "clientVoice": 0.2,
  ]

  public var label: String
  /// Σ weight × component / Σ weight over the components that are not null; null when all are.
  @Nullable public var value: Double?
  public var weights: [String: Double]
  /// Each component on 0…1; null when its indicator is.
  public var components: [String: Double?]

  /// The composite of `indicators`, whose LSM and client word share it reads at full precision
  /// from `input` (the indicators hold them rounded for output).
  static func compute(_ indicators: AllianceIndicators, _ input: IndicatorInput) -> Composite {
    let miti = indicators.miti
    let rupture = indicators.ruptureRepair
    var repair: Double?
    if let turns = rupture.ruptureTurns, let repaired = rupture.repairedRuptures {
      repair = turns > 0 ? Double(repaired) / Double(turns) : 1
    }
    let components: [String: Double?] = [
      "languageStyleMatching": LanguageStyleMatching.sessionValue(input),
      "reflectionToQuestion": miti.reflectionToQuestionRatio.map { min($0 / 2, 1) },
      "openQuestions": miti.percentOpenQuestions.map { $0 / 100 },
      "repair": repair,
      "clientVoice": TalkBalance.clientWordShare(input).map { min($0 / 0.5, 1) },
    ]
    var sum = 0.0
    var weight = 0.0
    for (name, component) in components.sorted(by: { $0.key < $1.key }) {
      guard let component, let w = weights[name] else { continue }
      sum += w * component
      weight += w
    }
    return Composite(
      label: heuristicLabel, value: weight > 0 ? Rounding.round(sum / weight) : nil, weights: weights,
      components: components.mapValues { $0.map(Rounding.round) })
  }
}
