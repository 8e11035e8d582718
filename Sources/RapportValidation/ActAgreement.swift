import RapportMeasure
import RapportSupport

/// Agreement between predicted therapist acts and the gold act rows: a confusion matrix and
/// precision, recall and F1 per act, each gold row compared at its label's level (a group label
/// such as `reflection` with the act's group, a code label such as `open-question` with the
/// act itself; `ActConfusion` gives the rule).
///
/// Only turns with a gold act row are scored. A turn for which the classifier gives no act
/// counts as predicted `other` (a classifier that finds nothing says nothing more about the
/// turn).
public struct ActAgreement: Sendable, Hashable, Codable {
  /// One scored turn where gold and prediction differ.
  public struct Disagreement: Sendable, Hashable, Codable {
    public var session: String
    public var turn: Int
    public var gold: GoldAct.Label
    /// The predicted act at the gold label's level (the matrix column it is counted in).
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

  /// Act labels in the order of the matrix's rows and columns: the labels of the gold rows
  /// and those the predictions fell under.
  public var labels: [GoldAct.Label]
  /// `confusion[g][p]`: turns annotated `labels[g]` and predicted `labels[p]`.
  public var confusion: [[Int]]
  public var acts: [ActScore]
  /// Scored turns.
  public var turns: Int
  /// Share of scored turns where prediction agrees with gold, rounded; nil with no turns.
  public var accuracy: Double?
  /// Turns where they differ, by session then turn.
  public var disagreements: [Disagreement]

  /// Scores `predicted` acts (by session id, then 1-based turn number) against the act rows
  /// of `gold`.
  public static func evaluate(gold: [GoldAnnotations], predicted: [String: [Int: TherapistAct]]) -> ActAgreement {
    var rows: [(session: String, act: GoldAct, predicted: TherapistAct)] = []
    for session in gold.sorted(by: { $0.session < $1.session }) {
      for act in session.acts.sorted(by: { $0.turn < $1.turn }) {
        rows.append((session.session, act, predicted[session.session]?[act.turn] ?? .other))
      }
    }
    let confusion = ActConfusion(rows.map { ($0.act.label, $0.predicted) })
    let scheme = Set(rows.map(\.act.label))
    let disagreements = rows.filter { !$0.act.label.agrees(with: $0.predicted) }.map {
      Disagreement(
        session: $0.session, turn: $0.act.turn, gold: $0.act.label,
        predicted: ActConfusion.column(coded: $0.act.label, predicted: $0.predicted, scheme: scheme), line: $0.act.line)
    }
    return ActAgreement(
      labels: confusion.labels, confusion: confusion.matrix,
      acts: confusion.scores.map { ActScore(act: $0.label, gold: $0.coded, predicted: $0.predicted, score: $0.score) },
      turns: confusion.count, accuracy: confusion.accuracy.map(Rounding.round), disagreements: disagreements)
  }
}
