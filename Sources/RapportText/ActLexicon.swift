/// The lists of word classes the act rules test, one bit each (`ActVocabulary.Words` holds the
/// lists themselves).
package struct ActClasses: OptionSet, Sendable, Hashable {
  package let rawValue: UInt32
  package init(rawValue: UInt32) { self.rawValue = rawValue }

  package static let wh = ActClasses(rawValue: 1 << 0)
  package static let whContraction = ActClasses(rawValue: 1 << 1)
  package static let auxiliary = ActClasses(rawValue: 1 << 2)
  package static let openVerb = ActClasses(rawValue: 1 << 3)
  package static let preposition = ActClasses(rawValue: 1 << 4)
  package static let appraisal = ActClasses(rawValue: 1 << 5)
  package static let secondPerson = ActClasses(rawValue: 1 << 6)
  package static let firstPersonSingular = ActClasses(rawValue: 1 << 7)
  package static let firstPersonPlural = ActClasses(rawValue: 1 << 8)
  package static let marker = ActClasses(rawValue: 1 << 9)
  package static let filler = ActClasses(rawValue: 1 << 10)
  package static let modal = ActClasses(rawValue: 1 << 11)
  package static let tagPronoun = ActClasses(rawValue: 1 << 12)
  package static let oneWordTag = ActClasses(rawValue: 1 << 13)
  package static let imperativeVerb = ActClasses(rawValue: 1 << 14)
  package static let conditional = ActClasses(rawValue: 1 << 15)
  package static let preference = ActClasses(rawValue: 1 << 16)
  package static let hedge = ActClasses(rawValue: 1 << 17)
  package static let closingMarker = ActClasses(rawValue: 1 << 18)
  package static let feeling = ActClasses(rawValue: 1 << 19)
  package static let facilitation = ActClasses(rawValue: 1 << 20)
  package static let genericSubject = ActClasses(rawValue: 1 << 21)
  package static let stopWord = ActClasses(rawValue: 1 << 22)
  /// The form's first character is a number (`Character.isNumber`).
  package static let number = ActClasses(rawValue: 1 << 23)

  /// Either person of the therapist speaking of themself or of the two of them.
  package static let firstPerson: ActClasses = [.firstPersonSingular, .firstPersonPlural]
}

/// What the act rules know of one vocabulary form, worked out once when the form is interned.
package struct ActFacts: Sendable, Hashable {
  /// The form's id among the act rules' words (`ActLexicon`), or -1 when no list or phrase
  /// holds it.
  package var known: Int16
  package var classes: ActClasses
  /// Vocabulary id of the form's content-word key (a final `s` dropped from a word of five
  /// letters or more), or -1 when the form is not a content word.
  package var content: Int32
}

/// Every word the act rules name, as a frozen table: each gets a small id and the classes of
/// the lists that hold it, so the rules compare ids and test bits instead of hashing strings.
package enum ActLexicon {
  /// Ids by word, and each id's classes.
  package struct Table: Sendable {
    var ids: [String: Int16] = [:]
    package var classes: [ActClasses] = []

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

  package static let table: Table = {
    typealias W = ActVocabulary.Words
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
  package static func id(_ word: String) -> Int16 {
    guard let id = table.ids[word] else { preconditionFailure("'\(word)' is not in the act rules' word table") }
    return id
  }

  /// The ids of the words of `phrase`, a phrase of single-space-separated act words.
  package static func ids(_ phrase: String) -> [Int16] {
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
    guard letters, form.count >= 3, !ActVocabulary.Words.stopWords.contains(form) else { return nil }
    if form.count >= 5, form.hasSuffix("s"), !form.hasSuffix("ss") { return form.dropLast() }
    return form[...]
  }
}
