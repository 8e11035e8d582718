/// What the act rules know of the session when they read a therapist turn: the content words of
/// the client's most recent turn, and of every client turn so far (a reflection often restates
/// something said several turns back).
public struct ActContext: Sendable, Hashable {
  /// Content words of the client turn just before (empty when none came before).
  public var previousClient: Set<String>
  /// Content words of every client turn so far, the previous one included.
  public var clientHistory: Set<String>
  /// Feeling words the client has used so far (`feel`, `scared`, `want`), content words or not.
  public var clientFeelings: Set<String>

  /// A context of `previousClient` and `clientHistory` content words and the feeling words
  /// the client has used.
  public init(previousClient: Set<String> = [], clientHistory: Set<String> = [], clientFeelings: Set<String> = []) {
    self.previousClient = previousClient
    self.clientHistory = clientHistory.union(previousClient)
    self.clientFeelings = clientFeelings
  }

  /// The context after the client says `turn`.
  public mutating func add(clientTurn turn: ActUtterance) {
    previousClient = turn.contentWords
    clientHistory.formUnion(previousClient)
    for sentence in turn.sentences {
      for clause in sentence.clauses {
        for word in clause where TherapistActs.Words.feelingWords.contains(word) { clientFeelings.insert(word) }
      }
    }
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
      let words = sentence.clauses.flatMap { $0 }
      guard !words.isEmpty else { continue }
      let act = code(sentence, words: words, context: context, previousQuestion: sentence.isQuestion ? previousQuestion : nil)
      coded.append((act, words.count))
      for found in [act] + secondaryActs(words, primary: act) where !all.contains(found) { all.append(found) }
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
  static func secondaryActs(_ words: [String], primary: TherapistAct) -> [TherapistAct] {
    var found: [TherapistAct] = []
    if primary != .affirm, Words.affirmCues.occurs(in: words) { found.append(.affirm) }
    if Words.collaborationCues.occurs(in: words) { found.append(.seekingCollaboration) }
    if primary != .emphasizingAutonomy, Words.autonomyCues.occurs(in: words) { found.append(.emphasizingAutonomy) }
    return found
  }

  /// The code of one sentence.
  static func code(
    _ sentence: ActUtterance.Sentence, words: [String], context: ActContext, previousQuestion: TherapistAct?
  ) -> TherapistAct {
    if words.allSatisfy({ Words.facilitation.contains($0) }) || (words.count <= 4 && Words.greetings.occurs(in: words))
      || (words.count <= 6 && Words.apologies.occurs(in: words))
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
    if Words.confrontCues.occurs(in: words) { return .confront }
    if !score.stem, Words.affirmCues.occurs(in: words) { return .affirm }
    if !score.stem, Words.autonomyCues.occurs(in: words) {
      return score.advice ? .adviceWithPermission : .emphasizingAutonomy
    }
    if score.reflection >= 1, score.reflection > score.input { return reflection(words, context: context) }
    if score.input >= 1 {
      guard score.advice else { return .givingInformation }
      return Words.permissionCues.occurs(in: words) ? .adviceWithPermission : .advice
    }
    if score.reflection >= 0.5 { return reflection(words, context: context) }
    return words.count >= 6 ? .givingInformation : .other
  }

  /// Simple or complex, for a sentence coded as a reflection.
  static func reflection(_ words: [String], context: ActContext) -> TherapistAct {
    if Words.complexStems.occurs(in: words) { return .complexReflection }
    if words.contains(where: { Words.feelingWords.contains($0) && !context.clientFeelings.contains($0) }) {
      return .complexReflection
    }
    let added = ActUtterance.contentWords(of: words).subtracting(context.clientHistory)
    return added.count >= 3 ? .complexReflection : .simpleReflection
  }

  /// The two scores that decide between a reflection and input in a statement.
  struct Scores {
    var reflection = 0.0
    var input = 0.0
    /// A reflection stem is present (and `sounds` is not an appraisal).
    var stem = false
    /// An advice cue is present.
    var advice = false

    init(_ sentence: ActUtterance.Sentence, words: [String], context: ActContext) {
      let content = ActUtterance.contentWords(of: words)
      let sharedPrevious = content.intersection(context.previousClient).count
      let sharedEarlier = content.intersection(context.clientHistory).subtracting(context.previousClient).count
      let secondPerson = words.contains { Words.secondPerson.contains($0) }
      // A stem inside a conditional clause (`if you feel dizzy, …`) is an instruction's
      // condition, not a mirror.
      let unconditional = sentence.clauses.filter { !(dropMarkers($0).first.map(Words.conditionals.contains) ?? false) }
      stem = Words.reflectionStems.occurs(in: unconditional.flatMap { $0 }) && !isAppraisal(words)
      let subjects = sentence.clauses.map(youClause)
      if stem { reflection += 3 }
      if subjects.contains(.state) { reflection += 1.5 }
      reflection += 0.75 * Double(min(sharedPrevious, 3))
      if secondPerson { reflection += 0.4 * Double(min(sharedEarlier, 2)) }
      let feeling = words.contains { Words.feelingWords.contains($0) }
      if secondPerson, feeling { reflection += 0.5 }
      // A feeling named in a fragment (`Discouraged.`, `Really torn.`) names the client's.
      if !secondPerson, feeling, words.count <= 4 { reflection += 1 }
      if sentence.clauses.first?.first == "so",
        !words.contains(where: { Words.firstPersonSingular.contains($0) || Words.firstPersonPlural.contains($0) })
      {
        reflection += 0.75
      }
      if !secondPerson, sharedPrevious + sharedEarlier == 0 { reflection -= 1 }

      advice = Words.adviceCues.occurs(in: words) || sentence.clauses.contains(where: isImperative)
      if advice { input += 2 }
      input += Double(min(Words.informationCues.distinctMatches(in: words), 3))
      if subjects.contains(.modal) { input += 1.5 }
      let first = firstClause(sentence)
      if let head = first.first {
        if !stem, Words.firstPersonSingular.contains(head) || Words.firstPersonPlural.contains(head) { input += 1 }
        if Words.genericSubjects.contains(head), !secondPerson { input += 0.5 }
      }
      if words.contains(where: { $0.first?.isNumber == true }) { input += 0.5 }
      if words.count > 20 { input += 0.5 }
    }
  }

  /// What a clause opening with `you` says: the client's state (`you feel`, `you're`, `you
  /// want`) or what will or should happen (`you can`, `you'll`, `you're going to`).
  enum YouClause { case state, modal }

  /// The kind of a clause whose subject is `you`, or nil when its subject is not `you`.
  static func youClause(_ clause: [String]) -> YouClause? {
    let words = dropMarkers(clause)
    guard let head = words.first else { return nil }
    let rest = Array(words.dropFirst())
    switch head {
    case "you'll": return .modal
    case "you'd": return Words.preferences.contains(rest.first ?? "") ? .state : .modal
    case "you're":
      // `You're right` agrees with the client; it does not mirror them.
      if rest.first == "right", rest.count == 1 { return nil }
      return rest.starts(with: ["going", "to"]) || rest.first == "gonna" ? .modal : .state
    case "you've": return rest.starts(with: ["got", "to"]) ? .modal : .state
    case "you": break
    default: return nil
    }
    var index = 0
    while index < rest.count {
      if rest[index] == "might" || rest[index] == "may" { return .modal }
      guard Words.hedges.contains(rest[index]) else { break }
      index += 1
    }
    guard index < rest.count else { return .state }
    let verb = rest[index]
    let next = rest.dropFirst(index + 1)
    if Words.modals.contains(verb) { return .modal }
    if verb == "need" || verb == "have" || verb == "got", next.first == "to" { return .modal }
    if verb == "are", next.starts(with: ["going", "to"]) { return .modal }
    return .state
  }

  /// A clause that opens with a bare verb (`Take it with food`, `Just let your doctor know`).
  static func isImperative(_ clause: [String]) -> Bool {
    var opening = dropMarkers(clause)[...]
    while let head = opening.first, head == "just" || head == "please" || head == "definitely" { opening = opening.dropFirst() }
    guard let verb = opening.first, Words.imperativeVerbs.contains(verb), opening.count >= 2 else { return false }
    // `see, …`, `let me …` and `think so` are not instructions to the client.
    return !(verb == "let" && opening.dropFirst().first == "me") && !(verb == "think" && opening.dropFirst().first == "so")
  }

  /// The sentence's first clause that has words once its discourse markers are dropped.
  static func firstClause(_ sentence: ActUtterance.Sentence) -> [String] {
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
    if let last = sentence.clauses.last?.last, Words.wh.contains(last), last != "which" { return .openQuestion }
    if let lead = sentence.clauses.first?.first, lead == "and", sentence.clauses[0].count <= 4 { return .openQuestion }
    return nil
  }

  /// The question kind a clause's opening words signal, or nil when it does not open like a
  /// question.
  static func questionOpening(_ clause: [String]) -> TherapistAct? {
    // `What I'm hearing is…`, `What you're saying is…` open a reflection, not a question.
    if Words.reflectionStems.starts(clause, where: { $0 == "what" }) { return nil }
    if let opening = statementOpening(clause) { return opening }
    for stem in Words.wonderStems where starts(clause, with: stem) {
      return clause.dropFirst(stem.count).first.map { $0 == "if" || $0 == "whether" } == true ? .closedQuestion : nil
    }
    guard let head = clause.first else { return nil }
    if head == "which" || starts(clause, with: ["what", "if"]) { return .closedQuestion }
    if Words.prepositions.contains(head), clause.count > 1, Words.wh.contains(clause[1]) { return .openQuestion }
    if starts(clause, with: ["any", "thoughts"]) || starts(clause, with: ["anything", "else"])
      || starts(clause, with: ["any", "ideas"])
    {
      return .openQuestion
    }
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

  /// A question asked without `?` (transcripts often drop it): an open stem (`tell me`,
  /// `I wonder what`), `I wonder if` (closed), or a wh-word followed by an auxiliary (`how do
  /// you…`, `where else could we…`) at the start of a clause.
  static func statementOpening(_ clause: [String]) -> TherapistAct? {
    for stem in Words.wonderStems where starts(clause, with: stem) {
      guard let next = clause.dropFirst(stem.count).first else { return nil }
      if next == "if" || next == "whether" { return .closedQuestion }
      return Words.wh.contains(next) || Words.whContractions.contains(next) ? .openQuestion : nil
    }
    if Words.openStems.contains(where: { starts(clause, with: $0) }) { return .openQuestion }
    if let head = clause.first, Words.wh.contains(head), head != "which" {
      let next = clause.dropFirst().first == "else" ? clause.dropFirst(2).first : clause.dropFirst().first
      if let next, Words.auxiliaries.contains(next) { return .openQuestion }
    }
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
    if clause.count <= 4, Words.auxiliaries.contains(clause[0]), Words.tagPronouns.contains(clause[1]) { return true }
    return [["did", "i", "get", "that", "right"], ["does", "that", "sound", "right"]].contains(clause)
  }

  /// The clause without its leading discourse markers (`and`, `so`, `okay`, `well`); a marker
  /// that is the clause's last word (`…, right`) stays.
  static func dropMarkers(_ clause: [String]) -> [String] {
    var rest = clause[...]
    while let head = rest.first, rest.count > 1 || !Words.closingMarkers.contains(head) {
      if head == "all", rest.dropFirst().first == "right" {
        rest = rest.dropFirst(2)
      } else if Words.markers.contains(head) {
        rest = rest.dropFirst()
      } else {
        break
      }
    }
    return Array(rest)
  }

  static func starts(_ words: [String], with phrase: [String]) -> Bool {
    words.count >= phrase.count && words.prefix(phrase.count).elementsEqual(phrase)
  }
}
