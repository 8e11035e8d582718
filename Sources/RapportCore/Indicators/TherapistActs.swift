/// Therapist act classifier: documented heuristics that label a therapist turn from its own
/// words and the client turn before it. A pure function, usable on any text; docs/indicators.md
/// ("Questions and reflections") lists the rules, the word lists and their limits.
///
/// A turn is cut into sentences, each sentence gets an act, and the turn takes the act of its
/// last sentence that is not `other` (as a coder labels a turn that does several things by its
/// last act). A sentence is classified in this order:
/// 1. Ending in `?`:
///    - its first clause (leading `and`, `so`, `okay`… skipped) opening like a question
///      decides: an open stem (`tell me`, `describe`, `I wonder what`, `help me understand`) or
///      a wh-word (`what`, `how`, `why`, `where`, `when`, `who`) → open; `what if`, `which` or
///      an auxiliary (`do`, `did`, `is`, `can`, `would`, …) → closed, except
///      `can/could/would you tell|say|describe|talk|explain|walk…` and `can I ask` + wh-word →
///      open; a bare `can I ask` leaves the decision to the next clause;
///    - else a later clause opening with a wh-word or an open stem (`Jordan, how are you?`)
///      → open, or with a full auxiliary clause (`…, can we start over?`) → closed; a tag
///      (`…, isn't it?`, `…, right?`) does not decide;
///    - else a sentence ending in a wh-word (`Found out as what?`) or a short `and …?`
///      (`And other days?`) → open;
///    - else, right after a question sentence in the same turn, a fragment that elaborates it
///      (`What would it be like to not cave? To stay with it?`) → that question's kind;
///    - else it is a statement said with a rising voice: a reflection when it carries
///      reflection features (below), otherwise a closed question.
/// 2. Not ending in `?`: an open stem at its start → open question (`Tell me more about that.`);
///    reflection features → reflection; else other.
///
/// Reflection features: a reflection stem anywhere in the sentence (`it sounds like`, `so you`,
/// `you feel`, `what I hear`, `part of you`, `must have`, …) unless `sounds` is followed by an
/// appraisal (`sounds good`, `sounds like a plan`); a second-person word and two content words
/// shared with the client's previous turn; an echo (at least half of the sentence's content
/// words, and at least one, come from the client's turn); a short sentence (eight words or
/// fewer) with a second-person word and one shared content word; a sentence opening with `so`
/// that has no first-person word (`So the anger's got some guilt in it`). In a `?` sentence a
/// stem, or one shared content word with a second-person word, or two without, is enough.
public enum TherapistActs {
  /// The act of a therapist `turn`, given the client turn before it (nil when none came
  /// before).
  ///
  /// - Complexity: O(n + m) in the words of the two turns.
  public static func classify(_ turn: ActUtterance, previousClientTurn: ActUtterance?) -> TurnActs {
    let primary = primaryAct(turn, previousClientTurn: previousClientTurn)
    return TurnActs(primary: primary, all: [primary])
  }

  static func primaryAct(_ turn: ActUtterance, previousClientTurn: ActUtterance?) -> TherapistAct {
    let clientWords = previousClientTurn?.contentWords ?? []
    var act = TherapistAct.other
    var previous: TherapistAct?
    for sentence in turn.sentences {
      var found = classify(sentence, clientWords: clientWords)
      if sentence.isQuestion, let previous, previous == .openQuestion || previous == .closedQuestion,
        questionOpening(of: sentence) == nil
      {
        found = previous
      }
      if found != .other { act = found }
      previous = found
    }
    return act
  }

  /// The act of one sentence, given the content words of the client's previous turn.
  static func classify(_ sentence: ActUtterance.Sentence, clientWords: Set<String>) -> TherapistAct {
    let words = sentence.clauses.flatMap { $0 }
    guard !words.isEmpty else { return .other }
    let content = ActUtterance.contentWords(of: words)
    let shared = content.intersection(clientWords).count
    let secondPerson = words.contains { Words.secondPerson.contains($0) }
    let stem = Words.reflectionStems.contains { contains(words, phrase: $0) } && !isAppraisal(words)

    if sentence.isQuestion {
      if let kind = questionOpening(of: sentence) { return kind }
      if stem || (secondPerson && shared >= 1) || shared >= 2 { return .simpleReflection }
      return .closedQuestion
    }
    let clauses = sentence.clauses.map(dropMarkers).filter { !$0.isEmpty }
    if let first = clauses.first, let opening = statementOpening(first) { return opening }
    if stem || (secondPerson && shared >= 2) { return .simpleReflection }
    // An echo: most of what the sentence says, the client just said (`Just a question mark.`).
    if shared >= 1, shared * 2 >= content.count { return .simpleReflection }
    if secondPerson, shared >= 1, words.count <= 8 { return .simpleReflection }
    // A summary: `So the anger's got some guilt in it`, not `So, let's start`.
    if words.first == "so", !words.contains(where: { Words.firstPerson.contains($0) }) { return .simpleReflection }
    return .other
  }

