import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// The MITI 4.2 behaviour rules, code by code, on turns we wrote.
@Suite struct IndicatorTherapistActsTests {
  static func acts(_ therapist: String, after client: [String]) throws -> TurnActs {
    let tokenizer = try Tokenizer()
    var context = ActContext()
    for turn in client { context.add(clientTurn: try ActUtterance(text: turn, tokenizer: tokenizer)) }
    return TherapistActs.classify(try ActUtterance(text: therapist, tokenizer: tokenizer), context: context)
  }

  static func classify(_ therapist: String, after client: String?) throws -> TherapistAct {
    try acts(therapist, after: client.map { [$0] } ?? []).primary
  }

  @Test(arguments: [
    ("What brings you in today?", nil),
    ("And how did that feel?", nil),
    ("Tell me more about that.", nil),
    ("I wonder what that was like for you.", nil),
    ("Can you tell me more about your sister?", nil),
    ("Jordan, how are you?", nil),
    ("In what ways has the move changed things?", nil),
    ("Um, w-where would you like to start?", nil),
    ("Found out as what?", nil),
  ] as [(String, String?)])
  func openQuestions(therapist: String, client: String?) throws {
    #expect(try Self.classify(therapist, after: client) == .openQuestion)
  }

  @Test(arguments: [
    ("Did you sleep?", nil),
    ("Is it the form, or the time?", nil),
    ("Which would be worse?", nil),
    ("What if you deleted the app?", nil),
    ("Okay. None of them?", "Didn't do them."),
    ("Have you ever tried a sleep diary?", nil),
  ] as [(String, String?)])
  func closedQuestions(therapist: String, client: String?) throws {
    #expect(try Self.classify(therapist, after: client) == .closedQuestion)
  }

  @Test(arguments: [
    ("You skipped the gym twice this week.", "I skipped the gym twice this week."),
    ("So you went back to the bakery.", "I went back to the bakery on Monday."),
    ("The bus was late again.", "The bus was late again and I missed the start."),
    ("You drove to the coast.", "We drove to the coast for the weekend."),
    ("So your brother called.", "My brother called last night."),
  ] as [(String, String)])
  func simpleReflections(therapist: String, client: String) throws {
    #expect(try Self.classify(therapist, after: client) == .simpleReflection)
  }

  @Test(arguments: [
    ("It sounds like part of you wants to quit and part of you is scared to.", "I keep saying I'll quit."),
    ("You're worried that if you slow down, everything falls apart.", "I can't stop working."),
    ("On the one hand the wine helps you sleep, and on the other hand you wake up feeling worse.", "A glass helps me sleep."),
    ("It must be exhausting to carry all of that alone.", "I do everything at home."),
    ("So you're wondering whether it's even worth trying again?", "I tried before and failed."),
  ] as [(String, String)])
  func complexReflections(therapist: String, client: String) throws {
    #expect(try Self.classify(therapist, after: client) == .complexReflection)
  }

  /// A reflection may restate what the client said several turns back.
  @Test func aReflectionReachesBackThroughTheSession() throws {
    let earlier = ["My knee hurts when I climb the stairs at the office.", "Yeah.", "I don't know."]
    #expect(try Self.acts("Those office stairs have been hard on your knee.", after: earlier).primary.isReflection)
  }

  @Test(arguments: [
    "Nicotine patches release a steady dose through the skin over the day.",
    "Most people who cut down gradually find the first two weeks the hardest.",
    "The clinic is open until eight on Thursdays.",
    "I'm going to send the results to your doctor this afternoon.",
    "There are three groups that meet on weekday evenings.",
  ])
  func givingInformation(therapist: String) throws {
    #expect(try Self.classify(therapist, after: "Okay.") == .givingInformation)
  }

  @Test(arguments: [
    "You need to stop drinking before the surgery.",
    "I'd recommend cutting out coffee after lunch.",
    "Make sure you take the tablet with food.",
    "You should try walking to work twice a week.",
    "It's really important that you keep the appointment.",
  ])
  func advice(therapist: String) throws {
    #expect(try Self.classify(therapist, after: "Okay.") == .advice)
  }

