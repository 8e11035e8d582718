import Testing

@testable import RapportCore
@testable import RapportSupport
@testable import RapportText

/// ICU failures reach the researcher with ICU's own name for the status, never as an empty
/// turn or a crash.
@Suite("ICU: failures carry their real status")
struct ICUFailureTests {
  @Test("a failed ICU call is reported with u_errorName's name for the status")
  func statusNamed() {
    // 7 is U_MEMORY_ALLOCATION_ERROR, the one way word breaking and folding fail on valid text.
    let failure = ICU.Failure(operation: "word breaking", status: 7)
    #expect(failure.description == "word breaking failed with ICU status U_MEMORY_ALLOCATION_ERROR")
    let error = Tokenizer.failed(failure)
    #expect(error.scope == .input)
    #expect(error.problem.contains("U_MEMORY_ALLOCATION_ERROR"))
    #expect(error.remedy?.contains("reinstall") == true)
  }

  @Test("a status ICU really returned keeps its name (a charset ICU does not have)")
  func realStatus() {
    #expect(throws: ICU.Failure.self) { try ICU.convertToUTF16([0x41, 0x42][...], charset: "no-such-charset-x") }
    do {
      _ = try ICU.convertToUTF16([0x41, 0x42][...], charset: "no-such-charset-x")
    } catch {
      #expect(error.description.hasPrefix("conversion from no-such-charset-x failed with ICU status U_"))
      #expect(!error.description.contains("U_ZERO_ERROR"))
    }
  }
}
