import RapportText

/// What the act rules know of the session when they read a therapist turn: the content words of
/// the client's most recent turn, and of every client turn so far (a reflection often restates
/// something said several turns back), as vocabulary ids of the session's vocabulary.
public struct ActContext: Sendable, Hashable {
  /// Content-word keys of the client turn just before, each once (empty when none came before).
  private(set) var previousClient: [Int32] = []
  /// Content-word keys of every client turn so far, the previous one included.
  private(set) var clientHistory = IdSet()
  /// Feeling words the client has used so far (`feel`, `scared`, `want`), content words or not.
  private(set) var clientFeelings = IdSet()

  /// The context of a session's start: the client has said nothing yet.
  public init() {}

  /// The context after the client says `turn`.
  public mutating func add(clientTurn turn: ActUtterance) {
    previousClient.removeAll(keepingCapacity: true)
    for sentence in turn.sentences {
      for clause in sentence.clauses {
        for word in clause {
          if word.content >= 0, !previousClient.contains(word.content) {
            previousClient.append(word.content)
            clientHistory.insert(word.content)
          }
          if word.is(.feeling) { clientFeelings.insert(word.term) }
        }
      }
    }
  }
}

/// A set of vocabulary ids as a bitmap: insertion and membership are one word operation, with
/// no hashing.
struct IdSet: Sendable, Hashable {
  private var words: [UInt64] = []

  mutating func insert(_ id: Int32) {
    let word = Int(id) >> 6
    if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
    words[word] |= 1 << UInt64(Int(id) & 63)
  }

  func contains(_ id: Int32) -> Bool {
    let word = Int(id) >> 6
    return word < words.count && words[word] & (1 << UInt64(Int(id) & 63)) != 0
  }
}

/// Therapist behaviour coder: documented rules that give each sentence of a therapist turn a
/// MITI 4.2 code, and the turn the code that takes most of it. A pure function of the turn's
/// words and what the client said before; docs/indicators.md ("Therapist behaviour codes")
/// gives every rule with examples and its known failure modes.
///
/// A sentence is coded in this order:
/// 1. Only facilitation (`mm-hmm`, `okay`, `I see`), a short greeting or a short apology →
///    `other`.
/// 2. Ending in `?`: an opening that asks (a wh-word, an auxiliary, an open stem, a later
///    clause that asks) decides open or closed; a fragment right after a question takes that
///    question's kind; a statement said with a rising voice is a reflection when it carries a
///    reflection stem (`so you're…?`, `it sounds like…?`), otherwise a closed question.
/// 3. Not ending in `?`: an open stem (`Tell me about…`) → open question; confronting words →
///    confront; an affirmation or autonomy phrase without a reflection stem → affirm /
///    emphasizing autonomy (advice with permission when advice comes with it); then two scores decide between reflection and input:
///    - reflection: a reflection stem outside a conditional clause (3), a clause opening `you` + a state (`you feel`,
///      `you're`, `you want`: 1.5), content words shared with the previous client turn (0.75
///      each, up to three) or, with a `you`, with earlier client turns (0.4 each, up to two),
///      a feeling word with a `you` (0.5) or in a fragment of four words or fewer (1), a `so …` summary without first person (0.75), less
///      one when the sentence neither says `you` nor shares a word with the client;
///    - input: an advice cue or an imperative clause (2), information cues (1 each, up to three), `you` + a modal
///      (`you can`, `you'll`, `you're going to`: 1.5), the therapist as subject (1), a number
///      (0.5), a general subject (`it`, `there`, `people`) with no `you` (0.5), more than 20
///      words (0.5).
///    Reflection when its score is at least 1 and above input's; else input when input's is at
///    least 1 (advice when an advice cue is present, with permission when permission was asked
///    or a choice left open, otherwise giving information); else a reflection when its score is
///    at least 0.5; else giving information for six words or more; else `other`.
/// A reflection is complex when it carries a complex stem (`part of you`, `on the other hand`),
/// a feeling word the client has not used, or three content words the client has not said.
///
/// The turn's primary code: the closing question when its group holds at least 45% of the
/// coded words, else the group with the most words (the latest act of that group). Every code
/// found, and affirm / seeking collaboration / emphasizing autonomy cues inside other acts,
/// are listed in `TurnActs.all`.
public enum TherapistActs {
  /// The word lists the rules use (the Text stage holds them: `ActVocabulary`).
  typealias Words = ActVocabulary.Words