  @Test(arguments: [
    "If you want, you could try the breathing exercise before bed.",
    "It's up to you, but I'd suggest writing the worries down first.",
    "You might want to try the app and see what you think.",
    "If you like, I'd recommend starting with ten minutes a day.",
    "You could try a smaller plate, see if it fits for you.",
  ])
  func adviceWithPermission(therapist: String) throws {
    #expect(try Self.classify(therapist, after: "Okay.") == .adviceWithPermission)
  }

  @Test(arguments: [
    "Good job getting here on a day like today.",
    "That took courage.",
    "Well done.",
    "I'm impressed that you went to all three meetings.",
    "You've worked hard on this.",
  ])
  func affirmations(therapist: String) throws {
    #expect(try Self.classify(therapist, after: "I went to all three meetings.") == .affirm)
  }

  @Test(arguments: [
    "It's your choice.",
    "Whatever you decide, I'll be here.",
    "It's your call.",
    "Only you can decide how fast to go.",
    "You're in charge of what happens next.",
  ])
  func emphasizingAutonomy(therapist: String) throws {
    #expect(try Self.classify(therapist, after: "I don't know if I'm ready.") == .emphasizingAutonomy)
  }

  @Test(arguments: [
    "What do you think?",
    "How does that sound?",
    "Would you be willing to try it for a week?",
    "What ideas do you have?",
    "Where would you like to go from here?",
  ])
  func seekingCollaborationIsRecordedBesideTheQuestion(therapist: String) throws {
    let acts = try Self.acts(therapist, after: ["Maybe."])
    #expect(acts.primary.isQuestion)
    #expect(acts.all.contains(.seekingCollaboration))
  }

  @Test(arguments: [
    "You're in denial about this.",
    "That makes no sense.",
    "You can't keep doing this to your family.",
    "You have to stop making excuses.",
    "That's not true.",
  ])
  func confrontations(therapist: String) throws {
    #expect(try Self.classify(therapist, after: "It's not that bad.") == .confront)
  }

  @Test(arguments: ["Mm-hmm.", "Okay.", "Yeah, right.", "Hi.", "Thank you.", "I see.", ""])
  func otherTurns(therapist: String) throws {
    #expect(try Self.classify(therapist, after: "It was a long week.") == .other)
  }

  /// A turn is coded by the behaviour that takes most of its words; a closing question codes
  /// it when it holds at least 45% of them.
  @Test(arguments: [
    ("That sounds really painful. Did you get it looked at?", TherapistAct.closedQuestion),
    ("What happened next? I'm listening.", .openQuestion),
    (
      "The patches come in three strengths, and most people start on the middle one for six weeks before stepping down. Any questions?",
      .givingInformation
    ),
  ])
  func codesTheTurnByItsLargestBehaviour(therapist: String, expected: TherapistAct) throws {
    #expect(try Self.classify(therapist, after: "It was hard to be there.") == expected)
  }

  /// Every behaviour found is listed once, in order, with the primary code among them.
  @Test func listsEveryActOnce() throws {
    let acts = try Self.acts("Well done. Well done. What do you think?", after: ["I finished it."])
    #expect(acts.primary == .openQuestion)
    #expect(acts.all == [.affirm, .openQuestion, .seekingCollaboration])
  }

  @Test func fillersAndCutOffsAreNotWords() throws {
    let utterance = try ActUtterance(text: "Um, you know, the- the w-where you go?", tokenizer: try Tokenizer())
    #expect(utterance.words == ["the", "where", "you", "go"])
  }

  @Test func marksAreNotWords() throws {
    let utterance = try ActUtterance(text: "[laughs] Tell me more? (pause)", tokenizer: try Tokenizer())
    #expect(utterance.words == ["tell", "me", "more"])
    #expect(utterance.sentences.last?.isQuestion == true)
  }

  @Test func contentWordsDropStopWordsAndPlurals() throws {
    let utterance = try ActUtterance(text: "The worksheets, you boss, it's sad", tokenizer: try Tokenizer())
    #expect(utterance.contentWords == ["worksheet", "boss", "sad"])
  }

  @Test func codesBelongToTheirGroups() {
    #expect(TherapistAct.complexReflection.group == .reflection)
    #expect(TherapistAct.adviceWithPermission.group == .input)
    #expect(TherapistAct.closedQuestion.group == .question)
    #expect(TherapistAct.affirm.group == .affirm)
  }
}
