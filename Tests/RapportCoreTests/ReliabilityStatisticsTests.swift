import Testing

@testable import RapportCore
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportValidation

@Suite("Reliability: Cronbach's alpha and KR-20")
struct ReliabilityStatisticsTests {
  /// Four documents (rows) by three items (columns).
  static let matrix: [[Double]] = [
    [2, 1, 0],
    [1, 1, 1],
    [3, 2, 1],
    [0, 0, 0],
  ]

  /// By hand, variances dividing by n = 4:
  /// item 1: 2, 1, 3, 0, mean 1.5, squared deviations 0.25 + 0.25 + 2.25 + 2.25 = 5, var 1.25;
  /// item 2: 1, 1, 2, 0, mean 1, squared deviations 0 + 0 + 1 + 1 = 2, var 0.5;
  /// item 3: 0, 1, 1, 0, mean 0.5, squared deviations 4 × 0.25 = 1, var 0.25; Σ = 2.
  /// Totals 3, 3, 6, 0, mean 3, squared deviations 0 + 0 + 9 + 9 = 18, var 4.5.
  /// α = 3/2 · (1 − 2/4.5) = 1.5 · 0.5556 = 0.8333.
  @Test func alphaMatchesTheHandComputation() {
    let alpha = ReliabilityStatistics.cronbachAlpha(Self.matrix)
    #expect(alpha == Reliability(value: 0.8333, note: nil, items: 3, documents: 4))
  }

  /// Presence: rows 1 1 0 / 1 1 1 / 1 1 1 / 0 0 0.
  /// p = 0.75, 0.75, 0.5; pq = 0.1875 + 0.1875 + 0.25 = 0.625.
  /// Totals 2, 3, 3, 0, mean 2, squared deviations 0 + 1 + 1 + 4 = 6, var 1.5.
  /// KR-20 = 3/2 · (1 − 0.625/1.5) = 1.5 · 0.5833 = 0.875.
  @Test func kr20MatchesTheHandComputation() {
    let kr20 = ReliabilityStatistics.kr20(Self.matrix)
    #expect(kr20 == Reliability(value: 0.875, note: nil, items: 3, documents: 4))
  }

  /// Dividing by n − 1 scales every variance by 4/3 and leaves α unchanged; a scaled copy of
  /// the matrix (rates instead of counts) has the same α too.
  @Test func alphaDoesNotDependOnTheScaleOfTheItems() {
    let scaled = Self.matrix.map { $0.map { $0 * 100 / 37 } }
    #expect(ReliabilityStatistics.cronbachAlpha(scaled).value == 0.8333)
  }

  @Test(arguments: [
    ([[1.0], [2], [3]], "too few entries with hits (1; needs at least 2)"),
    ([[1.0, 2], [2, 1]], "too few documents (2; needs at least 3)"),
    ([[1.0, 1], [2, 0], [0, 2]], "every document has the same total, so the variance is 0"),
    ([[Double]](), "too few entries with hits (0; needs at least 2)"),
  ])
  func tooLittleDataSaysSoInsteadOfANumber(matrix: [[Double]], note: String) {
    #expect(ReliabilityStatistics.cronbachAlpha(matrix).value == nil)
    #expect(ReliabilityStatistics.cronbachAlpha(matrix).note == note)
  }

  /// Items that always move in opposite directions give a negative alpha: the entries do not
  /// measure one thing. Items 4, 0 / 0, 4 / 2, 2: variances 8/3 each, totals all 4, so the
  /// total variance is 0 — the coefficient is undefined, not 0.
  @Test func opposedItemsHaveNoCoefficient() {
    let result = ReliabilityStatistics.cronbachAlpha([[4, 0], [0, 4], [2, 2]])
    #expect(result.value == nil)
  }

  /// Two items, three documents: 1, 0 / 0, 1 / 1, 1. Variances 2/9 each (Σ 4/9); totals 1, 1,
  /// 2, mean 4/3, var (1/9 + 1/9 + 4/9)/3 = 2/9. α = 2 · (1 − (4/9)/(2/9)) = 2 · (1 − 2) = −2.
  @Test func negativeAlphaIsReported() {
    #expect(ReliabilityStatistics.cronbachAlpha([[1, 0], [0, 1], [1, 1]]).value == -2)
  }
}
