import RapportSupport
import RapportIngest
import RapportTag
import RapportText

/// The features the act model reads, by family: each is a name a person can read in the model
/// file (`w=feel`, `start2=it sounds`, `rule=question`). Every feature is binary (present or
/// not). docs/acts-model.md describes each family with an example.
///
/// A pure function of a session's turns: the words of each turn (as `ActUtterance` holds
/// them, normalized by Rapport's tokenizer) and who said it, read in order so a turn is seen
/// against what came before it, never after.
public enum ActFeatures {
  /// One turn as the features read it.
  ///
  /// `Sendable` notes: not `Sendable`; its utterance keeps the worker's vocabulary.
  public struct Turn {
    public var role: Role
    public var utterance: ActUtterance

    public init(role: Role, utterance: ActUtterance) {
      self.role = role
      self.utterance = utterance
    }
  }

  /// One turn's features, sorted, and the rule-based coder's acts of it (therapist turns).
  public struct Coded: Sendable, Hashable {
    public var features: [String]
    public var rule: TurnActs?
  }

  /// The feature families, in the order the model file lists them: prefix and what it means.
  public static let families: [(prefix: String, meaning: String)] = [
    ("bias", "always present: the label's base rate"),
    ("w=", "a word of the turn"),
    ("b=", "two words in a row within a clause"),
    ("start=", "the turn's first word"),
    ("start2=", "the turn's first two words"),
    ("sent=", "the first word of a sentence of the turn"),
    ("sent2=", "the first two words of a sentence of the turn"),
    ("ask=", "the first word of a sentence ending in '?'"),
    ("ask2=", "the first two words of a sentence ending in '?'"),
    ("end=", "the turn's last two words"),
    ("lastask=", "the first word of the turn's last sentence, when it ends in '?'"),
    ("askshare=", "share of the turn's words in sentences ending in '?', in quarters"),
    ("question=", "sentences ending in '?': none, some, last (the turn ends in one), all"),
    ("length=", "the turn's words, in bands (0, 1-2, 3-5, 6-10, 11-20, 21-40, more)"),
    ("sentences=", "the turn's sentences: 1, 2, 3, 4 or more"),
    ("you=", "second-person words (you, your, you're…): 0, 1, 2, 3 or more"),
    ("me=", "first-person words (I, me, my, I'm…): 0, 1, 2, 3 or more"),
    ("rule=", "the rule-based coder's act of the turn (therapist turns)"),
    ("rulegroup=", "the group of the rule-based coder's act (therapist turns)"),
    ("ruleall=", "every act the rule-based coder found in the turn (therapist turns)"),
    ("firstrule=", "the rule-based act of the turn's first sentence alone (therapist turns)"),
    ("lastrule=", "the rule-based act of the turn's last sentence alone (therapist turns)"),
    ("overlap=", "content words shared with the other speaker's previous turn: 0, 1, 2, 3-4, 5 or more"),
    ("share=", "share of the turn's content words the other speaker said just before, in quarters"),
    ("history=", "content words shared with everything the other speaker said earlier: 0, 1-2, 3-5, 6 or more"),
    ("new=", "content words the other speaker has not said: 0, 1-2, 3-5, 6 or more"),
    ("previous=", "the previous turn's speaker role (or start)"),
    ("prevrule=", "the rule-based act of the last therapist turn before a client turn"),
    ("prevask=", "the previous turn ended in '?'"),
    ("prevlength=", "the previous turn's words, in the bands of length="),
    ("position=", "where the turn lies in the session, in fifths (1-5), and opening (the first three turns)"),
  ]

  static let secondPerson: Set<String> = ["you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd", "ya"]
  static let firstPerson: Set<String> = ["i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"]

  /// The features of every turn of a session, each sorted; turns of role `.other` get the
  /// features of their words only (the model never codes them).
  ///
  /// - Complexity: O(n · w) in the turns n and their words w (content-word sets grow with the
  ///   session).
  public static func session(_ turns: [Turn]) -> [Coded] {
    var therapistHistory = Set<String>()
    var clientHistory = Set<String>()
    var previousContent: [Role: Set<String>] = [:]
    var context = ActContext()
    var lastTherapistRule: TherapistAct?
    var result: [Coded] = []
    result.reserveCapacity(turns.count)
    for (index, turn) in turns.enumerated() {
      var features = Set<String>(["bias"])
      var ruleActs: TurnActs?
      words(turn.utterance, into: &features)
      let content = turn.utterance.contentWords
      let other: Role = turn.role == .therapist ? .client : .therapist
      if turn.role != .other {
        let previous = previousContent[other] ?? []
        let history = other == .client ? clientHistory : therapistHistory
        let shared = content.intersection(previous).count
        features.insert("overlap=\(band(shared, [0, 1, 2, 3, 5]))")
        if !content.isEmpty {
          features.insert("share=\(min(4, shared * 4 / content.count))/4")
        }
        features.insert("history=\(band(content.intersection(history).count, [0, 1, 3, 6]))")
        features.insert("new=\(band(content.subtracting(history).count, [0, 1, 3, 6]))")
      }
      if turn.role == .therapist {
        let rule = TherapistActs.classify(turn.utterance, context: context)
        ruleActs = rule
        features.insert("rule=\(rule.primary.rawValue)")
        features.insert("rulegroup=\(rule.primary.group.rawValue)")
        for act in rule.all { features.insert("ruleall=\(act.rawValue)") }
        let sentences = turn.utterance.sentenceCount
        if sentences > 0 {
          let firstAct = TherapistActs.classify(turn.utterance, sentences: 0..<1, context: context).primary
          let lastAct = TherapistActs.classify(turn.utterance, sentences: (sentences - 1)..<sentences, context: context).primary
          features.insert("firstrule=\(firstAct.rawValue)")
          features.insert("lastrule=\(lastAct.rawValue)")
        }
        lastTherapistRule = rule.primary
      } else if turn.role == .client {
        features.insert("prevrule=\(lastTherapistRule?.rawValue ?? "none")")
      }
      if index > 0 {
        let previous = turns[index - 1]
        features.insert("previous=\(previous.role.rawValue)")
        let sentences = previous.utterance.sentenceCount
        features.insert("prevask=\(sentences > 0 && previous.utterance.isQuestion(sentence: sentences - 1))")
        features.insert("prevlength=\(lengthBand(wordCount(previous.utterance)))")
      } else {
        features.insert("previous=start")
      }
      features.insert("position=\(min(5, index * 5 / max(1, turns.count) + 1))")
      if index < 3 { features.insert("position=opening") }
      result.append(Coded(features: features.sorted(), rule: ruleActs))

      switch turn.role {
      case .therapist:
        therapistHistory.formUnion(content)
        previousContent[.therapist] = content
      case .client:
        clientHistory.formUnion(content)
        previousContent[.client] = content
        context.add(clientTurn: turn.utterance)
      case .other:
        break
      }
    }
    return result
  }

