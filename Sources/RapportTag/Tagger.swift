import RapportIngest
import RapportLexicon
import RapportSupport
import RapportText

/// Options for tagging.
public struct TagOptions: Sendable, Equatable {
  /// How many word tokens before a hit a negator, intensifier or hedge may stand: a modifier
  /// applies when its last word is among the `window` words just before the hit's first word,
  /// in the same clause (docs/lexicon-format.md, section 8).
  public var window: Int

  public init(window: Int = 3) { self.window = window }
}

/// Tag's entry point: runs a compiled `Matcher` over a transcript's tokens and marks each hit
/// negated, intensified or hedged from the modifier categories before it.
///
/// Tagging a turn allocates nothing per word: the matcher elements of each vocabulary id are
/// worked out once (`elementStarts`/`elementList`) and the per-turn working arrays
/// (`Scratch`) are kept and reused from turn to turn.
///
/// `Sendable` notes: not `Sendable`; it owns a `Tokenizer`, a cache of which lexicon
/// elements each vocabulary id satisfies, and scratch arrays. Each worker makes its own.
public final class Tagger {
  public let matcher: Matcher
  public let tokenizer: Tokenizer
  public let options: TagOptions
  /// The matcher elements vocabulary id `i` satisfies, sorted, are
  /// `elementList[elementStarts[i]..<elementStarts[i + 1]]`.
  @exclusivity(unchecked) private var elementStarts: ContiguousArray<Int32> = [0]
  @exclusivity(unchecked) private var elementList: ContiguousArray<Int32> = []
  /// The one-word outcome of vocabulary id `i`, worked out with its elements: for each
  /// category a one-word entry of it matches the word alone, the best such entry, as
  /// (category, entry) pairs sorted by category in
  /// `singleBest[2 * singleBestStarts[i]..<2 * singleBestStarts[i + 1]]`.
  @exclusivity(unchecked) private var singleBestStarts: ContiguousArray<Int32> = [0]
  @exclusivity(unchecked) private var singleBest: ContiguousArray<Int32> = []
  /// Per vocabulary id: `TermShape` bits.
  @exclusivity(unchecked) private var termShapes: ContiguousArray<UInt8> = []
  /// Each category's role and negation flag, read for every hit.
  let roles: [CategoryRole]
  let negatable: [Bool]
  @exclusivity(unchecked) private var scratch = Scratch()
  /// The matcher's entries as flat arrays for the matching loop.
  private let entryTable: EntryTable

  deinit { scratch.free() }

  public init(matcher: Matcher, options: TagOptions = TagOptions()) throws(RapportError) {
    let tokenizer = try Tokenizer()
    self.matcher = matcher
    entryTable = EntryTable(matcher)
    self.tokenizer = tokenizer
    self.options = options
    roles = matcher.categories.map(\.role)
    negatable = matcher.categories.map(\.negation)
  }

  /// Tokenizes and tags every turn of `transcript`.
  ///
  /// - Throws: `RapportError` naming the transcript's file and the turn's line when ICU fails.
  public func tag(_ transcript: Transcript) throws(RapportError) -> TaggedTranscript {
    var tokens: [[Token]] = []
    var hits: [Hit] = []
    var turnWords: [Int] = []
    tokens.reserveCapacity(transcript.turns.count)
    turnWords.reserveCapacity(transcript.turns.count)
    for (index, turn) in transcript.turns.enumerated() {
      let marks = turn.events.map(\.range)
      let turnTokens: [Token]
      do throws(RapportError) {
        if let range = turn.unitRange, range.upperBound <= transcript.turnText.count {
          // The code units decoded from the file: no conversion of `turn.text` back to UTF-16.
          turnTokens = try transcript.turnText.withUnsafeBufferPointer { (units) throws(RapportError) in
            try tokenizer.tokenize(UnsafeBufferPointer(rebasing: units[range]), excluding: marks)
          }
        } else {
          turnTokens = try tokenizer.tokenize(turn.text, excluding: marks)
        }
      } catch {
        var error = error
        error.file = transcript.source.path
        error.line = turn.line
        throw error
      }
      turnWords.append(tag(turnTokens, turn: Int32(index), into: &hits))
      tokens.append(turnTokens)
    }
    return TaggedTranscript(transcript: transcript, tokens: tokens, turnWords: turnWords, hits: hits)
  }

