/// Agreement between coders' labels and a model's labels, both plain names: the confusion
/// matrix, per-label precision, recall and F1, macro F1, accuracy and Cohen's kappa. Used for
/// trained models, whose labels are exactly the coders' (mapped) labels, so no level matching
/// is needed (compare `ActConfusion` for the rule-based coder).
public struct LabelConfusion: Sendable, Hashable {
  /// Labels of the rows and columns: `order` first, then any other label seen, sorted.
  public var labels: [String]
  /// `matrix[c][p]`: utterances coded `labels[c]` and predicted `labels[p]`.
  public var matrix: [[Int]]

  /// The confusion of `pairs`, labels listed in `order` first.
  ///
  /// - Complexity: O(n + k²) for n pairs and k labels.
  public init(_ pairs: [(coded: String, predicted: String)], order: [String] = []) {
    let seen = Set(pairs.flatMap { [$0.coded, $0.predicted] })
    labels = order + seen.subtracting(order).sorted()
    var index: [String: Int] = [:]
    for (position, label) in labels.enumerated() { index[label] = position }
    matrix = [[Int]](repeating: [Int](repeating: 0, count: labels.count), count: labels.count)
    for pair in pairs { matrix[index[pair.coded]!][index[pair.predicted]!] += 1 }
  }

  /// Utterances compared.
  public var count: Int { matrix.reduce(0) { $0 + $1.reduce(0, +) } }

  /// Utterances coded `label`.
  public func coded(_ label: String) -> Int {
    labels.firstIndex(of: label).map { matrix[$0].reduce(0, +) } ?? 0
  }

  /// Utterances predicted `label`.
  public func predicted(_ label: String) -> Int {
    labels.firstIndex(of: label).map { k in matrix.reduce(0) { $0 + $1[k] } } ?? 0
  }

  /// `label`'s precision, recall and F1 as the positive class.
  public func score(_ label: String) -> AgreementScore {
    guard let k = labels.firstIndex(of: label) else {
      return AgreementScore(truePositives: 0, falsePositives: 0, falseNegatives: 0)
    }
    let truePositives = matrix[k][k]
    return AgreementScore(
      truePositives: truePositives, falsePositives: predicted(label) - truePositives,
      falseNegatives: coded(label) - truePositives)
  }

  /// Agreed / compared; nil with nothing compared.
  public var accuracy: Double? {
    count > 0 ? Double(labels.indices.reduce(0) { $0 + matrix[$1][$1] }) / Double(count) : nil
  }

  /// Mean F1 over the labels coders used (a label never coded and never predicted has no F1
  /// and is left out; one coded but never predicted counts as 0).
  public var macroF1: Double? {
    let scores = labels.filter { coded($0) > 0 }.map { score($0).f1 ?? 0 }
    return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
  }

  /// Cohen's kappa, (pₒ − pₑ) / (1 − pₑ); nil with nothing compared or pₑ = 1.
  public var kappa: Double? {
    let n = Double(count)
    guard n > 0, let observed = accuracy else { return nil }
    var expected = 0.0
    for label in labels { expected += Double(coded(label)) * Double(predicted(label)) / (n * n) }
    guard expected < 1 else { return nil }
    return (observed - expected) / (1 - expected)
  }
}
