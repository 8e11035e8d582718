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
/// `Sendable` notes: not `Sendable`; it owns a `Tokenizer` and a cache of which lexicon
/// elements each vocabulary id satisfies. Each worker makes its own.
public final class Tagger {
  public let matcher: Matcher
  public let tokenizer: Tokenizer
  public let options: TagOptions
  /// For each vocabulary id, the matcher elements it satisfies.
  private var elementCache: [[Int32]] = []

  public init(matcher: Matcher, options: TagOptions = TagOptions()) throws(RapportError) {
    let tokenizer = try Tokenizer()
    self.matcher = matcher
    self.tokenizer = tokenizer
    self.options = options
  }

  /// Tokenizes and tags every turn of `transcript`.
  public func tag(_ transcript: Transcript) -> TaggedTranscript {
    var tokens: [[Token]] = []
    var hits: [Hit] = []
    tokens.reserveCapacity(transcript.turns.count)
    for (index, turn) in transcript.turns.enumerated() {
      let turnTokens = tokenizer.tokenize(turn.text, excluding: turn.events.map(\.range))
      hits.append(contentsOf: tag(turnTokens, turn: Int32(index)))
      tokens.append(turnTokens)
    }
    return TaggedTranscript(transcript: transcript, tokens: tokens, hits: hits)
  }

  /// The content hits in one turn's tokens.
  public func tag(_ tokens: [Token], turn: Int32) -> [Hit] {
    let words = tokens.indices.filter { tokens[$0].kind.isWord }
    guard !words.isEmpty else { return [] }
    fillCache()
    let categories = matcher.categories
    var found: [Hit] = []
    var consumedUntil = [Int](repeating: 0, count: categories.count)

    for position in words.indices {
      // The best entry of each category starting here.
      var best: [Int: (entry: Int32, length: Int)] = [:]
      for element in elementCache[Int(tokens[words[position]].term)] {
        for entryIndex in matcher.entriesByFirstElement[Int(element)] {
          let entry = matcher.entries[Int(entryIndex)]
          guard consumedUntil[entry.category] <= position,
            matches(entry.elements, at: position, words: words, tokens: tokens),
            !excluded(entry, at: position, words: words, tokens: tokens)
          else { continue }
          if let current = best[entry.category], !isBetter(entryIndex, entry.elements.count, than: current) { continue }
          best[entry.category] = (entryIndex, entry.elements.count)
        }
      }
      for (category, match) in best.sorted(by: { $0.key < $1.key }) {
        consumedUntil[category] = position + match.length
        found.append(Hit(
          category: Int32(category), entry: match.entry, turn: turn,
          firstToken: Int32(words[position]), lastToken: Int32(words[position + match.length - 1]),
          negated: false, intensified: false, hedged: false))
      }
    }
    return applyModifiers(found, tokens: tokens, words: words)
  }

  private func isBetter(_ candidate: Int32, _ length: Int, than current: (entry: Int32, length: Int)) -> Bool {
    if length != current.length { return length > current.length }
    let a = matcher.entries[Int(candidate)]
    let b = matcher.entries[Int(current.entry)]
    if a.hasWildcard != b.hasWildcard { return !a.hasWildcard }
    if a.weight != b.weight { return a.weight > b.weight }
    return candidate < current.entry
  }

  private func matches(_ elements: [Int32], at position: Int, words: [Int], tokens: [Token]) -> Bool {
    guard position + elements.count <= words.count else { return false }
    let sentence = tokens[words[position]].sentence
    for offset in elements.indices {
      let token = tokens[words[position + offset]]
      guard token.sentence == sentence, elementCache[Int(token.term)].contains(elements[offset]) else { return false }
    }
    return true
  }

  /// Whether one of the entry's exclusion phrases matches around `position`.
  private func excluded(_ entry: Matcher.Entry, at position: Int, words: [Int], tokens: [Token]) -> Bool {
    for phrase in entry.exclusions {
      for offset in phrase.indices where offset <= position {
        if matches(phrase, at: position - offset, words: words, tokens: tokens) { return true }
      }
    }
    return false
  }

  /// Splits modifier hits from content hits and marks each content hit from the modifiers in
  /// the window before it, stopping at clause boundaries.
  private func applyModifiers(_ hits: [Hit], tokens: [Token], words: [Int]) -> [Hit] {
    let categories = matcher.categories
    // Position among the words of each token index (-1 for punctuation): an array, not a
    // dictionary, since this runs for every turn.
    var wordPosition = [Int](repeating: -1, count: tokens.count)
    for (position, token) in words.enumerated() { wordPosition[token] = position }
    // Clause number of each word position: sentence ends, ';', ':' and boundary words split.
    var clause = [Int](repeating: 0, count: words.count)
    var boundaryWords = Set<Int>()
    for hit in hits where categories[Int(hit.category)].role == .clauseBoundary {
      // Every word of a boundary phrase ("on the other hand") belongs to no clause's window.
      boundaryWords.formUnion(wordPosition[Int(hit.firstToken)]...wordPosition[Int(hit.lastToken)])
    }
    var current = 0
    for position in words.indices {
      if position > 0 {
        let previous = words[position - 1]
        let between = tokens[(previous + 1)..<words[position]]
        if tokens[words[position]].sentence != tokens[previous].sentence
          || between.contains(where: { isClausePunctuation($0) }) || boundaryWords.contains(position - 1)
        {
          current += 1
        }
      }
      if boundaryWords.contains(position) { current += 1 }
      clause[position] = current
    }

    var modifiers: [(role: CategoryRole, last: Int, clause: Int)] = []
    for hit in hits where [.negator, .intensifier, .hedge].contains(categories[Int(hit.category)].role) {
      let last = wordPosition[Int(hit.lastToken)]
      modifiers.append((categories[Int(hit.category)].role, last, clause[last]))
    }
    var result: [Hit] = []
    for var hit in hits where categories[Int(hit.category)].role == .content {
      let start = wordPosition[Int(hit.firstToken)]
      for modifier in modifiers
      where modifier.last < start && start - modifier.last <= options.window && modifier.clause == clause[start] {
        switch modifier.role {
        case .negator: hit.negated = hit.negated || categories[Int(hit.category)].negation
        case .intensifier: hit.intensified = true
        case .hedge: hit.hedged = true
        default: break
        }
      }
      result.append(hit)
    }
    return result
  }

  private func isClausePunctuation(_ token: Token) -> Bool {
    token.kind == .punctuation && tokenizer.vocabulary.classes(token.term).contains(.clausePunctuation)
  }

  /// Works out the matcher elements of vocabulary ids met since the last call.
  private func fillCache() {
    let vocabulary = tokenizer.vocabulary
    while elementCache.count < vocabulary.count {
      elementCache.append(matcher.elementsMatching(vocabulary.string(Int32(elementCache.count))))
    }
  }
}
