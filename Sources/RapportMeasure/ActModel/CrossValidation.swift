import Foundation
import RapportIngest

/// Scores of a model by K-fold cross-validation by session: each fold's sessions coded by a
/// model trained on the other folds' sessions, never splitting a session. Pooled figures are
/// over every held-out turn; `…Mean` and `…SD` are the mean and sample standard deviation of
/// the per-fold figures (their spread). Figures are rounded to four decimals.
public struct CrossValidation: Sendable, Hashable, Codable {
  /// One label's scores.
  public struct LabelResult: Sendable, Hashable, Codable {
    public var label: String
    /// Held-out turns the coders gave this label, and turns the models did.
    public var coded: Int
    public var predicted: Int
    public var precision: Double?
    public var recall: Double?
    public var f1: Double?
    public var f1Mean: Double?
    public var f1SD: Double?
  }

  public var folds: Int
  /// The sessions of each fold, in fold order.
  public var foldSessions: [[String]]
  /// Held-out turns compared.
  public var turns: Int
  public var labels: [LabelResult]
  public var accuracy: Double?
  public var macroF1: Double?
  public var macroF1Mean: Double?
  public var macroF1SD: Double?
  public var kappa: Double?
  public var kappaMean: Double?
  public var kappaSD: Double?
  /// The pooled confusion matrix, rows coded, columns predicted, in `labels` order.
  public var confusion: [[Int]]

  /// The scores of the pooled confusion `pooled` and the per-fold confusions `perFold`.
  init(folds: [[String]], pooled: LabelConfusion, perFold: [LabelConfusion], labels: [String]) {
    func round(_ value: Double?) -> Double? { value.map { ActModel.rounded($0, decimals: 4) } }
    func spread(_ values: [Double?]) -> (mean: Double?, sd: Double?) {
      let known = values.compactMap { $0 }
      guard !known.isEmpty else { return (nil, nil) }
      let mean = known.reduce(0, +) / Double(known.count)
      guard known.count > 1 else { return (round(mean), nil) }
      let variance = known.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(known.count - 1)
      return (round(mean), round(variance.squareRoot()))
    }
    self.folds = folds.count
    foldSessions = folds
    turns = pooled.count
    self.labels = pooled.labels.map { label in
      let score = pooled.score(label)
      let perFoldF1 = spread(perFold.filter { $0.coded(label) > 0 }.map { $0.score(label).f1 ?? 0 })
      return LabelResult(
        label: label, coded: pooled.coded(label), predicted: pooled.predicted(label), precision: round(score.precision),
        recall: round(score.recall), f1: round(score.f1), f1Mean: perFoldF1.mean, f1SD: perFoldF1.sd)
    }
    accuracy = round(pooled.accuracy)
    macroF1 = round(pooled.macroF1)
    (macroF1Mean, macroF1SD) = spread(perFold.map(\.macroF1))
    kappa = round(pooled.kappa)
    (kappaMean, kappaSD) = spread(perFold.map(\.kappa))
    confusion = pooled.matrix
  }

  /// The report as lines of text: per-label precision, recall, F1 and its spread across
  /// folds, then macro F1, accuracy and kappa.
  public func lines(role: Role, title: String? = nil) -> [String] {
    func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "—" }
    func spread(_ mean: Double?, _ sd: Double?) -> String {
      "\(number(mean)) ± \(sd.map { String(format: "%.3f", $0) } ?? "—")"
    }
    let width = max(12, (labels.map(\.label.count).max() ?? 0) + 2)
    func pad(_ text: String, _ count: Int) -> String { text + String(repeating: " ", count: max(0, count - text.count)) }
    var lines = [
      title
        ?? "cross-validation: \(folds) folds by session over \(foldSessions.joined().count) session(s), \(turns) \(role.rawValue) turn(s) held out",
      "  \(pad("label", width))coded  predicted  precision  recall  F1     F1 per fold (mean ± sd)",
    ]
    for label in labels {
      lines.append(
        "  \(pad(label.label, width))\(pad(String(label.coded), 7))\(pad(String(label.predicted), 11))"
          + "\(pad(number(label.precision), 11))\(pad(number(label.recall), 8))\(pad(number(label.f1), 7))"
          + spread(label.f1Mean, label.f1SD))
    }
    lines.append(
      "  macro F1 \(number(macroF1)) (per fold \(spread(macroF1Mean, macroF1SD))), accuracy \(number(accuracy)), "
        + "Cohen's kappa \(number(kappa)) (per fold \(spread(kappaMean, kappaSD)))")
    return lines
  }
}
