import Testing

@testable import RapportSupport

/// CSV fields written from their UTF-8 bytes: numbers are never neutralized, formula-leading
/// text is, and quoting looks at bytes (a comma followed by a combining mark still quotes).
struct CSVFieldByteTests {
  private func encoded(_ values: [String]) -> String {
    String(decoding: CSVTable(header: [], rows: [values]).encodedRows(), as: UTF8.self)
  }

  @Test(arguments: ["-12", "-0.5", "0", "7.5829", "-3"])
  func numbersAreWrittenAsTheyAre(_ number: String) {
    #expect(CSVTable.isNumber(number))
    #expect(!CSVTable.isFormulaLeading(number))
    #expect(encoded([number]) == number + "\r\n")
  }

  @Test(arguments: ["-", "-1.", "-.5", "-1.2.3", "-1e5", "=1+1", "+7", "@sum", "\t1", "-x"])
  func formulaLeadingTextIsNeutralized(_ text: String) {
    #expect(CSVTable.isFormulaLeading(text))
    #expect(encoded([text, "b"]) == "'" + text + ",b\r\n")
  }

  @Test func quotingLooksAtBytes() {
    #expect(encoded([",\u{301}", "a\"b", "x\r\ny", "plain"]) == "\",\u{301}\",\"a\"\"b\",\"x\r\ny\",plain\r\n")
    #expect(encoded(["=a,b"]) == "\"'=a,b\"\r\n")
    #expect(encoded(["", ""]) == ",\r\n")
  }
}
