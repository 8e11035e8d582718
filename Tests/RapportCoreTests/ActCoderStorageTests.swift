import Testing

@testable import RapportCore
@testable import RapportIngest
@testable import RapportMeasure
@testable import RapportText

/// How the act coder holds and indexes a turn: the flat utterance, its reuse from turn to turn,
/// and the cue index that finds every list's phrases in one sweep. Each is checked against a
/// plain reading of the same words, so a faster layout cannot change a code.
@Suite struct ActCoderStorageTests {
  /// Sentences we wrote to cover the layout's edges: fillers that open or fill a clause, a
  /// sentence of fillers only, repeats, cut-off words, dashes that join or split, several
  /// sentences and question marks.
  static let turns = [
    "Um, you know. What brings you in today?",
    "I mean, it sounds like part of you wants to stop, you know, and part of you doesn't.",
    "Kind of. I guess. Uh, so so you're saying the- the w-where you go matters?",
    "You should try to walk more; research shows it can help, and it's up to you.",
    "Thanks for coming in. Good morning! My name is Sam, nice to meet you.",
    "If you feel dizzy, sit down - then call your doctor. What do you think?",
    "That sounds like a plan. Sounds good. I'm sorry, my mistake.",
    "There are three groups, a lot of people go, and the program is free per week.",
    "",
    "...",
  ]

  /// Reading a turn into an utterance that held another gives what a fresh one gives.
  @Test func aReusedUtteranceReadsLikeAFreshOne() throws {
    let tokenizer = try Tokenizer()
    let tokens = try Self.turns.map { try tokenizer.tokenize($0) }
    var reused = ActUtterance(vocabulary: tokenizer.vocabulary)
    for (index, turn) in tokens.enumerated() {
      reused.read(turn)
      let fresh = ActUtterance(tokens: turn, vocabulary: tokenizer.vocabulary)
      #expect(reused.sentences == fresh.sentences, "turn \(index)")
      #expect(reused.words == fresh.words, "turn \(index)")
      #expect(reused.wordCount == fresh.words.count, "turn \(index)")
    }
  }

  /// A sentence of fillers only is left out, as one with no words is.
  @Test func aSentenceOfFillersIsLeftOut() throws {
    let utterance = try ActUtterance(text: "Um, you know. What brings you in today? Uh...", tokenizer: try Tokenizer())
    #expect(utterance.sentenceCount == 1)
    #expect(utterance.sentences.map(\.clauses.count) == [1])
    #expect(utterance.isQuestion(sentence: 0))
    #expect(utterance.words == ["what", "brings", "you", "in", "today"])
  }

  /// The act model's features count the sentences with words and code the first of them.
  @Test func featuresCountOnlySentencesWithWords() throws {
    let utterance = try ActUtterance(text: "Um, you know. What brings you in today?", tokenizer: try Tokenizer())
    let coded = ActFeatures.session([ActFeatures.Turn(role: .therapist, utterance: utterance)])
    #expect(coded[0].features.contains("sentences=1"))
    #expect(coded[0].features.contains("firstrule=open-question"))
    #expect(coded[0].features.contains("length=3-5"))
  }

