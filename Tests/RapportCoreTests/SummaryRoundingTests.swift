import Testing

@testable import RapportCore
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

  @Test func negativeZeroBecomesZero() {
    #expect(Rounding.round(-0.00001).sign == .plus)
  }

  @Test func percentIsNilWithoutAWhole() {
    #expect(Rounding.percent(3, of: 0) == nil)
    #expect(Rounding.percent(1, of: 8) == 12.5)
  }
}