  /// The content hits in one turn's tokens.
  public func tag(_ tokens: [Token], turn: Int32) -> [Hit] {
    var hits: [Hit] = []
    tag(tokens, turn: turn, into: &hits)
    return hits
  }

  /// Appends the content hits in one turn's tokens to `hits`; returns the turn's number of
  /// word tokens (counted while the turn's words are gathered).
  @discardableResult
  func tag(_ tokens: [Token], turn: Int32, into hits: inout [Hit]) -> Int {
    fillCache()
    // Worked on in place (`inout`): moving the scratch out of `self` and back copied and
    // released its eight arrays every turn.
    scratch.start(tokens, categories: roles.count)
    guard !scratch.words.isEmpty else { return 0 }
    findHits(tokens, turn: turn, work: &scratch)
    applyModifiers(tokens: tokens, work: &scratch, into: &hits)
    return scratch.words.count
  }

  /// Fills `work.found` with the best entry of each category at each word position.
  private func findHits(_ tokens: [Token], turn: Int32, work: inout Scratch) {
    let table = entryTable
    let cache = ElementCache(starts: elementStarts, list: elementList)
    let (shapes, bestStarts, bestPairs) = (termShapes, singleBestStarts, singleBest)
    for position in work.words.indices {
      let term = Int(work.words[position].term)
      // Most words satisfy no element of any entry: nothing can start at them.
      if cache.starts[term] == cache.starts[term + 1] { continue }
      // The next word, when it is in the same sentence: only then can a longer entry match.
      var next = -1
      if position + 1 < work.words.count, work.words[position + 1].sentence == work.words[position].sentence {
        next = Int(work.words[position + 1].term)
      }
      let shape = shapes[term]
      let general = shape & TermShape.excludable != 0
      // The elements one by one only where an entry's exclusions must be checked in place or
      // a longer entry may start here.
      let elementsWanted = general || (next >= 0 && shape & TermShape.startsLonger != 0)
      for slot in Int(cache.starts[term])..<Int(elementsWanted ? cache.starts[term + 1] : cache.starts[term]) {
        let element = Int(cache.list[slot])
        if general {
          for index in Int(table.singleStart[element])..<Int(table.singleStart[element + 1]) {
            consider(Int(table.single[index]), at: position, tokens: tokens, table: table, cache: cache, work: &work)
          }
        }
        guard next >= 0, shape & TermShape.startsLonger != 0 else { continue }
        // The entries whose first two elements this word and the next satisfy, pair by pair.
        for nextSlot in Int(cache.starts[next])..<Int(cache.starts[next + 1]) {
          for index in table.phrases(first: Int32(element), second: cache.list[nextSlot]) {
            consider(Int(table.multi[index]), at: position, tokens: tokens, table: table, cache: cache, work: &work)
          }
        }
      }
      if !general {
        // The word's one-word outcome, worked out once: an entry of two or more words found
        // above beats it (the longer match wins), as `consider` would decide.
        for pair in Int(bestStarts[term])..<Int(bestStarts[term + 1]) {
          let category = Int(bestPairs[2 * pair])
          guard Int(work.consumedUntil[category]) <= position, work.bestEntry[category] < 0 else { continue }
          work.touch(category)
          work.bestEntry[category] = bestPairs[2 * pair + 1]
          work.bestLength[category] = 1
        }
      }
      guard work.touchedCount > 0 else { continue }
      // Categories in ascending order (few per position: an insertion sort allocates nothing).
      work.sortTouched()
      for touched in 0..<work.touchedCount {
        let category32 = work.touched[touched]
        let category = Int(category32)
        let length = Int(work.bestLength[category])
        work.consumedUntil[category] = Int32(position + length)
        work.found.append(Hit(
          category: category32, entry: work.bestEntry[category], turn: turn,
          firstToken: work.words[position].token, lastToken: work.words[position + length - 1].token,
          firstWord: Int32(position), lastWord: Int32(position + length - 1),
          negated: false, intensified: false, hedged: false))
        work.bestEntry[category] = -1
      }
      work.touchedCount = 0
    }
  }

