/// Therapist reflections and questions as the act classifier (`TherapistActs`) finds them,
/// with the reflection-to-question ratio and the share of open questions that MITI 4 codes.
public struct QuestionsAndReflections: Sendable, Hashable, Codable {
  /// Where R:Q falls among the MITI 4 reference bands. A band, not a verdict: the acts are
  /// found by heuristics, not by a trained coder.
  public enum Band: String, Sendable, Hashable, Codable, CaseIterable {
    /// R:Q below 1.
    case belowFair = "below fair"
    /// R:Q at least 1 and below 2.
    case fair
    /// R:Q at least 2.
    case good

    /// The band of ratio `ratio`.
    public init(ratio: Double) {
      self = ratio >= 2 ? .good : ratio >= 1 ? .fair : .belowFair
    }
  }

  public var therapistTurns: Int
  public var reflections: Int
  public var openQuestions: Int
  public var closedQuestions: Int
  /// Open plus closed questions.
  public var questions: Int
  /// Therapist turns classified `other`.
  public var otherTurns: Int
  /// Reflections divided by questions; null when no question was found.
  @Nullable public var reflectionToQuestionRatio: Double?
  /// Open questions as percent of questions; null when no question was found.
  @Nullable public var percentOpenQuestions: Double?
  /// MITI 4 band of the ratio; null when the ratio is.
  @Nullable public var mitiBand: Band?

  static func compute(_ input: inout IndicatorInput) -> QuestionsAndReflections {
    var counts: [TherapistAct: Int] = [:]
    var turns = 0
    for turn in input.turns {
      guard let act = turn.act else { continue }
      counts[act.isReflection ? .simpleReflection : act.group == .question ? act : .other, default: 0] += 1
      turns += 1
    }
    let open = counts[.openQuestion] ?? 0
    let questions = open + (counts[.closedQuestion] ?? 0)
    let ratio = questions > 0 ? Double(counts[.simpleReflection] ?? 0) / Double(questions) : nil
    if turns > 0, questions == 0 {
      input.notes.insert("no therapist question was found; reflectionToQuestionRatio, percentOpenQuestions and mitiBand are null")
    }
    return QuestionsAndReflections(
      therapistTurns: turns, reflections: counts[.simpleReflection] ?? 0, openQuestions: open,
      closedQuestions: counts[.closedQuestion] ?? 0, questions: questions, otherTurns: counts[.other] ?? 0,
      reflectionToQuestionRatio: ratio.map(Rounding.round),
      percentOpenQuestions: Rounding.percent(open, of: questions).map(Rounding.round),
      mitiBand: ratio.map { Band(ratio: Rounding.round($0)) })
  }
}