  /// Share of a turn's coded words a closing question needs to code the turn.
  static let closingQuestionShare = 0.45

  /// The acts of a therapist `turn` read against what the client said so far.
  ///
  /// - Complexity: O(n · p) in the turn's words n and the cue phrases p.
  public static func classify(_ turn: ActUtterance, context: ActContext) -> TurnActs {
    var coded: [(act: TherapistAct, words: Int)] = []
    var all: [TherapistAct] = []
    var previousQuestion: TherapistAct?
    for sentence in turn.sentences {
      let words = Array(sentence.clauses.joined())
      guard !words.isEmpty else { continue }
      let act = code(sentence, words: words, context: context, previousQuestion: sentence.isQuestion ? previousQuestion : nil)
      coded.append((act, words.count))
      if !all.contains(act) { all.append(act) }
      for found in secondaryActs(words, primary: act) where !all.contains(found) { all.append(found) }
      previousQuestion = act.isQuestion ? act : nil
    }
    return TurnActs(primary: primary(of: coded), all: all.isEmpty ? [.other] : all)
  }

  /// The code of a whole turn from the codes of its sentences and their word counts.
  static func primary(of coded: [(act: TherapistAct, words: Int)]) -> TherapistAct {
    let acts = coded.filter { $0.act != .other }
    guard let last = acts.last else { return .other }
    var words: [TherapistAct.Group: Int] = [:]
    for (act, count) in acts { words[act.group, default: 0] += count }
    let total = words.values.reduce(0, +)
    if last.act.isQuestion, Double(words[.question] ?? 0) >= closingQuestionShare * Double(total) { return last.act }
    let most = words.values.max() ?? 0
    return acts.last { words[$0.act.group] == most }?.act ?? last.act
  }

  /// Behaviours a sentence carries beside its code: an affirmation, seeking collaboration or
  /// emphasizing autonomy inside a question or a reflection.
  static func secondaryActs(_ words: [ActWord], primary: TherapistAct) -> [TherapistAct] {
    var found: [TherapistAct] = []
    if primary != .affirm, Phrases.affirmCues.occurs(in: words) { found.append(.affirm) }
    if Phrases.collaborationCues.occurs(in: words) { found.append(.seekingCollaboration) }
    if primary != .emphasizingAutonomy, Phrases.autonomyCues.occurs(in: words) { found.append(.emphasizingAutonomy) }
    return found
  }

  /// The code of one sentence.
  static func code(
    _ sentence: ActUtterance.Sentence, words: [ActWord], context: ActContext, previousQuestion: TherapistAct?
  ) -> TherapistAct {
    if words.allSatisfy({ $0.is(.facilitation) }) || (words.count <= 4 && Phrases.greetings.occurs(in: words))
      || (words.count <= 6 && Phrases.apologies.occurs(in: words))
    {
      return .other
    }
    // The scores are computed only when the wording has not already decided.
    if sentence.isQuestion {
      if let kind = questionOpening(of: sentence) ?? previousQuestion { return kind }
      return Scores(sentence, words: words, context: context).stem ? reflection(words, context: context) : .closedQuestion
    }
    if let opening = statementOpening(firstClause(sentence)) { return opening }
    let score = Scores(sentence, words: words, context: context)
    if Phrases.confrontCues.occurs(in: words) { return .confront }
    if !score.stem, Phrases.affirmCues.occurs(in: words) { return .affirm }
    if !score.stem, Phrases.autonomyCues.occurs(in: words) {
      return score.advice ? .adviceWithPermission : .emphasizingAutonomy
    }
    if score.reflection >= 1, score.reflection > score.input { return reflection(words, context: context) }
    if score.input >= 1 {
      guard score.advice else { return .givingInformation }
      return Phrases.permissionCues.occurs(in: words) ? .adviceWithPermission : .advice
    }
    if score.reflection >= 0.5 { return reflection(words, context: context) }
    return words.count >= 6 ? .givingInformation : .other
  }