  /// Keeps `entry` as its category's best at `position` if it matches there and beats the
  /// best so far.
  @inline(__always)
  private func consider(
    _ entry: Int, at position: Int, tokens: [Token], table: EntryTable, cache: ElementCache, work: inout Scratch
  ) {
    let category = Int(table.category[entry])
    let from = Int(table.elementStart[entry])
    let length = Int(table.elementStart[entry + 1]) - from
    guard Int(work.consumedUntil[category]) <= position,
      length == 1
        || cache.matches(
          table.elements, from: from, length: length, at: position, words: work.words,
          firstKnown: true),
      !table.hasExclusions[entry]
        || !excluded(matcher.entries[entry], at: position, work: work, cache: cache)
    else { return }
    let current = work.bestEntry[category]
    if current >= 0 {
      if !isBetter(Int32(entry), length, than: current, Int(work.bestLength[category]), table: table) { return }
    } else {
      work.touch(category)
    }
    work.bestEntry[category] = Int32(entry)
    work.bestLength[category] = Int32(length)
  }

  private func isBetter(
    _ candidate: Int32, _ length: Int, than current: Int32, _ currentLength: Int, table: EntryTable
  ) -> Bool {
    if length != currentLength { return length > currentLength }
    let (a, b) = (Int(candidate), Int(current))
    if table.hasWildcard[a] != table.hasWildcard[b] { return !table.hasWildcard[a] }
    if table.weight[a] != table.weight[b] { return table.weight[a] > table.weight[b] }
    return candidate < current
  }

  /// Whether one of the entry's exclusion phrases matches around `position`.
  private func excluded(
    _ entry: Matcher.Entry, at position: Int, work: Scratch, cache: ElementCache
  ) -> Bool {
    for phrase in entry.exclusions {
      for offset in phrase.indices where offset <= position {
        if cache.matches(
          phrase, from: 0, length: phrase.count, at: position - offset, words: work.words)
        {
          return true
        }
      }
    }
    return false
  }

  /// Works out the matcher elements of vocabulary ids met since the last call.
  private func fillCache() {
    let vocabulary = tokenizer.vocabulary
    while elementStarts.count - 1 < vocabulary.count {
      let elements = matcher.elementsMatching(vocabulary.string(Int32(elementStarts.count - 1)))
      elementList.append(contentsOf: elements)
      elementStarts.append(Int32(elementList.count))
      var shape: UInt8 = 0
      // The best one-word entry of each category among those the word's elements start.
      var best: [(category: Int32, entry: Int32)] = []
      for element32 in elements {
        let element = Int(element32)
        if entryTable.multiStart[element] < entryTable.multiStart[element + 1] { shape |= TermShape.startsLonger }
        for index in Int(entryTable.singleStart[element])..<Int(entryTable.singleStart[element + 1]) {
          let entry = entryTable.single[index]
          if entryTable.hasExclusions[Int(entry)] { shape |= TermShape.excludable }
          let category = entryTable.category[Int(entry)]
          if let slot = best.firstIndex(where: { $0.category == category }) {
            if isBetter(entry, 1, than: best[slot].entry, 1, table: entryTable) { best[slot].entry = entry }
          } else {
            best.append((category, entry))
          }
        }
      }
      termShapes.append(shape)
      best.sort { $0.category < $1.category }
      for pair in best {
        singleBest.append(pair.category)
        singleBest.append(pair.entry)
      }
      singleBestStarts.append(Int32(singleBest.count / 2))
    }
  }

  /// What matching needs to know of a vocabulary id beyond its elements (`termShapes`).
  enum TermShape {
    /// An entry of two or more words starts with one of its elements.
    static let startsLonger: UInt8 = 1
    /// A one-word entry it matches has exclusion phrases: its one-word outcome depends on the
    /// words around it, so each entry is tried in place (`consider`).
    static let excludable: UInt8 = 2
  }
}

extension Tagger {
  /// One word token of a turn, as matching reads it.
  struct Word {
    /// Its index among the turn's tokens.
    var token: Int32
    var term: Int32
    var sentence: Int32
  }

