import RapportText

/// What the act rules know of the session when they read a therapist turn: the content words of
/// the client's most recent turn, and of every client turn so far (a reflection often restates
/// something said several turns back), as vocabulary ids of the session's vocabulary.
public struct ActContext: Sendable, Hashable {
  /// Content-word keys of the client turn just before (empty when none came before).
  private(set) var previousClient = IdSet()
  /// Content-word keys of every client turn so far, the previous one included.
  private(set) var clientHistory = IdSet()
  /// Feeling words the client has used so far (`feel`, `scared`, `want`), content words or not.
  private(set) var clientFeelings = IdSet()

  /// The context of a session's start: the client has said nothing yet.
  public init() {}

  /// The context after the client says `turn`.
  public mutating func add(clientTurn turn: ActUtterance) {
    previousClient.removeAll()
    IdSet.withBits(&previousClient, &clientHistory, &clientFeelings, below: turn.vocabulary.count) {
      previous, history, feelings in
      // A word that is not a content word or not a feeling word inserts -1, which is no
      // member: the loop has no branch to mispredict.
      for word in turn.flat {
        previous.insert(word.content)
        history.insert(word.content)
        feelings.insert(word.is(.feeling) ? word.term : -1)
      }
    }
  }
}

/// A set of vocabulary ids as a bitmap: insertion and membership are one word operation, with
/// no hashing.
///
/// Id `n` is bit `n + 1`: bit 0 stands for -1 ("no id"), so a loop can insert a word's id or
/// -1 without a branch (`Bits.insert`). It is never a member and equality ignores it.
struct IdSet: Sendable, Hashable {
  private var words: [UInt64] = []

