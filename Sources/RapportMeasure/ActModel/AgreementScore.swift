import RapportSupport

/// Precision, recall and F1 from true positive, false positive and false negative counts.
public struct AgreementScore: Sendable, Hashable, Codable {
  public var truePositives: Int
  public var falsePositives: Int
  public var falseNegatives: Int
  /// TP / (TP + FP), rounded; nil when there is nothing predicted.
  public var precision: Double?
  /// TP / (TP + FN), rounded; nil when there is nothing annotated.
  public var recall: Double?
  /// 2PR / (P + R), rounded; nil when precision or recall is nil, 0 when both are 0.
  public var f1: Double?

  public init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
    let tp = Double(truePositives)
    let p = truePositives + falsePositives > 0 ? tp / Double(truePositives + falsePositives) : nil
    let r = truePositives + falseNegatives > 0 ? tp / Double(truePositives + falseNegatives) : nil
    precision = p.map(Rounding.round)
    recall = r.map(Rounding.round)
    if let p, let r { f1 = Rounding.round(p + r > 0 ? 2 * p * r / (p + r) : 0) } else { f1 = nil }
  }

  /// The counts of `self` and `other` added (micro-averaging).
  public func adding(_ other: AgreementScore) -> AgreementScore {
    AgreementScore(
      truePositives: truePositives + other.truePositives, falsePositives: falsePositives + other.falsePositives,
      falseNegatives: falseNegatives + other.falseNegatives)
  }
}
