/// Agreement between predicted therapist acts and the gold act rows: a confusion matrix and
/// precision, recall and F1 per act.
///
/// Only turns with a gold act row are scored. A turn for which the classifier gives no act
/// counts as predicted `other` (a classifier that finds neither a reflection nor a question
/// says nothing more about the turn).
public struct ActAgreement: Sendable, Hashable, Codable {
  /// One scored turn where gold and prediction differ.
  public struct Disagreement: Sendable, Hashable, Codable {
    public var session: String
    public var turn: Int
    public var gold: GoldAct.Label
    public var predicted: GoldAct.Label
    /// Line of the act row in the gold file.
    public var line: Int
  }

  /// Scores of one act, treating it as the positive class.
  public struct ActScore: Sendable, Hashable, Codable {
    public var act: GoldAct.Label
    /// Turns annotated with this act.
    public var gold: Int
    /// Turns predicted as this act.
    public var predicted: Int
    public var score: AgreementScore
  }

  /// Act labels in the order of the matrix's rows and columns.
  public var labels: [GoldAct.Label]
  /// `confusion[g][p]`: turns annotated `labels[g]` and predicted `labels[p]`.
  public var confusion: [[Int]]
  public var acts: [ActScore]
  /// Scored turns.
  public var turns: Int
  /// Share of scored turns where prediction equals gold, rounded; nil with no turns.
  public var accuracy: Double?
  /// Turns where they differ, by session then turn.
  public var disagreements: [Disagreement]

  /// Scores `predicted` acts (by session id, then 1-based turn number) against the act rows
  /// of `gold`.
  public static func evaluate(gold: [GoldAnnotations], predicted: [String: [Int: GoldAct.Label]]) -> ActAgreement {
    let labels = GoldAct.Label.allCases
    var confusion = [[Int]](repeating: [Int](repeating: 0, count: labels.count), count: labels.count)
    var disagreements: [Disagreement] = []
    var turns = 0
    for session in gold.sorted(by: { $0.session < $1.session }) {
      for act in session.acts.sorted(by: { $0.turn < $1.turn }) {
        let guess = predicted[session.session]?[act.turn] ?? .other
        confusion[labels.firstIndex(of: act.label)!][labels.firstIndex(of: guess)!] += 1
        turns += 1
        if guess != act.label {
          disagreements.append(Disagreement(
            session: session.session, turn: act.turn, gold: act.label, predicted: guess, line: act.line))
        }
      }
    }
    let acts = labels.indices.map { index in
      let truePositives = confusion[index][index]
      let goldCount = confusion[index].reduce(0, +)
      let predictedCount = confusion.reduce(0) { $0 + $1[index] }
      return ActScore(
        act: labels[index], gold: goldCount, predicted: predictedCount,
        score: AgreementScore(
          truePositives: truePositives, falsePositives: predictedCount - truePositives,
          falseNegatives: goldCount - truePositives))
    }
    let agreed = labels.indices.reduce(0) { $0 + confusion[$1][$1] }
    return ActAgreement(
      labels: labels, confusion: confusion, acts: acts, turns: turns,
      accuracy: turns > 0 ? Rounding.round(Double(agreed) / Double(turns)) : nil,
      disagreements: disagreements)
  }
}