  mutating func insert(_ id: Int32) {
    precondition(id >= 0, "a vocabulary id")
    let bit = Int(id) + 1
    grow(to: (bit >> 6) + 1)
    words[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  func contains(_ id: Int32) -> Bool {
    let bit = Int(id) + 1
    return id >= 0 && bit >> 6 < words.count && words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// A set's bitmap, grown to hold every id below `bound`, to insert ids with one store each.
  /// Valid only inside `withBits`.
  struct Bits {
    fileprivate let words: UnsafeMutableBufferPointer<UInt64>
    fileprivate let bound: Int

    /// Inserts `id`, or nothing for -1.
    func insert(_ id: Int32) {
      precondition(id >= -1 && Int(id) < bound, "an id outside the vocabulary")
      let bit = Int(id) + 1
      words[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  /// Calls `body` with the bitmaps of three sets, each grown to hold every id below `bound`:
  /// inserting through them skips the growth and copy-on-write checks `insert(_:)` makes per
  /// id (a client turn inserts each of its words).
  static func withBits(
    _ first: inout IdSet, _ second: inout IdSet, _ third: inout IdSet, below bound: Int,
    _ body: (Bits, Bits, Bits) -> Void
  ) {
    let needed = (bound >> 6) + 1
    first.grow(to: needed)
    second.grow(to: needed)
    third.grow(to: needed)
    first.words.withUnsafeMutableBufferPointer { a in
      second.words.withUnsafeMutableBufferPointer { b in
        third.words.withUnsafeMutableBufferPointer { c in
          body(Bits(words: a, bound: bound), Bits(words: b, bound: bound), Bits(words: c, bound: bound))
        }
      }
    }
  }

  /// Makes the bitmap `count` words long at least.
  private mutating func grow(to count: Int) {
    if words.count < count { words.append(contentsOf: repeatElement(0, count: count - words.count)) }
  }

  /// Empties the set, keeping its storage (a bit per id of the worker's vocabulary).
  mutating func removeAll() {
    words.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
  }

  /// Word `index` of the bitmap without the no-id bit, 0 past the end.
  private func members(_ index: Int) -> UInt64 {
    guard index < words.count else { return 0 }
    return index == 0 ? words[0] & ~1 : words[index]
  }

  static func == (left: IdSet, right: IdSet) -> Bool {
    (0..<max(left.words.count, right.words.count)).allSatisfy { left.members($0) == right.members($0) }
  }

  /// Hashes the words up to the last one with a member, so equal sets hash alike however much
  /// storage each keeps.
  func hash(into hasher: inout Hasher) {
    let used = (words.indices.last { members($0) != 0 } ?? -1) + 1
    for index in 0..<used { hasher.combine(members(index)) }
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
    classify(turn, sentences: 0..<turn.sentenceCount, context: context)
  }

  /// The acts of the sentences `range` of a therapist `turn`, read as if they were the whole
  /// turn (the act model reads a turn's first and last sentence alone).
  static func classify(_ turn: ActUtterance, sentences range: Range<Int>, context: ActContext) -> TurnActs {
    turn.withSentences { sentences in
      var coded = CodedWords()
      var all: [TherapistAct] = []
      var previousQuestion: TherapistAct?
      for index in range {
        let sentence = sentences[index]
        guard !sentence.words.isEmpty else { continue }
        let found = cues.find(in: sentence.words)
        let act = code(sentence, cues: found, context: context, previousQuestion: sentence.isQuestion ? previousQuestion : nil)
        coded.add(act, words: sentence.words.count)
        if !all.contains(act) { all.append(act) }
        addSecondaryActs(found, primary: act, to: &all)
        previousQuestion = act.isQuestion ? act : nil
      }
      return TurnActs(primary: coded.primary, all: all.isEmpty ? [.other] : all)
    }
  }

  /// The coded words of a turn's sentences by group, enough to give the turn its code
  /// without keeping every sentence's act. Its tables are vectors indexed by
  /// `TherapistAct.Group.index`, so a turn allocates nothing for them.
  struct CodedWords {
    /// Words of the sentences coded in each group.
    private var words = SIMD8<Int32>()
    /// The latest act of each group (`TherapistAct.index`) and the sentence it coded (its
    /// place among the coded sentences; -1 for none), so the latest act of the group with the
    /// most words can be found.
    private var latestAct = SIMD8<Int32>()
    private var latestPlace = SIMD8<Int32>(repeating: -1)
    private var last: TherapistAct?
    private var places: Int32 = 0

    /// Counts a sentence of `count` words coded `act`; `other` does not count.
    mutating func add(_ act: TherapistAct, words count: Int) {
      guard act != .other else { return }
      let group = act.group.index
      words[group] += Int32(count)
      latestAct[group] = Int32(act.index)
      latestPlace[group] = places
      places += 1
      last = act
    }

    /// The code of the whole turn: the closing question when its group holds at least
    /// `closingQuestionShare` of the coded words, else the latest act of the group with the
    /// most words.
    var primary: TherapistAct {
      guard let last else { return .other }
      let total = words.wrappedSum()
      if last.isQuestion, Double(words[TherapistAct.Group.question.index]) >= closingQuestionShare * Double(total) {
        return last
      }
      // A group with no coded words holds 0 < most, so it never wins.
      let most = words.max()
      var best = -1
      for group in 0..<words.scalarCount where words[group] == most {
        if best < 0 || latestPlace[group] > latestPlace[best] { best = group }
      }
      return TherapistAct.byIndex[Int(latestAct[best])]
    }
  }

  /// Adds the behaviours a sentence carries beside its code to `all` (each once): an
  /// affirmation, seeking collaboration or emphasizing autonomy inside a question or a
  /// reflection.
  static func addSecondaryActs(_ cues: ActCues.Found, primary: TherapistAct, to all: inout [TherapistAct]) {
    if primary != .affirm, cues.contains(.affirm), !all.contains(.affirm) { all.append(.affirm) }
    if cues.contains(.collaboration), !all.contains(.seekingCollaboration) { all.append(.seekingCollaboration) }
    if primary != .emphasizingAutonomy, cues.contains(.autonomy), !all.contains(.emphasizingAutonomy) {
      all.append(.emphasizingAutonomy)
    }
  }

  /// The code of one sentence, whose cue phrases are `cues`.
  static func code(
    _ sentence: ActUtterance.SentenceView, cues: ActCues.Found, context: ActContext, previousQuestion: TherapistAct?
  ) -> TherapistAct {
    let words = sentence.words
    if cues.everyWord.contains(.facilitation) || (words.count <= 4 && cues.contains(.greeting))
      || (words.count <= 6 && cues.contains(.apology))
    {
      return .other
    }
    // The scores are computed only when the wording has not already decided.
    if sentence.isQuestion {
      if let kind = questionOpening(of: sentence) ?? previousQuestion { return kind }
      return Scores.hasStem(sentence, cues: cues) ? reflection(words, cues: cues, context: context) : .closedQuestion
    }
    if let opening = statementOpening(firstClause(sentence)) { return opening }
    let score = Scores(sentence, cues: cues, context: context)
    if cues.contains(.confront) { return .confront }
    if !score.stem, cues.contains(.affirm) { return .affirm }
    if !score.stem, cues.contains(.autonomy) {
      return score.advice ? .adviceWithPermission : .emphasizingAutonomy
    }
    if score.reflection >= 1, score.reflection > score.input { return reflection(words, cues: cues, context: context) }
    if score.input >= 1 {
      guard score.advice else { return .givingInformation }
      return cues.contains(.permission) ? .adviceWithPermission : .advice
    }
    if score.reflection >= 0.5 { return reflection(words, cues: cues, context: context) }
    return words.count >= 6 ? .givingInformation : .other
  }

  /// Simple or complex, for a sentence coded as a reflection.
  static func reflection(_ words: WordSpan, cues: ActCues.Found, context: ActContext) -> TherapistAct {
    if cues.contains(.complexStem) { return .complexReflection }
    if cues.someWord.contains(.feeling), words.contains(where: { $0.is(.feeling) && !context.clientFeelings.contains($0.term) }) {
      return .complexReflection
    }
    var added = 0
    for index in words.indices
    where ActUtterance.isFirstContent(at: index, in: words) && !context.clientHistory.contains(words[index].content) {
      added += 1
    }
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

    init(_ sentence: ActUtterance.SentenceView, cues: ActCues.Found, context: ActContext) {
      let words = sentence.words
      var sharedPrevious = 0
      var sharedEarlier = 0
      for index in words.indices where ActUtterance.isFirstContent(at: index, in: words) {
        let key = words[index].content
        if context.previousClient.contains(key) {
          sharedPrevious += 1
        } else if context.clientHistory.contains(key) {
          sharedEarlier += 1
        }
      }
      let secondPerson = cues.someWord.contains(.secondPerson)
      stem = Self.hasStem(sentence, cues: cues)
      var state = false
      var modal = false
      for clause in 0..<sentence.clauseCount {
        switch youClause(sentence.clause(clause)) {
        case .state: state = true
        case .modal: modal = true
        case nil: break
        }
      }
      if stem { reflection += 3 }
      if state { reflection += 1.5 }
      reflection += 0.75 * Double(min(sharedPrevious, 3))
      if secondPerson { reflection += 0.4 * Double(min(sharedEarlier, 2)) }
      let feeling = cues.someWord.contains(.feeling)
      if secondPerson, feeling { reflection += 0.5 }
      // A feeling named in a fragment (`Discouraged.`, `Really torn.`) names the client's.
      if !secondPerson, feeling, words.count <= 4 { reflection += 1 }
      if words.first?.is(K.so) == true, cues.someWord.isDisjoint(with: .firstPerson) {
        reflection += 0.75
      }
      if !secondPerson, sharedPrevious + sharedEarlier == 0 { reflection -= 1 }

      advice = cues.contains(.advice)
        || (0..<sentence.clauseCount).contains { isImperative(sentence.clause($0)) }
      if advice { input += 2 }
      input += Double(min(cues.information, 3))
      if modal { input += 1.5 }
      let first = firstClause(sentence)
      if let head = first.first {
        if !stem, head.is(.firstPerson) { input += 1 }
        if head.is(.genericSubject), !secondPerson { input += 0.5 }
      }
      if cues.someWord.contains(.number) { input += 0.5 }
      if words.count > 20 { input += 0.5 }
    }

    /// Whether a reflection stem is in the sentence outside a conditional clause, and
    /// `sounds` is not an appraisal.
    static func hasStem(_ sentence: ActUtterance.SentenceView, cues: ActCues.Found) -> Bool {
      // A stem inside a conditional clause (`if you feel dizzy, …`) is an instruction's
      // condition, not a mirror. The other clauses are read joined, as one run of words
      // (rare enough to be copied).
      func isConditional(_ clause: Int) -> Bool { dropMarkers(sentence.clause(clause)).first?.is(.conditional) ?? false }
      let found: Bool
      if !(0..<sentence.clauseCount).contains(where: isConditional) {
        found = cues.contains(.reflectionStem)
      } else {
        let kept = (0..<sentence.clauseCount).filter { !isConditional($0) }.flatMap { sentence.clause($0) }
        found = kept.withUnsafeBufferPointer { Phrases.reflectionStems.occurs(in: $0) }
      }
      return found && !isAppraisal(sentence.words)
    }
  }

  /// What a clause opening with `you` says: the client's state (`you feel`, `you're`, `you
  /// want`) or what will or should happen (`you can`, `you'll`, `you're going to`).
  enum YouClause { case state, modal }

  /// The kind of a clause whose subject is `you`, or nil when its subject is not `you`.
  static func youClause(_ clause: WordSpan) -> YouClause? {
    let words = dropMarkers(clause)
    // Every `you` word below is a second-person word: test that bit before the ids.
    guard let head = words.first, head.is(.secondPerson) else { return nil }
    let rest = words.from(1)
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
    var index = 0
    while index < rest.count {
      if rest[index].is(K.might) || rest[index].is(K.may) { return .modal }
      guard rest[index].is(.hedge) else { break }
      index += 1
    }
    guard index < rest.count else { return .state }
    let verb = rest[index]
    let next = rest.from(index + 1)
    if verb.is(.modal) { return .modal }
    if verb.is(K.need) || verb.is(K.have) || verb.is(K.got), next.first?.is(K.to) == true { return .modal }
    if verb.is(K.are), starts(next, with: K.goingTo) { return .modal }
    return .state
  }

  /// A clause that opens with a bare verb (`Take it with food`, `Just let your doctor know`).
  static func isImperative(_ clause: WordSpan) -> Bool {
    var opening = dropMarkers(clause)
    while let head = opening.first, head.is(K.just) || head.is(K.please) || head.is(K.definitely) {
      opening = opening.from(1)
    }
    guard let verb = opening.first, verb.is(.imperativeVerb), opening.count >= 2 else { return false }
    // `see, …`, `let me …` and `think so` are not instructions to the client.
    let second = opening[1]
    return !(verb.is(K.let) && second.is(K.me)) && !(verb.is(K.think) && second.is(K.so))
  }

  /// The sentence's first clause that has words once its discourse markers are dropped.
  static func firstClause(_ sentence: ActUtterance.SentenceView) -> WordSpan {
    for index in 0..<sentence.clauseCount {
      let clause = dropMarkers(sentence.clause(index))
      if !clause.isEmpty { return clause }
    }
    return WordSpan(start: nil, count: 0)
  }

  /// The question kind a `?` sentence's wording signals, or nil when it reads as a statement
  /// said with a rising voice.
  static func questionOpening(of sentence: ActUtterance.SentenceView) -> TherapistAct? {
    var first = true
    for index in 0..<sentence.clauseCount {
      let clause = dropMarkers(sentence.clause(index))
      guard !clause.isEmpty else { continue }
      if first {
        if let kind = questionOpening(clause) { return kind }
        first = false
      } else if let kind = questionOpening(clause), kind == .openQuestion || !isTag(clause) {
        return kind
      }
    }
    if first { return nil }
    if let last = sentence.words.last, last.is(.wh), !last.is(K.which) { return .openQuestion }
    if let lead = sentence.words.first, lead.is(K.and), sentence.clause(0).count <= 4 { return .openQuestion }
    return nil
  }

  /// The question kind a clause's opening words signal, or nil when it does not open like a
  /// question.
  static func questionOpening(_ clause: WordSpan) -> TherapistAct? {
    // `What I'm hearing is…`, `What you're saying is…` open a reflection, not a question.
    if Phrases.reflectionStems.starts(clause, where: { $0.is(K.what) }) { return nil }
    if let opening = statementOpening(clause) { return opening }
    if let stem = Phrases.wonderStems.firstStarting(clause) {
      let next = clause.from(stem).first
      return next.map { $0.is(K.if) || $0.is(K.whether) } == true ? .closedQuestion : nil
    }
    guard let head = clause.first else { return nil }
    if head.is(K.which) || starts(clause, with: K.whatIf) { return .closedQuestion }
    if head.is(.preposition), clause.count > 1, clause[1].is(.wh) { return .openQuestion }
    if starts(clause, with: K.anyThoughts) || starts(clause, with: K.anythingElse) || starts(clause, with: K.anyIdeas) {
      return .openQuestion
    }
    if head.is(.wh) { return .openQuestion }
    if head.is(.auxiliary) {
      let rest = clause.from(1)
      if starts(rest, with: K.iAsk) {
        return rest.from(2).contains(where: { $0.is(.wh) }) ? .openQuestion : nil
      }
      if rest.prefix(3).contains(where: { $0.is(.openVerb) }) { return .openQuestion }
      return .closedQuestion
    }
    return nil
  }

  /// A question asked without `?` (transcripts often drop it): an open stem (`tell me`,
  /// `I wonder what`), `I wonder if` (closed), or a wh-word followed by an auxiliary (`how do
  /// you…`, `where else could we…`) at the start of a clause.
  static func statementOpening(_ clause: WordSpan) -> TherapistAct? {
    if let stem = Phrases.wonderStems.firstStarting(clause) {
      guard let next = clause.from(stem).first else { return nil }
      if next.is(K.if) || next.is(K.whether) { return .closedQuestion }
      return next.is([.wh, .whContraction]) ? .openQuestion : nil
    }
    if Phrases.openStems.starts(clause) { return .openQuestion }
    if let head = clause.first, head.is(.wh), !head.is(K.which) {
      let next = clause.from(clause.from(1).first?.is(K.else) == true ? 2 : 1).first
      if let next, next.is(.auxiliary) { return .openQuestion }
    }
    return nil
  }

  /// `That sounds good`, `sounds like a plan`: the therapist's own appraisal, not a mirror.
  static func isAppraisal(_ words: WordSpan) -> Bool {
    guard let sounds = words.firstIndex(where: { $0.is(K.sounds) }) else { return false }
    return words.from(sounds + 1).prefix(3).contains { $0.is(.appraisal) }
  }

  /// A tag added to a statement: `isn't it`, `is that right`, `don't you`, `right`, `okay`.
  static func isTag(_ clause: WordSpan) -> Bool {
    if clause.count == 1 { return clause[0].is(.oneWordTag) }
    if clause.count <= 4, clause[0].is(.auxiliary), clause[1].is(.tagPronoun) { return true }
    return K.tagQuestions.contains { clause.count == $0.count && starts(clause, with: $0) }
  }

  /// The clause without its leading discourse markers (`and`, `so`, `okay`, `well`); a marker
  /// that is the clause's last word (`…, right`) stays.
  static func dropMarkers(_ clause: WordSpan) -> WordSpan {
    var start = 0
    while start < clause.count, clause.count - start > 1 || !clause[start].is(.closingMarker) {
      let head = clause[start]
      // `all` is a marker itself, so a word that is no marker ends the markers.
      guard head.is(.marker) else { break }
      start += head.is(K.all) && start + 1 < clause.count && clause[start + 1].is(K.right) ? 2 : 1
    }
    return clause.from(start)
  }

  /// Whether `words` open with the act words `phrase`.
  static func starts(_ words: WordSpan, with phrase: [Int16]) -> Bool {
    guard words.count >= phrase.count else { return false }
    for offset in phrase.indices where words[offset].known != phrase[offset] { return false }
    return true
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
