import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportMeasure
@testable import RapportSupport
@testable import RapportValidation

@Suite struct SummaryRoundingTests {
  @Test(arguments: [
    (12.0, "12"),
    (7.58294, "7.5829"),
    (0.0001, "0.0001"),
    (0.00004, "0"),
    (-0.00004, "0"),
    (-27.5, "-27.5"),
    (2.5e10, "25000000000"),
    (1.0 / 3.0, "0.3333"),
    (2.0 / 3.0, "0.6667"),
  ])
  func numbersAreWrittenWithFourDecimalsAtMost(value: Double, text: String) {
    #expect(Rounding.text(value) == text)
    #expect(CSVTable.number(value) == text)
  }

  /// Below `fixedLimit`, a rounded value written from its digits is what `String(Double)`
  /// writes, at every magnitude from a ten-thousandth up and with either sign.
  @Test func fixedDigitsAreTheShortestDecimal() {
    var random = SeededRandom(seed: 5)
    var mismatches: [String] = []
    for scale in [10, 10_000, 1_000_000, 100_000_000, 10_000_000_000, 999_999_999_999_999] {
      for _ in 0..<20_000 {
        let scaled = Int(random.next() % UInt64(scale)) + 1
        guard scaled % 10_000 != 0 else { continue }
        let value = Rounding.round(Double(scaled) / 10_000 * (random.next() % 2 == 0 ? 1 : -1))
        guard value.magnitude < Rounding.fixedLimit else { continue }
        if Rounding.fixedText(value) != String(value), mismatches.count < 5 {
          mismatches.append("\(value): \(Rounding.fixedText(value))")
        }
      }
    }
    // Values just under the limit and around the smallest four-decimal one.
    for value in [0.0001, -0.0001, 0.0009, 99_999_999_999.9999, -99_999_999_999.5, 12_345.678, 0.5]
    where Rounding.fixedText(value) != String(value) {
      mismatches.append("\(value): \(Rounding.fixedText(value))")
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test func negativeZeroBecomesZero() {
    #expect(Rounding.round(-0.00001).sign == .plus)
  }

  @Test func percentIsNilWithoutAWhole() {
    #expect(Rounding.percent(3, of: 0) == nil)
    #expect(Rounding.percent(1, of: 8) == 12.5)
  }
}
