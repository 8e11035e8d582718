/// The lists of word classes the act rules test, one bit each (`ActVocabulary.Words` holds the
/// lists themselves).
@usableFromInline package struct ActClasses: OptionSet, Sendable, Hashable {
  @usableFromInline package let rawValue: UInt32
  @usableFromInline package init(rawValue: UInt32) { self.rawValue = rawValue }

  @inlinable package static var wh: ActClasses { ActClasses(rawValue: 1 << 0) }
  @inlinable package static var whContraction: ActClasses { ActClasses(rawValue: 1 << 1) }
  @inlinable package static var auxiliary: ActClasses { ActClasses(rawValue: 1 << 2) }
  @inlinable package static var openVerb: ActClasses { ActClasses(rawValue: 1 << 3) }
  @inlinable package static var preposition: ActClasses { ActClasses(rawValue: 1 << 4) }
  @inlinable package static var appraisal: ActClasses { ActClasses(rawValue: 1 << 5) }
  @inlinable package static var secondPerson: ActClasses { ActClasses(rawValue: 1 << 6) }
  @inlinable package static var firstPersonSingular: ActClasses { ActClasses(rawValue: 1 << 7) }
  @inlinable package static var firstPersonPlural: ActClasses { ActClasses(rawValue: 1 << 8) }
  @inlinable package static var marker: ActClasses { ActClasses(rawValue: 1 << 9) }
  @inlinable package static var filler: ActClasses { ActClasses(rawValue: 1 << 10) }
  @inlinable package static var modal: ActClasses { ActClasses(rawValue: 1 << 11) }
  @inlinable package static var tagPronoun: ActClasses { ActClasses(rawValue: 1 << 12) }
  @inlinable package static var oneWordTag: ActClasses { ActClasses(rawValue: 1 << 13) }
  @inlinable package static var imperativeVerb: ActClasses { ActClasses(rawValue: 1 << 14) }
  @inlinable package static var conditional: ActClasses { ActClasses(rawValue: 1 << 15) }
  @inlinable package static var preference: ActClasses { ActClasses(rawValue: 1 << 16) }
  @inlinable package static var hedge: ActClasses { ActClasses(rawValue: 1 << 17) }
  @inlinable package static var closingMarker: ActClasses { ActClasses(rawValue: 1 << 18) }
  @inlinable package static var feeling: ActClasses { ActClasses(rawValue: 1 << 19) }
  @inlinable package static var facilitation: ActClasses { ActClasses(rawValue: 1 << 20) }
  @inlinable package static var genericSubject: ActClasses { ActClasses(rawValue: 1 << 21) }
  @inlinable package static var stopWord: ActClasses { ActClasses(rawValue: 1 << 22) }
  /// The form's first character is a number (`Character.isNumber`).
  @inlinable package static var number: ActClasses { ActClasses(rawValue: 1 << 23) }

  /// Either person of the therapist speaking of themself or of the two of them.
  @inlinable package static var firstPerson: ActClasses { [.firstPersonSingular, .firstPersonPlural] }
}

// The act rules (RapportMeasure) test these bits for every word. Concrete and inlinable, so
// a test is one `and` there, not a generic `SetAlgebra` call into this module; the class
// constants above are computed properties for the same reason (a stored `static let` is
// read through its one-time initializer from another module).
extension ActClasses {
  @inlinable package var isEmpty: Bool { rawValue == 0 }
  @inlinable package func contains(_ member: ActClasses) -> Bool { rawValue & member.rawValue == member.rawValue }
  @inlinable package func isDisjoint(with other: ActClasses) -> Bool { rawValue & other.rawValue == 0 }
  @inlinable package func intersection(_ other: ActClasses) -> ActClasses { ActClasses(rawValue: rawValue & other.rawValue) }
  @inlinable package func union(_ other: ActClasses) -> ActClasses { ActClasses(rawValue: rawValue | other.rawValue) }
}

/// What the act rules know of one vocabulary form, worked out once when the form is interned.
@usableFromInline package struct ActFacts: Sendable, Hashable {
  /// The form's id among the act rules' words (`ActLexicon`), or -1 when no list or phrase
  /// holds it.
  @usableFromInline package var known: Int16
  @usableFromInline package var classes: ActClasses
  /// Vocabulary id of the form's content-word key (a final `s` dropped from a word of five
  /// letters or more), or -1 when the form is not a content word.
  @usableFromInline package var content: Int32
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
