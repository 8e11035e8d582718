import RapportSupport

/// An internal-consistency coefficient, or the reason it could not be computed.
public struct Reliability: Sendable, Hashable, Codable {
  /// The coefficient, rounded; nil when `note` says why there is none.
  public var value: Double?
  /// Why there is no value (`too few documents (2; needs at least 3)`), or nil.
  public var note: String?
  /// Items (entries with at least one hit) the coefficient was computed over.
  public var items: Int
  /// Documents (sessions) the coefficient was computed over.
  public var documents: Int

  public init(value: Double?, note: String?, items: Int, documents: Int) {
    self.value = value
    self.note = note
    self.items = items
    self.documents = documents
  }
}

/// Internal consistency of a category's entries across documents, as LIWC's dictionary
/// workbench reports it (docs/lexicon-validation.md gives the formulas).
///
/// A matrix has one row per document and one column per item (an entry of the category with at
/// least one hit in the corpus). Variances divide by the number of documents n; dividing by
/// n − 1 instead scales every variance alike and gives the same coefficients.
public enum ReliabilityStatistics {
  /// Fewest documents for which a coefficient is reported.
  public static let minimumDocuments = 3
  /// Fewest items for which a coefficient is reported.
  public static let minimumItems = 2

  /// Cronbach's alpha over `matrix` (rows documents, columns items, values per-entry rates):
  /// α = k/(k−1) · (1 − Σ var(item i) / var(total)), where total is a document's row sum.
  public static func cronbachAlpha(_ matrix: [[Double]]) -> Reliability {
    coefficient(matrix) { column in variance(column) }
  }

  /// Kuder–Richardson 20 over presence (1) or absence (0) of each item in each document:
  /// KR-20 = k/(k−1) · (1 − Σ pᵢqᵢ / var(total)), pᵢ the share of documents containing item
  /// i and qᵢ = 1 − pᵢ. Any value above 0 counts as present.
  public static func kr20(_ matrix: [[Double]]) -> Reliability {
    let binary = matrix.map { row in row.map { $0 > 0 ? 1.0 : 0.0 } }
    return coefficient(binary) { column in
      let p = column.reduce(0, +) / Double(column.count)
      return p * (1 - p)
    }
  }

  private static func coefficient(_ matrix: [[Double]], itemVariance: ([Double]) -> Double) -> Reliability {
    let documents = matrix.count
    let items = matrix.first?.count ?? 0
    if items < minimumItems {
      return Reliability(
        value: nil, note: "too few entries with hits (\(items); needs at least \(minimumItems))",
        items: items, documents: documents)
    }
    if documents < minimumDocuments {
      return Reliability(
        value: nil, note: "too few documents (\(documents); needs at least \(minimumDocuments))",
        items: items, documents: documents)
    }
    let totals = matrix.map { $0.reduce(0, +) }
    let totalVariance = variance(totals)
    guard totalVariance > 0 else {
      return Reliability(
        value: nil, note: "every document has the same total, so the variance is 0",
        items: items, documents: documents)
    }
    var sum = 0.0
    for item in 0..<items { sum += itemVariance(matrix.map { $0[item] }) }
    let k = Double(items)
    let value = k / (k - 1) * (1 - sum / totalVariance)
    return Reliability(value: Rounding.round(value), note: nil, items: items, documents: documents)
  }

  /// Population variance: Σ (x − mean)² / n.
  static func variance(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let mean = values.reduce(0, +) / Double(values.count)
    return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
  }
}
