import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportMeasure
@testable import RapportSupport

/// The byte-by-byte label check gives the same answer as the scalar one for every ASCII label
/// it decides.
@Suite struct PlainTextLabelFastPathTests {
  @Test func asciiLabelsAgreeWithTheScalarRule() {
    let alphabet = Array("aZ q9.'-: _!\t(")
    var state: UInt64 = 7
    var decided = 0
    for _ in 0..<20_000 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      let length = Int(state >> 60)
      var label = ""
      var bits = state >> 8
      for _ in 0..<length {
        label.append(alphabet[Int(bits % UInt64(alphabet.count))])
        bits /= UInt64(alphabet.count)
      }
      if let fast = PlainTextParser.asciiPlausibleLabel(label) {
        decided += 1
        #expect(fast == PlainTextParser.scalarPlausibleLabel(label), "\(label.debugDescription)")
      }
    }
    #expect(decided > 10_000)
  }

  @Test(arguments: [
    ("Therapist", true), ("Dr. Lee", true), ("Speaker 1", true), ("Client A B C D", false), ("1st", false),
    ("T", true), ("Mrs. O'Neil-Smith", true), ("Note!", false), ("", false),
  ])
  func examples(label: String, plausible: Bool) {
    #expect(PlainTextParser.isPlausibleLabel(label) == plausible)
  }
}