  /// Working arrays for one turn, kept between turns so tagging allocates only when a turn
  /// is longer than any before it.
  struct Scratch {
    /// The turn's word tokens: each one's index among the tokens, term and sentence.
    var words: ContiguousArray<Word> = []
    /// Per category: the word position before which it may not match again.
    private(set) var consumedUntil = CategorySlots()
    /// Per category: the best entry at the current position (-1 for none) and its length.
    private(set) var bestEntry = CategorySlots()
    private(set) var bestLength = CategorySlots()
    /// Categories with an entry at the current position (`touchedCount` of them).
    private(set) var touched = CategorySlots()
    var touchedCount = 0
    /// Hits of every role found in the turn, before modifiers are applied.
    var found: ContiguousArray<Hit> = []
    /// Word positions (first, last) of the turn's clause-boundary phrases ("on the other hand").
    var boundaries: ContiguousArray<(first: Int32, last: Int32)> = []
    /// Per word position: the roles of the modifier hits ending there (bits), all zero
    /// between turns.
    var modifierEnds: ContiguousArray<UInt8> = []

    /// Resets the arrays for a turn of `tokens` and `categories` categories.
    mutating func start(_ tokens: [Token], categories: Int) {
      // Written through a buffer sized for every token, then cut to the words: appending
      // one by one checked the array's uniqueness and capacity for every word.
      words.removeAll(keepingCapacity: true)
      words.append(contentsOf: repeatElement(Word(token: 0, term: 0, sentence: 0), count: tokens.count))
      let wordCount = words.withUnsafeMutableBufferPointer { words in
        tokens.withUnsafeBufferPointer { tokens in
          var count = 0
          for index in 0..<tokens.count where tokens[index].kind.isWord {
            words[count] = Word(token: Int32(index), term: tokens[index].term, sentence: tokens[index].sentence)
            count += 1
          }
          return count
        }
      }
      words.removeLast(tokens.count - wordCount)
      if consumedUntil.count != categories {
        free()
        consumedUntil = CategorySlots(categories, 0)
        bestEntry = CategorySlots(categories, -1)
        bestLength = CategorySlots(categories, 0)
        touched = CategorySlots(categories, 0)
      } else {
        consumedUntil.reset(0)
      }
      touchedCount = 0
      found.removeAll(keepingCapacity: true)
      boundaries.removeAll(keepingCapacity: true)
    }

    /// Marks `category` as having an entry at the current position.
    @inline(__always)
    mutating func touch(_ category: Int) {
      touched[touchedCount] = Int32(category)
      touchedCount += 1
    }

    /// Sorts the touched categories ascending, in place (few per position).
    mutating func sortTouched() {
      guard touchedCount > 1 else { return }
      for index in 1..<touchedCount {
        let value = touched[index]
        var slot = index
        while slot > 0, touched[slot - 1] > value {
          touched[slot] = touched[slot - 1]
          slot -= 1
        }
        touched[slot] = value
      }
    }

    /// Frees the per-category slots (the tagger's `deinit`, or before they are made again).
    func free() {
      consumedUntil.free()
      bestEntry.free()
      bestLength.free()
      touched.free()
    }
  }

  /// One `Int32` per category in memory the scratch owns and frees (`Scratch.free`): the
  /// matching loop writes these for every candidate entry, and an array checked its
  /// uniqueness on each write. Indices are category indices, which the matcher bounds.
  struct CategorySlots {
    private let base: UnsafeMutablePointer<Int32>?
    let count: Int

    init() {
      base = nil
      count = 0
    }

    init(_ count: Int, _ value: Int32) {
      let base = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
      base.initialize(repeating: value, count: count)
      self.base = base
      self.count = count
    }

    subscript(index: Int) -> Int32 {
      @inline(__always) get { base.unsafelyUnwrapped[index] }
      @inline(__always) nonmutating set { base.unsafelyUnwrapped[index] = newValue }
    }

    func reset(_ value: Int32) { base?.update(repeating: value, count: count) }

    func free() { base?.deallocate() }
  }
}
