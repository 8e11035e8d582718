/// The lists of word classes the act rules test, one bit each (`TherapistActs.Words` holds the
/// lists themselves).
struct ActClasses: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  static let wh = ActClasses(rawValue: 1 << 0)
  static let whContraction = ActClasses(rawValue: 1 << 1)
  static let auxiliary = ActClasses(rawValue: 1 << 2)
  static let openVerb = ActClasses(rawValue: 1 << 3)
  static let preposition = ActClasses(rawValue: 1 << 4)
  static let appraisal = ActClasses(rawValue: 1 << 5)
  static let secondPerson = ActClasses(rawValue: 1 << 6)
  static let firstPersonSingular = ActClasses(rawValue: 1 << 7)
  static let firstPersonPlural = ActClasses(rawValue: 1 << 8)
  static let marker = ActClasses(rawValue: 1 << 9)
  static let filler = ActClasses(rawValue: 1 << 10)
  static let modal = ActClasses(rawValue: 1 << 11)
  static let tagPronoun = ActClasses(rawValue: 1 << 12)
  static let oneWordTag = ActClasses(rawValue: 1 << 13)
  static let imperativeVerb = ActClasses(rawValue: 1 << 14)
  static let conditional = ActClasses(rawValue: 1 << 15)
  static let preference = ActClasses(rawValue: 1 << 16)
  static let hedge = ActClasses(rawValue: 1 << 17)
  static let closingMarker = ActClasses(rawValue: 1 << 18)
  static let feeling = ActClasses(rawValue: 1 << 19)
  static let facilitation = ActClasses(rawValue: 1 << 20)
  static let genericSubject = ActClasses(rawValue: 1 << 21)
  static let stopWord = ActClasses(rawValue: 1 << 22)
  /// The form's first character is a number (`Character.isNumber`).
  static let number = ActClasses(rawValue: 1 << 23)

  /// Either person of the therapist speaking of themself or of the two of them.
  static let firstPerson: ActClasses = [.firstPersonSingular, .firstPersonPlural]
}

/// What the act rules know of one vocabulary form, worked out once when the form is interned.
struct ActFacts: Sendable, Hashable {
  /// The form's id among the act rules' words (`ActLexicon`), or -1 when no list or phrase
  /// holds it.
  var known: Int16
  var classes: ActClasses
  /// Vocabulary id of the form's content-word key (a final `s` dropped from a word of five
  /// letters or more), or -1 when the form is not a content word.
  var content: Int32
}

/// Every word the act rules name, as a frozen table: each gets a small id and the classes of
/// the lists that hold it, so the rules compare ids and test bits instead of hashing strings.
enum ActLexicon {
  /// Ids by word, and each id's classes.
  struct Table: Sendable {
    var ids: [String: Int16] = [:]
    var classes: [ActClasses] = []

    mutating func add(_ word: String, _ classes: ActClasses = []) {
      if let id = ids[word] {
        self.classes[Int(id)].formUnion(classes)
      } else {
        ids[word] = Int16(self.classes.count)
        self.classes.append(classes)
      }
    }
  }

  /// Words the rules compare one by one (`so`, `going to`, `let me`) besides their lists.
  static let literals: [String] = [
    "all", "and", "any", "anything", "are", "ask", "did", "does", "else", "get", "going", "gonna", "got",
    "have", "i", "ideas", "if", "let", "may", "me", "might", "need", "please", "right", "so", "sound",
    "sounds", "that", "think", "thoughts", "to", "what", "whether", "which", "you", "you'd", "you'll",
    "you're", "you've", "just", "definitely",
  ]

  static let table: Table = {
    typealias W = TherapistActs.Words
    var table = Table()
    let lists: [(Set<String>, ActClasses)] = [
      (W.wh, .wh), (W.whContractions, .whContraction), (W.auxiliaries, .auxiliary), (W.openVerbs, .openVerb),
      (W.prepositions, .preposition), (W.appraisals, .appraisal), (W.secondPerson, .secondPerson),
      (W.firstPersonSingular, .firstPersonSingular), (W.firstPersonPlural, .firstPersonPlural),
      (W.markers, .marker), (W.fillers, .filler), (W.modals, .modal), (W.tagPronouns, .tagPronoun),
      (W.oneWordTags, .oneWordTag), (W.imperativeVerbs, .imperativeVerb), (W.conditionals, .conditional),
      (W.preferences, .preference), (W.hedges, .hedge), (W.closingMarkers, .closingMarker),
      (W.feelingWords, .feeling), (W.facilitation, .facilitation), (W.genericSubjects, .genericSubject),
      (W.stopWords, .stopWord),
    ]
    // Sorted, so ids do not depend on the order a `Set` iterates in.
    for (list, classes) in lists {
      for word in list.sorted() { table.add(word, classes) }
    }
    for phrase in W.phraseWords.sorted() { table.add(phrase) }
    for word in literals { table.add(word) }
    return table
  }()

  /// The id of an act word the rules name; a word missing from the table is a programming error.
  static func id(_ word: String) -> Int16 {
    guard let id = table.ids[word] else { preconditionFailure("'\(word)' is not in the act rules' word table") }
    return id
  }

  /// The ids of the words of `phrase`, a phrase of single-space-separated act words.
  static func ids(_ phrase: String) -> [Int16] {
    phrase.split(separator: " ").map { id(String($0)) }
  }

  /// The act facts of normalized `form`, whose content-word key has vocabulary id `content`.
  static func facts(of form: String, content: Int32) -> ActFacts {
    let known = table.ids[form] ?? -1
    var classes = known >= 0 ? table.classes[Int(known)] : []
    if form.first?.isNumber == true { classes.insert(.number) }
    return ActFacts(known: known, classes: classes, content: content)
  }

  /// The content-word key of `form`, or nil when it is not a content word: letters only,
  /// three or more of them, not on the stop list; a final `s` of a word of five or more
  /// letters is dropped so `worksheets` meets `worksheet`.
  static func contentKey(of form: String, letters: Bool) -> Substring? {
    guard letters, form.count >= 3, !TherapistActs.Words.stopWords.contains(form) else { return nil }
    if form.count >= 5, form.hasSuffix("s"), !form.hasSuffix("ss") { return form.dropLast() }
    return form[...]
  }
}
