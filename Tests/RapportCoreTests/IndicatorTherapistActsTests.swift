import Testing

@testable import RapportCore

/// The therapist act heuristics, sentence shape by sentence shape.
@Suite struct IndicatorTherapistActsTests {
  static func classify(_ therapist: String, after client: String?) throws -> TherapistAct {
    let tokenizer = try Tokenizer()
    return TherapistActs.classify(
      ActUtterance(text: therapist, tokenizer: tokenizer),
      previousClientTurn: client.map { ActUtterance(text: $0, tokenizer: tokenizer) }).primary
  }

  @Test(arguments: [
    // Open questions: wh-words, open stems with or without "?", functionally open auxiliaries.
    ("What brings you in today?", nil, TherapistAct.openQuestion),
    ("And how did that feel?", nil, .openQuestion),
    ("Tell me more about that.", nil, .openQuestion),
    ("I wonder what that was like for you.", nil, .openQuestion),
    ("Can you tell me more about your sister?", nil, .openQuestion),
    ("Jordan, how are you?", nil, .openQuestion),
    ("Can I ask where that comes from?", nil, .openQuestion),
    ("Found out as what?", nil, .openQuestion),
    ("What would it be like to not cave? To stay with what you said?", nil, .openQuestion),
    // Closed questions: auxiliaries, either/or choices, "what if", rising statements.
    ("Did you sleep?", nil, .closedQuestion),
    ("Is it the form, or the time?", nil, .closedQuestion),
    ("Which would be worse?", nil, .closedQuestion),
    ("What if you deleted the app?", nil, .closedQuestion),
    ("Okay. None of them?", "Didn't do them.", .closedQuestion),
    ("Can I ask, can we start over?", nil, .closedQuestion),
    // Reflections: stems, echoes, rising reflections, "so" summaries.
    ("It sounds like you feel alone.", "I feel alone.", .simpleReflection),
    ("So you felt left out.", nil, .simpleReflection),
    ("Just a question mark.", "She texts a question mark. Just a question mark.", .simpleReflection),
    ("In front of everybody?", "He said it in front of everybody.", .simpleReflection),
    ("You're worried about the presentation, is that right?", "The presentation is Thursday and I'm dreading it.", .simpleReflection),
    ("So the worksheet itself started to feel like another place to fail.", "I'd just fail the worksheet too.", .simpleReflection),
    // Other: information, appraisals, plans, greetings.
    ("That sounds like a good plan.", "I'll write it down tonight.", .other),
    ("So, let's start where we usually do.", nil, .other),
    ("Thank you for telling me.", "I didn't want to come today.", .other),
    ("Hi.", nil, .other),
    ("", nil, .other),
  ] as [(String, String?, TherapistAct)])
  func classifiesOneTurn(therapist: String, client: String?, expected: TherapistAct) throws {
    #expect(try Self.classify(therapist, after: client) == expected)
  }

  /// A turn that does several things takes its last act that is not `other`.
  @Test(arguments: [
    ("That sounds really painful. Did you get it looked at?", TherapistAct.closedQuestion),
    ("What happened next? I'm listening.", .openQuestion),
    ("Did you go? It sounds like it was hard to be there.", .simpleReflection),
  ])
  func takesTheLastActOfTheTurn(therapist: String, expected: TherapistAct) throws {
    #expect(try Self.classify(therapist, after: "It was hard to be there.") == expected)
  }

  @Test func marksAreNotWords() throws {
    let utterance = ActUtterance(text: "[laughs] Tell me more? (pause)", tokenizer: try Tokenizer())
    #expect(utterance.sentences.flatMap { $0.clauses.flatMap { $0 } } == ["tell", "me", "more"])
    #expect(utterance.sentences.last?.isQuestion == true)
  }

  @Test func contentWordsDropStopWordsAndPlurals() {
    #expect(ActUtterance.contentWords(of: ["the", "worksheets", "you", "boss", "it's", "sad"]) == ["worksheet", "boss", "sad"])
  }
}