  /// The question kind a `?` sentence's wording signals, or nil when it reads as a statement
  /// said with a rising voice.
  static func questionOpening(of sentence: ActUtterance.Sentence) -> TherapistAct? {
    let clauses = sentence.clauses.map(dropMarkers).filter { !$0.isEmpty }
    guard let first = clauses.first else { return nil }
    if let kind = questionOpening(first) { return kind }
    for clause in clauses.dropFirst() {
      if let kind = questionOpening(clause), kind == .openQuestion || !isTag(clause) { return kind }
    }
    if let last = sentence.clauses.last?.last, Words.wh.contains(last), last != "which" { return .openQuestion }
    if let lead = sentence.clauses.first?.first, lead == "and", sentence.clauses[0].count <= 4 { return .openQuestion }
    return nil
  }

  /// The question kind a clause's opening words signal, or nil when it does not open like a
  /// question.
  static func questionOpening(_ clause: [String]) -> TherapistAct? {
    if let opening = statementOpening(clause) { return opening }
    for stem in Words.wonderStems where starts(clause, with: stem) {
      return clause.dropFirst(stem.count).first.map { $0 == "if" || $0 == "whether" } == true ? .closedQuestion : nil
    }
    guard let head = clause.first else { return nil }
    if head == "which" || starts(clause, with: ["what", "if"]) { return .closedQuestion }
    if Words.wh.contains(head) { return .openQuestion }
    if Words.auxiliaries.contains(head) {
      let rest = clause.dropFirst()
      if rest.starts(with: ["i", "ask"]) {
        return rest.dropFirst(2).contains(where: { Words.wh.contains($0) }) ? .openQuestion : nil
      }
      if rest.prefix(3).contains(where: { Words.openVerbs.contains($0) }) { return .openQuestion }
      return .closedQuestion
    }
    return nil
  }

  /// An open stem (`tell me`, `I wonder what`) at the start of a clause.
  static func statementOpening(_ clause: [String]) -> TherapistAct? {
    for stem in Words.wonderStems where starts(clause, with: stem) {
      guard let next = clause.dropFirst(stem.count).first else { return nil }
      return Words.wh.contains(next) || Words.whContractions.contains(next) ? .openQuestion : nil
    }
    if Words.openStems.contains(where: { starts(clause, with: $0) }) { return .openQuestion }
    return nil
  }

  /// `That sounds good`, `sounds like a plan`: the therapist's own appraisal, not a mirror.
  static func isAppraisal(_ words: [String]) -> Bool {
    guard let sounds = words.firstIndex(of: "sounds") else { return false }
    return words[(sounds + 1)...].prefix(3).contains { Words.appraisals.contains($0) }
  }

  /// A tag added to a statement: `isn't it`, `is that right`, `don't you`, `right`, `okay`.
  static func isTag(_ clause: [String]) -> Bool {
    if clause.count == 1 { return Words.oneWordTags.contains(clause[0]) }
    guard clause.count <= 3, Words.auxiliaries.contains(clause[0]), Words.tagPronouns.contains(clause[1]) else {
      return false
    }
    return clause.count == 2 || Words.tagEndings.contains(clause[2])
  }

  /// The clause without its leading discourse markers (`and`, `so`, `okay`, `well`).
  static func dropMarkers(_ clause: [String]) -> [String] {
    var rest = clause[...]
    while let head = rest.first {
      if Words.markers.contains(head) {
        rest = rest.dropFirst()
      } else if head == "all", rest.dropFirst().first == "right" {
        rest = rest.dropFirst(2)
      } else {
        break
      }
    }
    return Array(rest)
  }

  static func starts(_ words: [String], with phrase: [String]) -> Bool {
    words.count >= phrase.count && words.prefix(phrase.count).elementsEqual(phrase)
  }

  static func contains(_ words: [String], phrase: [String]) -> Bool {
    guard words.count >= phrase.count else { return false }
    return (0...(words.count - phrase.count)).contains { words[$0..<($0 + phrase.count)].elementsEqual(phrase) }
  }
}
