import Testing

@testable import RapportCore
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

@Suite("Act agreement uses Rapport's classifier")
struct ValidationActWiringTests {
  @Test("the classifier predictor labels therapist turns by turn number and skips client turns")
  func predictsByTurnNumber() throws {
    let transcript = try TestSupport.transcript("""
      T: What brings you in today?
      C: I have felt so alone since the move.
      T: Did you move in the spring?
      C: Yes.
      T: It sounds like the move left you feeling alone.
      """)
    let matcher = try Matcher(lexicons: [TestSupport.lexicon(TestSupport.lexiconXML([("x", ["alone"])]))])
    let tagged = try Tagger(matcher: matcher).tag(transcript)
    let acts = try ValidationOptions.classifierActs(tagged)
    #expect(acts.keys.sorted() == [1, 3, 5])
    #expect(acts[1] == .openQuestion && acts[3] == .closedQuestion)
    #expect(acts[5]?.isReflection == true)
  }
}
