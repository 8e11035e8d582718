import PropertyBased
import Testing

@testable import RapportBatch
@testable import RapportCore

/// A session part's corpus figures, written and read by hand instead of through JSON.
@Suite("Batch: a session part's corpus figures")
struct SessionPartTests {
  private static func part(_ bytes: String) -> SessionPart {
    let header = SessionPart.Header(
      session: "s", input: "s.txt", inputSHA256: "", settings: "", words: 0, files: [], notices: [], sections: [])
    return SessionPart(header: header, sections: [SessionPart.corpusSection: Array(bytes.utf8)[...]])
  }

  @Test("any list of integers reads back as written")
  func roundTrip() async {
    await propertyCheck(count: 300, input: Gen<Int>.value(in: Int.min + 1...Int.max).array(of: 0...40)) { figures in
      let bytes = SessionPart.corpusBytes(figures)
      let part = Self.part(String(decoding: bytes, as: UTF8.self))
      #expect(part.corpusFigures == figures)
    }
  }

  @Test("the section is plain decimals: 3,0,-2,17")
  func plainText() {
    #expect(String(decoding: SessionPart.corpusBytes([3, 0, -2, 17]), as: UTF8.self) == "3,0,-2,17")
  }

  @Test(
    "a damaged section is not trusted",
    arguments: ["1,,2", "1,2,", ",1", "1,a", "1 2", "--1", "1-2", "-", "99999999999999999999", "1,2\n"])
  func damaged(text: String) {
    #expect(Self.part(text).corpusFigures == nil)
  }

  @Test("a part without the section has no figures")
  func missing() {
    let header = SessionPart.Header(
      session: "s", input: "s.txt", inputSHA256: "", settings: "", words: 0, files: [], notices: [], sections: [])
    #expect(SessionPart(header: header, sections: [:]).corpusFigures == nil)
  }
}