  /// Clauses split at commas and spaced dashes, not at joining dashes, and opening fillers go.
  @Test func clausesSplitAndLoseOpeningFillers() throws {
    let utterance = try ActUtterance(
      text: "I mean, it sounds like part of you wants to stop, you know, and part of you doesn't.",
      tokenizer: try Tokenizer())
    let clauses = utterance.textSentences.flatMap(\.clauses)
    #expect(
      clauses == [
        ["it", "sounds", "like", "part", "of", "you", "wants", "to", "stop"],
        ["and", "part", "of", "you", "doesn't"],
      ])
  }

  /// The one sweep finds exactly the lists a phrase-by-phrase search over the words' strings
  /// finds, and counts distinct information cues as that search does.
  @Test(arguments: turns)
  func cuesMatchAPlainSearch(turn: String) throws {
    let tokenizer = try Tokenizer()
    let utterance = try ActUtterance(text: turn, tokenizer: tokenizer)
    typealias W = ActVocabulary.Words
    let lists: [(ActCues.Lists, [String])] = [
      (.reflectionStem, W.reflectionStemPhrases), (.complexStem, W.complexStemPhrases),
      (.advice, W.adviceCuePhrases), (.permission, W.permissionCuePhrases),
      (.information, W.informationCuePhrases), (.affirm, W.affirmCuePhrases),
      (.collaboration, W.collaborationCuePhrases), (.autonomy, W.autonomyCuePhrases),
      (.confront, W.confrontCuePhrases), (.apology, W.apologyPhrases), (.greeting, W.greetingPhrases),
    ]
    for sentence in utterance.sentences {
      let ids = sentence.clauses.flatMap { $0 }
      let words = ids.map { tokenizer.vocabulary.string($0.term) }
      func occurs(_ phrase: String) -> Bool {
        let parts = phrase.split(separator: " ").map(String.init)
        guard parts.count <= words.count else { return false }
        return (0...(words.count - parts.count)).contains { Array(words[$0..<($0 + parts.count)]) == parts }
      }
      var expected: ActCues.Lists = []
      for (list, phrases) in lists where phrases.contains(where: occurs) { expected.insert(list) }
      let information = Set(W.informationCuePhrases.filter(occurs)).count
      let found = ids.withUnsafeBufferPointer { TherapistActs.cues.find(in: $0) }
      #expect(found.lists == expected, "\(words)")
      #expect(found.information == min(information, ActCues.informationLimit), "\(words)")
    }
  }

  /// A sentence coded on its own (the act model's first and last sentence) gets the code of a
  /// turn that says only that sentence.
  @Test(arguments: turns.filter { !$0.isEmpty })
  func aSentenceCodedAloneMatchesATurnOfIt(turn: String) throws {
    let tokenizer = try Tokenizer()
    let utterance = try ActUtterance(text: turn, tokenizer: tokenizer)
    let context = ActContext()
    for index in 0..<utterance.sentenceCount {
      let alone = TherapistActs.classify(utterance, sentences: index..<(index + 1), context: context)
      let sentence = utterance.sentences[index]
      let words = sentence.clauses.flatMap { $0 }
      #expect(!words.isEmpty)
      let text = words.map { tokenizer.vocabulary.string($0.term) }.joined(separator: " ") + (sentence.isQuestion ? "?" : ".")
      let single = try ActUtterance(text: text, tokenizer: tokenizer)
      guard single.sentences == [sentence] else { continue }
      #expect(alone == TherapistActs.classify(single, context: context), "\(text)")
    }
  }

  /// The fillers that may open a clause are two words each, as dropping them assumes.
  @Test func openingFillersAreTwoWords() {
    let phrases = TherapistActs.Phrases.self
    #expect(phrases.fillerClauses.prefix(phrases.openingFillers).allSatisfy { $0[1] != phrases.noWord })
    #expect(phrases.fillerClauses.count == ActVocabulary.Words.fillerClausePhrases.count)
  }

  /// A group's and a code's index is its place among them.
  @Test func indexIsThePlace() {
    for (place, group) in TherapistAct.Group.allCases.enumerated() { #expect(group.index == place) }
    for (place, act) in TherapistAct.allCases.enumerated() {
      #expect(act.index == place)
      #expect(TherapistAct.byIndex[act.index] == act)
    }
    #expect(TherapistAct.Group.allCases.count == SIMD8<Int32>.scalarCount)
  }

  /// Codes and groups order as declared and hash by place: every one is its own set member.
  @Test func codesOrderAndHashByPlace() {
    #expect(TherapistAct.allCases.sorted(by: >).reversed() == TherapistAct.allCases)
    #expect(TherapistAct.Group.allCases.sorted(by: >).reversed() == TherapistAct.Group.allCases)
    #expect(Set(TherapistAct.allCases).count == TherapistAct.allCases.count)
    #expect(Set(TherapistAct.Group.allCases).count == TherapistAct.Group.allCases.count)
    var counted: [TherapistAct: Int] = [:]
    for act in TherapistAct.allCases + [.advice, .advice] { counted[act, default: 0] += 1 }
    #expect(counted[.advice] == 3 && counted[.affirm] == 1 && counted.count == TherapistAct.allCases.count)
  }

  /// The turn's code: the closing question with enough of the words, else the latest act of
  /// the group with the most words.
  @Test func theTurnTakesTheCodeOfMostWords() {
    var coded = TherapistActs.CodedWords()
    #expect(coded.primary == .other)
    coded.add(.simpleReflection, words: 5)
    coded.add(.other, words: 30)
    coded.add(.advice, words: 3)
    coded.add(.complexReflection, words: 2)
    #expect(coded.primary == .complexReflection)
    // A tie goes to the group whose act came last.
    coded.add(.givingInformation, words: 4)
    #expect(coded.primary == .givingInformation)
    // A closing question with 6 of 20 words does not take the turn.
    coded.add(.closedQuestion, words: 6)
    #expect(coded.primary == .givingInformation)
    // One with 16 of 30 does.
    coded.add(.openQuestion, words: 10)
    #expect(coded.primary == .openQuestion)
  }

  /// Emptying a set of ids leaves it equal to a new one, whatever storage it keeps.
  @Test func anEmptiedIdSetEqualsANewOne() {
    var set = IdSet()
    set.insert(700)
    set.insert(3)
    #expect(set.contains(700) && set.contains(3) && !set.contains(4))
    set.removeAll()
    #expect(!set.contains(700))
    #expect(set == IdSet())
    #expect(set.hashValue == IdSet().hashValue)
  }

  /// Inserting -1 through the bitmaps adds no member; the ids inserted are members.
  @Test func minusOneIsNoMember() {
    var first = IdSet()
    var second = IdSet()
    var third = IdSet()
    IdSet.withBits(&first, &second, &third, below: 200) { a, b, _ in
      a.insert(-1)
      a.insert(0)
      a.insert(199)
      b.insert(-1)
    }
    #expect(first.contains(0) && first.contains(199) && !first.contains(-1) && !first.contains(1))
    #expect(!second.contains(-1) && !second.contains(0))
    #expect(second == IdSet() && third == IdSet())
    #expect(second.hashValue == IdSet().hashValue)
    var same = IdSet()
    same.insert(199)
    same.insert(0)
    #expect(first == same)
  }
}

extension ActCoderStorageTests {
  /// The context holds the content words of the client's last turn, of every turn so far,
  /// and the feeling words the client used.
  @Test func theContextKeepsTheLastClientTurnAndAllBefore() throws {
    let tokenizer = try Tokenizer()
    var context = ActContext()
    context.add(clientTurn: try ActUtterance(text: "My sister worries about the garden.", tokenizer: tokenizer))
    context.add(clientTurn: try ActUtterance(text: "The bakery closed.", tokenizer: tokenizer))
    let vocabulary = tokenizer.vocabulary
    func id(_ word: String) throws -> Int32 { try #require(vocabulary.id(of: word)) }
    #expect(context.previousClient.contains(try id("bakery")))
    #expect(!context.previousClient.contains(try id("sister")))
    #expect(context.clientHistory.contains(try id("sister")))
    #expect(context.clientHistory.contains(try id("bakery")))
    #expect(context.clientHistory.contains(try id("worrie")))
    #expect(!context.clientHistory.contains(try id("the")))
    #expect(context.clientFeelings.contains(try id("worries")))
    #expect(!context.clientFeelings.contains(try id("garden")))
  }
}
