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
  // The arrays `intern` probes for every token are `RawBuffer`s: reading one touches no
  // reference count, where a ContiguousArray stored in the class was retained and released
  // around each probe (four arrays, twice per token).
  /// The code units of every form, one after another; form `i` is `bounds[i]..<bounds[i + 1]`.
  @exclusivity(unchecked) private var storage = RawBuffer<UInt16>()
  @exclusivity(unchecked) private var bounds = RawBuffer<Int32>(repeating: 0, count: 1)
  /// Open-addressing table of ids; -1 is empty. Its size is a power of two.
  @exclusivity(unchecked) private var table = RawBuffer<Int32>(repeating: -1, count: 1024)
  @exclusivity(unchecked) private var hashes = RawBuffer<UInt32>()
  /// The form of each id as a `String`, made once when the id is interned.
  @exclusivity(unchecked) @usableFromInline var strings: ContiguousArray<String> = []
  @exclusivity(unchecked) @usableFromInline var facts: ContiguousArray<WordFacts> = []
  @exclusivity(unchecked) @usableFromInline var acts: ContiguousArray<ActFacts> = []

  public init() {}

  deinit {
    storage.free()
    bounds.free()
    table.free()
    hashes.free()
  }

  /// Number of distinct forms interned.
  public var count: Int { bounds.count - 1 }

  /// The id of `units`, interning it if new.
  ///
  /// - Complexity: O(n) in `units.count`; a new form also costs one `String`.
  public func intern(_ units: UnsafeBufferPointer<UInt16>) -> Int32 {
    let hash = Self.hash(units)
    let (found, slot) = Self.probe(units, hash: hash, table: table, hashes: hashes, bounds: bounds, storage: storage)
    if found >= 0 { return found }
    let id = Int32(count)
    storage.append(contentsOf: units)
    bounds.append(Int32(storage.count))
    hashes.append(hash)
    let string = UTF16Text.string(units)
    strings.append(string)
    let wordFacts = WordFacts(string)
    facts.append(wordFacts)
    table[slot] = id
    if count * 2 > table.count { grow() }
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
    let units = Array(text.utf16)
    let hash = units.withUnsafeBufferPointer { Self.hash($0) }
    let (found, _) = units.withUnsafeBufferPointer {
      Self.probe($0, hash: hash, table: table, hashes: hashes, bounds: bounds, storage: storage)
    }
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
    let start = Int(bounds[Int(id)])
    return body(UnsafeBufferPointer(start: storage.base + start, count: Int(bounds[Int(id) + 1]) - start))
  }

  /// The id of `units` (or -1) and the slot where the probe ended. A static function over
  /// the buffers, so the loop reads them without a class-property access per element.
  private static func probe(
    _ units: UnsafeBufferPointer<UInt16>, hash: UInt32, table: RawBuffer<Int32>,
    hashes: RawBuffer<UInt32>, bounds: RawBuffer<Int32>, storage: RawBuffer<UInt16>
  ) -> (id: Int32, slot: Int) {
    let mask = table.count - 1
    var slot = Int(hash) & mask
    while true {
      let id = table[slot]
      if id < 0 { return (-1, slot) }
      if hashes[Int(id)] == hash {
        let start = Int(bounds[Int(id)])
        if Int(bounds[Int(id) + 1]) - start == units.count, Self.same(units, storage.base + start) {
          return (id, slot)
        }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Whether `units` equal the as many code units at `stored`.
  @inline(__always)
  private static func same(_ units: UnsafeBufferPointer<UInt16>, _ stored: UnsafeMutablePointer<UInt16>) -> Bool {
    var offset = 0
    while offset < units.count {
      if units[offset] != stored[offset] { return false }
      offset += 1
    }
    return true
  }

  private func grow() {
    let size = table.count * 2
    table.free()
    table = RawBuffer(repeating: -1, count: size)
    let mask = size - 1
    for id in 0..<count {
      var slot = Int(hashes[id]) & mask
      while table[slot] >= 0 { slot = (slot + 1) & mask }
      table[slot] = Int32(id)
    }
  }

  /// FNV-1a over the code units.
  private static func hash(_ units: UnsafeBufferPointer<UInt16>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for unit in units {
      hash = (hash ^ UInt32(unit)) &* 16_777_619
    }
    return hash
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

/// A growable array of plain values in memory its owner allocates and frees (`free`), for the
/// vocabulary's hot arrays: copying one copies a pointer, and reading an element touches no
/// reference count. Only a `Vocabulary` holds them, and frees them in its `deinit`.
struct RawBuffer<Element: BitwiseCopyable> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init() {
    capacity = 256
    base = .allocate(capacity: capacity)
  }

  init(repeating value: Element, count: Int) {
    capacity = max(count, 16)
    base = .allocate(capacity: capacity)
    base.initialize(repeating: value, count: count)
    self.count = count
  }

  subscript(index: Int) -> Element {
    get {
      precondition(index >= 0 && index < count, "RawBuffer index out of range")
      return base[index]
    }
    nonmutating set {
      precondition(index >= 0 && index < count, "RawBuffer index out of range")
      base[index] = newValue
    }
  }

  mutating func append(_ value: Element) {
    reserve(count + 1)
    base[count] = value
    count += 1
  }

  mutating func append(contentsOf values: UnsafeBufferPointer<Element>) {
    guard let source = values.baseAddress, !values.isEmpty else { return }
    reserve(count + values.count)
    (base + count).initialize(from: source, count: values.count)
    count += values.count
  }

  private mutating func reserve(_ needed: Int) {
    guard needed > capacity else { return }
    let grown = Swift.max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<Element>.allocate(capacity: grown)
    moved.initialize(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = grown
  }

  func free() { base.deallocate() }
}
