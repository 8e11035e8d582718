import RapportMeasure

/// Agreement between coders' labels and Rapport's acts over the same utterances, compared at
/// the level each label uses (`ActLabel`): the confusion matrix, per-label precision, recall
/// and F1, accuracy and Cohen's kappa. Counts are exact; ratios are kept at full precision
/// except in `AgreementScore`, which rounds as it always has.
///
/// Rows and columns are the same labels: every label the coders used, and every label an act
/// of Rapport's fell under. An act that agrees with its row's label goes in the row's own
/// column (so the diagonal holds exactly the agreements). Otherwise it goes in the column of
/// the most specific label the coders use that it agrees with (a code label before a group
/// label), or, when none does, in the column of the act at the row's level (a group for a
/// group label, the code for a code label).
public struct ActConfusion: Sendable, Hashable, Codable {
  /// Scores of one label as the positive class.
  public struct LabelScore: Sendable, Hashable, Codable {
    public var label: ActLabel
    /// Utterances the coders gave this label.
    public var coded: Int
    /// Utterances Rapport's act put in this label's column.
    public var predicted: Int
    public var score: AgreementScore
  }

  /// Labels of the rows and columns, in `ActLabel` order.
  public var labels: [ActLabel]
  /// `matrix[c][p]`: utterances coded `labels[c]` whose act fell in column `labels[p]`.
  public var matrix: [[Int]]

  /// The confusion of `pairs`: each utterance's coded label and Rapport's act.
  ///
  /// - Complexity: O(n + k²) for n pairs and k labels.
  public init(_ pairs: [(coded: ActLabel, predicted: TherapistAct)]) {
    let scheme = Set(pairs.map(\.coded))
    let columns = pairs.map { Self.column(coded: $0.coded, predicted: $0.predicted, scheme: scheme) }
    labels = scheme.union(columns).sorted()
    var index: [ActLabel: Int] = [:]
    for (position, label) in labels.enumerated() { index[label] = position }
    matrix = [[Int]](repeating: [Int](repeating: 0, count: labels.count), count: labels.count)
    for (pair, column) in zip(pairs, columns) { matrix[index[pair.coded]!][index[column]!] += 1 }
  }

  /// The column of an utterance coded `coded` for which Rapport found `predicted`, among the
  /// labels `scheme` of the coders (the rule in the type's description).
  public static func column(coded: ActLabel, predicted: TherapistAct, scheme: Set<ActLabel>) -> ActLabel {
    if coded.agrees(with: predicted) { return coded }
    if scheme.contains(.code(predicted)) { return .code(predicted) }
    if let group = scheme.first(where: { if case .group = $0 { $0.agrees(with: predicted) } else { false } }) {
      return group
    }
    return coded.atLevel(predicted)
  }

  /// Utterances compared.
  public var count: Int { matrix.reduce(0) { $0 + $1.reduce(0, +) } }
  /// Utterances where the act agrees with the label.
  public var agreed: Int { labels.indices.reduce(0) { $0 + matrix[$1][$1] } }

  /// Agreed / compared; nil with nothing compared.
  public var accuracy: Double? { count > 0 ? Double(agreed) / Double(count) : nil }

  /// Cohen's kappa: (pₒ − pₑ) / (1 − pₑ), pₒ the observed agreement and pₑ = Σ rowₖ · colₖ / n²
  /// the agreement expected by chance; nil with nothing compared or when pₑ is 1 (a single
  /// label on both sides).
  public var kappa: Double? {
    let n = Double(count)
    guard n > 0 else { return nil }
    let observed = Double(agreed) / n
    var expected = 0.0
    for k in labels.indices {
      let row = Double(matrix[k].reduce(0, +))
      let column = Double(matrix.reduce(0) { $0 + $1[k] })
      expected += row * column / (n * n)
    }
    guard expected < 1 else { return nil }
    return (observed - expected) / (1 - expected)
  }

  /// Each label's precision, recall and F1, in label order.
  public var scores: [LabelScore] {
    labels.indices.map { k in
      let truePositives = matrix[k][k]
      let coded = matrix[k].reduce(0, +)
      let predicted = matrix.reduce(0) { $0 + $1[k] }
      return LabelScore(
        label: labels[k], coded: coded, predicted: predicted,
        score: AgreementScore(
          truePositives: truePositives, falsePositives: predicted - truePositives, falseNegatives: coded - truePositives))
    }
  }
}