  /// Simple or complex, for a sentence coded as a reflection.
  static func reflection(_ words: [ActWord], context: ActContext) -> TherapistAct {
    if Phrases.complexStems.occurs(in: words) { return .complexReflection }
    if words.contains(where: { $0.is(.feeling) && !context.clientFeelings.contains($0.term) }) {
      return .complexReflection
    }
    let added = ActUtterance.contentWords(of: words).count { !context.clientHistory.contains($0) }
    return added >= 3 ? .complexReflection : .simpleReflection
  }

  /// The two scores that decide between a reflection and input in a statement.
  struct Scores {
    var reflection = 0.0
    var input = 0.0
    /// A reflection stem is present (and `sounds` is not an appraisal).
    var stem = false
    /// An advice cue is present.
    var advice = false

    init(_ sentence: ActUtterance.Sentence, words: [ActWord], context: ActContext) {
      let content = ActUtterance.contentWords(of: words)
      let sharedPrevious = content.count { context.previousClient.contains($0) }
      let sharedEarlier = content.count { context.clientHistory.contains($0) && !context.previousClient.contains($0) }
      let secondPerson = words.contains { $0.is(.secondPerson) }
      // A stem inside a conditional clause (`if you feel dizzy, …`) is an instruction's
      // condition, not a mirror.
      let unconditional = sentence.clauses.filter { !(dropMarkers($0).first?.is(.conditional) ?? false) }
      stem = Phrases.reflectionStems.occurs(in: Array(unconditional.joined())) && !isAppraisal(words)
      let subjects = sentence.clauses.map(youClause)
      if stem { reflection += 3 }
      if subjects.contains(.state) { reflection += 1.5 }
      reflection += 0.75 * Double(min(sharedPrevious, 3))
      if secondPerson { reflection += 0.4 * Double(min(sharedEarlier, 2)) }
      let feeling = words.contains { $0.is(.feeling) }
      if secondPerson, feeling { reflection += 0.5 }
      // A feeling named in a fragment (`Discouraged.`, `Really torn.`) names the client's.
      if !secondPerson, feeling, words.count <= 4 { reflection += 1 }
      if sentence.clauses.first?.first?.is(K.so) == true, !words.contains(where: { $0.is(.firstPerson) }) {
        reflection += 0.75
      }
      if !secondPerson, sharedPrevious + sharedEarlier == 0 { reflection -= 1 }

      advice = Phrases.adviceCues.occurs(in: words) || sentence.clauses.contains(where: isImperative)
      if advice { input += 2 }
      input += Double(min(Phrases.informationCues.distinctMatches(in: words), 3))
      if subjects.contains(.modal) { input += 1.5 }
      let first = firstClause(sentence)
      if let head = first.first {
        if !stem, head.is(.firstPerson) { input += 1 }
        if head.is(.genericSubject), !secondPerson { input += 0.5 }
      }
      if words.contains(where: { $0.is(.number) }) { input += 0.5 }
      if words.count > 20 { input += 0.5 }
    }
  }

  /// What a clause opening with `you` says: the client's state (`you feel`, `you're`, `you
  /// want`) or what will or should happen (`you can`, `you'll`, `you're going to`).
  enum YouClause { case state, modal }