  /// The word features of one utterance: words, word pairs, openings, question form, length
  /// and person.
  static func words(_ utterance: ActUtterance, into features: inout Set<String>) {
    let sentences = utterance.textSentences
    let all = sentences.flatMap { $0.clauses.flatMap { $0 } }
    for word in all { features.insert("w=\(word)") }
    var questions = 0
    for sentence in sentences {
      for clause in sentence.clauses where clause.count >= 2 {
        for i in 0..<(clause.count - 1) { features.insert("b=\(clause[i]) \(clause[i + 1])") }
      }
      let words = sentence.clauses.flatMap { $0 }
      guard let first = words.first else { continue }
      features.insert("sent=\(first)")
      if words.count >= 2 { features.insert("sent2=\(first) \(words[1])") }
      if sentence.isQuestion {
        questions += 1
        features.insert("ask=\(first)")
        if words.count >= 2 { features.insert("ask2=\(first) \(words[1])") }
      }
    }
    if let first = all.first {
      features.insert("start=\(first)")
      if all.count >= 2 { features.insert("start2=\(first) \(all[1])") }
    }
    if all.count >= 2 { features.insert("end=\(all[all.count - 2]) \(all[all.count - 1])") }
    let asked = sentences.filter(\.isQuestion).reduce(0) { $0 + $1.clauses.reduce(0) { $0 + $1.count } }
    if !all.isEmpty { features.insert("askshare=\(min(4, asked * 4 / all.count))/4") }
    if let last = sentences.last, last.isQuestion, let first = last.clauses.first?.first {
      features.insert("lastask=\(first)")
    }
    let sentenceCount = sentences.count
    let endsAsking = sentences.last?.isQuestion ?? false
    features.insert(
      "question=\(questions == 0 ? "none" : questions == sentenceCount ? "all" : endsAsking ? "last" : "some")")
    features.insert("length=\(lengthBand(all.count))")
    features.insert("sentences=\(band(sentenceCount, [0, 1, 2, 3, 4]))")
    features.insert("you=\(band(all.filter { secondPerson.contains($0) }.count, [0, 1, 2, 3]))")
    features.insert("me=\(band(all.filter { firstPerson.contains($0) }.count, [0, 1, 2, 3]))")
  }

  static func wordCount(_ utterance: ActUtterance) -> Int { utterance.wordCount }

  static func lengthBand(_ words: Int) -> String { band(words, [0, 1, 3, 6, 11, 21, 41]) }

  /// `value`'s band among ascending lower `bounds`: `3-4` for 3 with bounds …3, 5…, the bound
  /// itself for a band of one value, `N+` for the last band.
  static func band(_ value: Int, _ bounds: [Int]) -> String {
    let index = bounds.lastIndex { $0 <= value } ?? 0
    if index == bounds.count - 1 { return "\(bounds[index])+" }
    let low = bounds[index]
    let high = bounds[index + 1] - 1
    return low == high ? "\(low)" : "\(low)-\(high)"
  }
}

extension ActFeatures {
  /// The turns of `tagged` as the features read them: each turn's words as the act rules read
  /// them, with its speaker's role. `vocabulary` is the one that gave the tokens their term
  /// ids (without it, words are normalized again from the turn text).
  ///
  /// - Throws: `RapportError` when, without `vocabulary`, ICU fails to normalize a word.
  public static func turns(_ tagged: TaggedTranscript, vocabulary: Vocabulary?) throws(RapportError) -> [Turn] {
    let transcript = tagged.transcript
    let normalizer = TextNormalizer()
    let words = vocabulary ?? Vocabulary()
    var turns: [Turn] = []
    turns.reserveCapacity(transcript.turns.count)
    for index in transcript.turns.indices {
      let utterance =
        if vocabulary != nil {
          ActUtterance(tokens: tagged.tokens[index], vocabulary: words)
        } else {
          try ActUtterance(
            tokens: tagged.tokens[index], text: transcript.turns[index].text, normalizer: normalizer, vocabulary: words)
        }
      turns.append(Turn(role: transcript.speakers[transcript.turns[index].speaker].role, utterance: utterance))
    }
    return turns
  }
}
