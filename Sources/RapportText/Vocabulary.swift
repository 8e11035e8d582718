import RapportSupport

/// Interns normalized forms as small integer ids, so tokens carry an `Int32` instead of a
/// `String`. Lookups hash the UTF-16 code units in place and allocate nothing for a form seen
/// before. Each id keeps what later stages ask of a word, worked out once when the form is
/// first met: its `String` (`string(_:)`), its word classes (`classes(_:)`, tested with a
/// mask) and its length in characters (`characterCount(_:)`).
///
/// `Sendable` notes: not `Sendable`; each worker owns one and grows it as it meets new words.
/// Its arrays are `@exclusivity(unchecked)`: one worker owns a vocabulary and no access to one
/// array overlaps another, so the per-access runtime checks (a tenth of the tokenize time) go.
public final class Vocabulary {
  /// The forms themselves and the hash table that finds their ids.
  @exclusivity(unchecked) private var forms = FormTable()
  /// The form of each id as a `String`, made once when the id is interned.
  @exclusivity(unchecked) @usableFromInline var strings: ContiguousArray<String> = []
  @exclusivity(unchecked) @usableFromInline var facts: ContiguousArray<WordFacts> = []
  @exclusivity(unchecked) @usableFromInline var acts: ContiguousArray<ActFacts> = []

  public init() {}

  deinit { forms.free() }

  /// Number of distinct forms interned.
  public var count: Int { forms.count }

  /// The id of `units`, interning it if new.
  ///
  /// - Complexity: O(n) in `units.count`; a new form also costs one `String`.
  public func intern(_ units: UnsafeBufferPointer<UInt16>) -> Int32 {
    let place = forms.find(units)
    if place.id >= 0 { return place.id }
    let id = forms.insert(units, at: place)
    let string = UTF16Text.string(units)
    strings.append(string)
    let wordFacts = WordFacts(string)
    facts.append(wordFacts)
    // A placeholder first: interning the content key below may add ids after this one.
    acts.append(ActFacts(known: -1, classes: [], content: -1))
    var content: Int32 = -1
    if let key = ActLexicon.contentKey(of: string, letters: wordFacts.classes.contains(.letters)) {
      content = key.count == string.count ? id : intern(String(key))
    }
    acts[Int(id)] = ActLexicon.facts(of: string, content: content)
    return id
  }

  /// The id of the normalized form `text` if it has been interned, without interning it: a
  /// caller can turn a word list into ids once and compare ids per token.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public func id(of text: String) -> Int32? {
    let found = Array(text.utf16).withUnsafeBufferPointer { forms.find($0).id }
    return found >= 0 ? found : nil
  }

  /// The id of `text`, interning it if new.
  public func intern(_ text: String) -> Int32 {
    let units = Array(text.utf16)
    return units.withUnsafeBufferPointer { intern($0) }
  }

  /// The normalized form with id `id`.
  ///
  /// - Complexity: O(1): the string was made when the form was interned.
  @inlinable public func string(_ id: Int32) -> String { strings[Int(id)] }

  /// The word classes of the form with id `id`; test one with `contains`
  /// (`vocabulary.classes(term).contains(.letters)`).
  ///
  /// - Complexity: O(1).
  @inlinable public func classes(_ id: Int32) -> WordClasses { facts[Int(id)].classes }

  /// What the therapist act rules know of the form with id `id`.
  ///
  /// - Complexity: O(1): worked out when the form was interned.
  @inlinable package func actFacts(_ id: Int32) -> ActFacts { acts[Int(id)] }

  /// The number of characters (grapheme clusters) of the form with id `id`: `string(id).count`.
  ///
  /// - Complexity: O(1).
  @inlinable public func characterCount(_ id: Int32) -> Int { Int(facts[Int(id)].characters) }

  /// The UTF-16 code units of the form with id `id`, passed to `body`.
  func withUnits<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt16>) -> R) -> R {
    body(forms.units(of: id))
  }
}

/// What a vocabulary id is, as bits tested with a mask instead of `Set<String>` lookups.
/// Each bit is defined by the normalized form alone, so it is the same in every worker.
public struct WordClasses: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// At least one character, and every character a letter (`Character.isLetter`).
  public static let letters = WordClasses(rawValue: 1 << 0)
  /// Only ASCII code units.
  public static let ascii = WordClasses(rawValue: 1 << 1)
  /// Exactly `.`, `!`, `?`, `;` or `:`: punctuation that ends a clause for modifier windows.
  public static let clausePunctuation = WordClasses(rawValue: 1 << 2)
  /// Contains a `?`.
  public static let questionMark = WordClasses(rawValue: 1 << 3)
  /// Exactly `,`, `;`, `:`, `…` or `...`: marks that end a clause of an utterance.
  public static let clauseMark = WordClasses(rawValue: 1 << 4)
  /// Exactly `-`.
  public static let dash = WordClasses(rawValue: 1 << 5)
  /// Ends in `s` but not `ss` (a plural the act classifier may strip).
  public static let endsInSingleS = WordClasses(rawValue: 1 << 6)
}

/// The facts a vocabulary keeps per id.
@usableFromInline struct WordFacts {
  @usableFromInline var classes: WordClasses
  /// Characters, capped at `UInt16.max`.
  @usableFromInline var characters: UInt16

  init(_ form: String) {
    var classes: WordClasses = []
    var characters = 0
    var letters = true
    for character in form {
      characters += 1
      if !character.isLetter { letters = false }
    }
    if letters, characters > 0 { classes.insert(.letters) }
    if form.utf8.allSatisfy({ $0 < 0x80 }) { classes.insert(.ascii) }
    switch form {
    case ".", "!", "?", ";", ":": classes.insert(.clausePunctuation)
    default: break
    }
    switch form {
    case ",", ";", ":", "…", "...": classes.insert(.clauseMark)
    case "-": classes.insert(.dash)
    default: break
    }
    if form.utf8.contains(UInt8(ascii: "?")) { classes.insert(.questionMark) }
    if form.hasSuffix("s"), !form.hasSuffix("ss") { classes.insert(.endsInSingleS) }
    self.classes = classes
    self.characters = UInt16(min(characters, Int(UInt16.max)))
  }
}