  /// The kind of a clause whose subject is `you`, or nil when its subject is not `you`.
  static func youClause(_ clause: [ActWord]) -> YouClause? {
    let words = dropMarkers(clause)
    guard let head = words.first else { return nil }
    let rest = words.dropFirst()
    switch head.known {
    case K.youWill: return .modal
    case K.youWould: return rest.first?.is(.preference) == true ? .state : .modal
    case K.youAre:
      // `You're right` agrees with the client; it does not mirror them.
      if rest.first?.is(K.right) == true, rest.count == 1 { return nil }
      return starts(rest, with: K.goingTo) || rest.first?.is(K.gonna) == true ? .modal : .state
    case K.youHave: return starts(rest, with: K.gotTo) ? .modal : .state
    case K.you: break
    default: return nil
    }
    var index = rest.startIndex
    while index < rest.endIndex {
      if rest[index].is(K.might) || rest[index].is(K.may) { return .modal }
      guard rest[index].is(.hedge) else { break }
      index += 1
    }
    guard index < rest.endIndex else { return .state }
    let verb = rest[index]
    let next = rest[(index + 1)...]
    if verb.is(.modal) { return .modal }
    if verb.is(K.need) || verb.is(K.have) || verb.is(K.got), next.first?.is(K.to) == true { return .modal }
    if verb.is(K.are), starts(next, with: K.goingTo) { return .modal }
    return .state
  }

  /// A clause that opens with a bare verb (`Take it with food`, `Just let your doctor know`).
  static func isImperative(_ clause: [ActWord]) -> Bool {
    var opening = dropMarkers(clause)[...]
    while let head = opening.first, head.is(K.just) || head.is(K.please) || head.is(K.definitely) {
      opening = opening.dropFirst()
    }
    guard let verb = opening.first, verb.is(.imperativeVerb), opening.count >= 2 else { return false }
    // `see, …`, `let me …` and `think so` are not instructions to the client.
    let second = opening.dropFirst().first
    return !(verb.is(K.let) && second?.is(K.me) == true) && !(verb.is(K.think) && second?.is(K.so) == true)
  }

  /// The sentence's first clause that has words once its discourse markers are dropped.
  static func firstClause(_ sentence: ActUtterance.Sentence) -> [ActWord] {
    sentence.clauses.lazy.map(dropMarkers).first { !$0.isEmpty } ?? []
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
    if let last = sentence.clauses.last?.last, last.is(.wh), !last.is(K.which) { return .openQuestion }
    if let lead = sentence.clauses.first?.first, lead.is(K.and), sentence.clauses[0].count <= 4 { return .openQuestion }
    return nil
  }

  /// The question kind a clause's opening words signal, or nil when it does not open like a
  /// question.
  static func questionOpening(_ clause: [ActWord]) -> TherapistAct? {
    // `What I'm hearing is…`, `What you're saying is…` open a reflection, not a question.
    if Phrases.reflectionStems.starts(clause, where: { $0.is(K.what) }) { return nil }
    if let opening = statementOpening(clause) { return opening }
    for stem in Phrases.wonderStems where starts(clause[...], with: stem) {
      let next = clause.dropFirst(stem.count).first
      return next.map { $0.is(K.if) || $0.is(K.whether) } == true ? .closedQuestion : nil
    }
    guard let head = clause.first else { return nil }
    if head.is(K.which) || starts(clause[...], with: K.whatIf) { return .closedQuestion }
    if head.is(.preposition), clause.count > 1, clause[1].is(.wh) { return .openQuestion }
    if starts(clause[...], with: K.anyThoughts) || starts(clause[...], with: K.anythingElse)
      || starts(clause[...], with: K.anyIdeas)
    {
      return .openQuestion
    }
    if head.is(.wh) { return .openQuestion }
    if head.is(.auxiliary) {
      let rest = clause.dropFirst()
      if starts(rest, with: K.iAsk) {
        return rest.dropFirst(2).contains(where: { $0.is(.wh) }) ? .openQuestion : nil
      }
      if rest.prefix(3).contains(where: { $0.is(.openVerb) }) { return .openQuestion }
      return .closedQuestion
    }
    return nil
  }

  /// A question asked without `?` (transcripts often drop it): an open stem (`tell me`,
  /// `I wonder what`), `I wonder if` (closed), or a wh-word followed by an auxiliary (`how do
  /// you…`, `where else could we…`) at the start of a clause.
  static func statementOpening(_ clause: [ActWord]) -> TherapistAct? {
    for stem in Phrases.wonderStems where starts(clause[...], with: stem) {
      guard let next = clause.dropFirst(stem.count).first else { return nil }
      if next.is(K.if) || next.is(K.whether) { return .closedQuestion }
      return next.is([.wh, .whContraction]) ? .openQuestion : nil
    }
    if Phrases.openStems.contains(where: { starts(clause[...], with: $0) }) { return .openQuestion }
    if let head = clause.first, head.is(.wh), !head.is(K.which) {
      let next = clause.dropFirst().first?.is(K.else) == true ? clause.dropFirst(2).first : clause.dropFirst().first
      if let next, next.is(.auxiliary) { return .openQuestion }
    }
    return nil
  }

