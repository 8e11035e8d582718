extension ActModel {
  /// The acts of a therapist turn the model gave `label`, read with the rule-based coder's
  /// acts `rule` of the same turn. A code label is the primary act; for a group label the
  /// code comes from the rules when they found an act of that group (the primary act first),
  /// else it is the group's default (`open-question`, `simple-reflection`,
  /// `giving-information`). `all` keeps the primary act and the rules' affirm, collaboration,
  /// autonomy and confront cues; acts of the other groups the model overruled are dropped.
  public static func acts(label: String, rule: TurnActs) -> TurnActs {
    let primary: TherapistAct
    switch ActLabel(rawValue: label) {
    case .code(let act)?:
      primary = act
    case .group(let group)?:
      primary =
        rule.primary.group == group ? rule.primary : rule.all.first { $0.group == group } ?? defaultCode(of: group)
    case nil:
      primary = .other
    }
    let overruled: Set<TherapistAct.Group> = [.question, .reflection, .input, .other]
    let cues = rule.all.filter { $0 != primary && !overruled.contains($0.group) }
    return TurnActs(primary: primary, all: [primary] + cues)
  }

  /// The code a group label stands for when the rules found none of the group.
  static func defaultCode(of group: TherapistAct.Group) -> TherapistAct {
    switch group {
    case .question: .openQuestion
    case .reflection: .simpleReflection
    case .input: .givingInformation
    default: TherapistAct.allCases.first { $0.group == group } ?? .other
    }
  }

  /// The `count` heaviest features of `label` (largest weight first, ties by name), or of
  /// every label in turn when `label` is nil.
  public func heaviest(_ count: Int, label: String? = nil) -> [(label: String, feature: String, weight: Double)] {
    var result: [(label: String, feature: String, weight: Double)] = []
    for (index, name) in labels.enumerated() where label == nil || label == name {
      let ranked = weights.map { (feature: $0.key, weight: $0.value[index]) }
        .filter { $0.feature != "bias" && $0.weight > 0 }
        .sorted { ($0.weight, $1.feature) > ($1.weight, $0.feature) }
      result += ranked.prefix(count).map { (name, $0.feature, $0.weight) }
    }
    return result
  }
}