  /// `That sounds good`, `sounds like a plan`: the therapist's own appraisal, not a mirror.
  static func isAppraisal(_ words: [ActWord]) -> Bool {
    guard let sounds = words.firstIndex(where: { $0.is(K.sounds) }) else { return false }
    return words[(sounds + 1)...].prefix(3).contains { $0.is(.appraisal) }
  }

  /// A tag added to a statement: `isn't it`, `is that right`, `don't you`, `right`, `okay`.
  static func isTag(_ clause: [ActWord]) -> Bool {
    if clause.count == 1 { return clause[0].is(.oneWordTag) }
    if clause.count <= 4, clause[0].is(.auxiliary), clause[1].is(.tagPronoun) { return true }
    return K.tagQuestions.contains { clause.count == $0.count && starts(clause[...], with: $0) }
  }

  /// The clause without its leading discourse markers (`and`, `so`, `okay`, `well`); a marker
  /// that is the clause's last word (`…, right`) stays.
  static func dropMarkers(_ clause: [ActWord]) -> [ActWord] {
    var rest = clause[...]
    while let head = rest.first, rest.count > 1 || !head.is(.closingMarker) {
      if head.is(K.all), rest.dropFirst().first?.is(K.right) == true {
        rest = rest.dropFirst(2)
      } else if head.is(.marker) {
        rest = rest.dropFirst()
      } else {
        break
      }
    }
    return rest.startIndex == clause.startIndex ? clause : Array(rest)
  }

  /// Whether `words` open with the act words `phrase`.
  static func starts(_ words: ArraySlice<ActWord>, with phrase: [Int16]) -> Bool {
    words.count >= phrase.count && words.prefix(phrase.count).lazy.map(\.known).elementsEqual(phrase)
  }

  /// The act words the rules compare one by one.
  enum K {
    static let all = ActLexicon.id("all")
    static let and = ActLexicon.id("and")
    static let are = ActLexicon.id("are")
    static let definitely = ActLexicon.id("definitely")
    static let `else` = ActLexicon.id("else")
    static let got = ActLexicon.id("got")
    static let gonna = ActLexicon.id("gonna")
    static let have = ActLexicon.id("have")
    static let `if` = ActLexicon.id("if")
    static let just = ActLexicon.id("just")
    static let `let` = ActLexicon.id("let")
    static let may = ActLexicon.id("may")
    static let me = ActLexicon.id("me")
    static let might = ActLexicon.id("might")
    static let need = ActLexicon.id("need")
    static let please = ActLexicon.id("please")
    static let right = ActLexicon.id("right")
    static let so = ActLexicon.id("so")
    static let sounds = ActLexicon.id("sounds")
    static let think = ActLexicon.id("think")
    static let to = ActLexicon.id("to")
    static let what = ActLexicon.id("what")
    static let whether = ActLexicon.id("whether")
    static let which = ActLexicon.id("which")
    static let you = ActLexicon.id("you")
    static let youWould = ActLexicon.id("you'd")
    static let youWill = ActLexicon.id("you'll")
    static let youAre = ActLexicon.id("you're")
    static let youHave = ActLexicon.id("you've")
    static let goingTo = ActLexicon.ids("going to")
    static let gotTo = ActLexicon.ids("got to")
    static let whatIf = ActLexicon.ids("what if")
    static let anyThoughts = ActLexicon.ids("any thoughts")
    static let anythingElse = ActLexicon.ids("anything else")
    static let anyIdeas = ActLexicon.ids("any ideas")
    static let iAsk = ActLexicon.ids("i ask")
    static let tagQuestions = [ActLexicon.ids("did i get that right"), ActLexicon.ids("does that sound right")]
  }
}
