import Foundation
import RapportSupport
import RapportTag
import RapportText

/// Counts candidate words and phrases in and outside the context of a category's anchors,
/// session by session, for `TermSuggester`.
///
/// `Sendable` notes: not `Sendable`; it reads the worker's `Vocabulary` and grows a cache per
/// vocabulary id.
struct SuggestionCounter {
  /// Counts of one candidate.
  struct Candidate {
    var terms: [Int32]
    var total = 0
    var inContext = 0
    var sessions = 0
    var lastSession = -1
    /// Occurrences with no word taken for a name right before or after (with `--redact`).
    var apartFromNames = 0
    var samples: [KwicLine] = []
  }

  /// How a vocabulary id may take part in a candidate.
  enum WordClass: UInt8 {
    case unknown = 0, content, function, categoryEntry
  }

  let matcher: Matcher
  let anchorCategories: Set<Int>
  let vocabulary: Vocabulary
  /// Elements of single-word entries of function-word and modifier categories.
  let functionElements: Set<Int32>
  /// Elements of single-word entries of the anchor categories.
  let anchorElements: Set<Int32>
  /// Content categories (other than the anchors) by the element of their single-word entries.
  let categoriesByElement: [Int32: [Int]]
  var classes: [WordClass] = []
  var anchors = 0
  var words = 0
  var contextWords = 0
  var pairs = 0
  var contextPairs = 0
  var candidates: [Int64: Candidate] = [:]

  init(matcher: Matcher, anchorCategories: Set<Int>, vocabulary: Vocabulary) {
    self.matcher = matcher
    self.anchorCategories = anchorCategories
    self.vocabulary = vocabulary
    var function = Set<Int32>()
    var anchor = Set<Int32>()
    var byElement: [Int32: [Int]] = [:]
    for entry in matcher.entries where entry.elements.count == 1 {
      let category = matcher.categories[entry.category]
      let ids = matcher.selfAndAncestors(entry.category).map { matcher.categories[$0].id }
      let lexiconName = category.lexicon >= 0 ? matcher.lexicons[category.lexicon].name : ""
      if anchorCategories.contains(entry.category) {
        anchor.insert(entry.elements[0])
      } else if category.role != .content || lexiconName.contains("function")
        || ids.contains(where: SuggestionStoplist.functionCategories.contains)
      {
        function.insert(entry.elements[0])
      } else if !(byElement[entry.elements[0]]?.contains(entry.category) ?? false) {
        byElement[entry.elements[0], default: []].append(entry.category)
      }
    }
    functionElements = function
    anchorElements = anchor
    categoriesByElement = byElement
  }

  /// Adds one tagged session (`session` counts sessions from 0).
  mutating func count(_ tagged: TaggedTranscript, session: Int, window: Int, renderer: KwicRenderer) {
    var hitIndex = 0
    let names = renderer.nameWords
    for (turn, tokens) in tagged.tokens.enumerated() {
      var wordOf = [Int](repeating: -1, count: tokens.count)
      var positions: [Int] = []
      for index in tokens.indices where tokens[index].kind.isWord {
        wordOf[index] = positions.count
        positions.append(index)
      }
      var isAnchor = [Bool](repeating: false, count: positions.count)
      var inContext = [Bool](repeating: false, count: positions.count)
      var anchorRanges = Set<[Int32]>()
      // With --redact, which words are names, so a candidate said only beside one is dropped.
      let isName = names.isEmpty
        ? [Bool](repeating: false, count: positions.count)
        : positions.map { names.contains(Redactor.stem(vocabulary.string(tokens[$0].term))) }
      func besideName(_ first: Int, _ last: Int) -> Bool {
        (first > 0 && isName[first - 1]) || (last + 1 < positions.count && isName[last + 1])
      }
      while hitIndex < tagged.hits.count, Int(tagged.hits[hitIndex].turn) <= turn {
        let hit = tagged.hits[hitIndex]
        hitIndex += 1
        guard Int(hit.turn) == turn, anchorCategories.contains(Int(hit.category)) else { continue }
        if anchorRanges.insert([hit.firstToken, hit.lastToken]).inserted { anchors += 1 }
        let first = wordOf[Int(hit.firstToken)]
        let last = wordOf[Int(hit.lastToken)]
        for position in first...last { isAnchor[position] = true }
        for position in max(0, first - window)...min(positions.count - 1, last + window) { inContext[position] = true }
      }
      for position in positions.indices where !isAnchor[position] {
        words += 1
        if inContext[position] { contextWords += 1 }
        let token = tokens[positions[position]]
        guard token.kind == .word, wordClass(token.term) == .content else { continue }
        add([token.term], context: inContext[position], session: session, besideName: besideName(position, position)) {
          renderer.line(turn: turn, first: positions[position], last: positions[position])
        }
      }
      for position in positions.indices.dropLast() where !isAnchor[position] && !isAnchor[position + 1] {
        let first = tokens[positions[position]]
        let second = tokens[positions[position + 1]]
        guard positions[position + 1] == positions[position] + 1, first.sentence == second.sentence else { continue }
        let context = inContext[position] && inContext[position + 1]
        pairs += 1
        if context { contextPairs += 1 }
        guard first.kind == .word, second.kind == .word, wordClass(first.term) == .content else { continue }
        let secondClass = wordClass(second.term)
        guard secondClass == .content
          || (secondClass == .function && SuggestionStoplist.particles.contains(vocabulary.string(second.term)))
        else { continue }
        add([first.term, second.term], context: context, session: session, besideName: besideName(position, position + 1)) {
          renderer.line(turn: turn, first: positions[position], last: positions[position + 1])
        }
      }
    }
  }

  private mutating func add(_ terms: [Int32], context: Bool, session: Int, besideName: Bool, sample: () -> KwicLine) {
    let key = terms.count == 1 ? Int64(terms[0]) : (Int64(terms[0]) + 1) << 32 | Int64(terms[1])
    var candidate = candidates[key] ?? Candidate(terms: terms)
    candidate.total += 1
    if !besideName { candidate.apartFromNames += 1 }
    if context {
      candidate.inContext += 1
      if candidate.lastSession != session {
        candidate.sessions += 1
        candidate.lastSession = session
      }
      if candidate.samples.count < 2 { candidate.samples.append(sample()) }
    }
    candidates[key] = candidate
  }

  /// Whether the word with vocabulary id `term` can be (part of) a candidate.
  private mutating func wordClass(_ term: Int32) -> WordClass {
    while classes.count <= Int(term) { classes.append(.unknown) }
    if classes[Int(term)] != .unknown { return classes[Int(term)] }
    let word = vocabulary.string(term)
    let elements = Set(matcher.elementsMatching(word))
    let found: WordClass
    if !elements.isDisjoint(with: anchorElements) {
      found = .categoryEntry
    } else if word.count < 2 || !word.contains(where: \.isLetter) || SuggestionStoplist.words.contains(word)
      || !elements.isDisjoint(with: functionElements)
    {
      found = .function
    } else {
      found = .content
    }
    classes[Int(term)] = found
    return found
  }

  /// Candidates that pass the minimums, strongest association first; with `names` (normalized
  /// words taken for names, with `--redact`) a candidate holding one, or said only right
  /// beside one, is left out.
  func ranked(options: SuggestionOptions, excluding names: Set<String> = []) -> [TermSuggestion] {
    var scored: [TermSuggestion] = []
    for candidate in candidates.values
    where candidate.inContext >= options.minimumCount && candidate.sessions >= options.minimumSessions {
      if !names.isEmpty {
        if candidate.apartFromNames == 0 { continue }
        if candidate.terms.contains(where: { names.contains(Redactor.stem(vocabulary.string($0))) }) { continue }
      }
      let (n, r) = candidate.terms.count == 1 ? (words, contextWords) : (pairs, contextPairs)
      let a = Double(candidate.inContext)
      let b = Double(candidate.total - candidate.inContext)
      guard r > 0, n > r, a / Double(r) > b / Double(n - r) else { continue }
      let others = candidate.terms.count == 1
        ? Set(matcher.elementsMatching(vocabulary.string(candidate.terms[0])).flatMap { categoriesByElement[$0] ?? [] })
          .sorted().map { matcher.categories[$0].id }
        : []
      let g2 = TermSuggester.logLikelihood(a: a, b: b, c: Double(r) - a, d: Double(n - r) - b)
      guard g2 >= options.minimumG2 else { continue }
      scored.append(TermSuggestion(
        term: candidate.terms.map { vocabulary.string($0) }.joined(separator: " "), words: candidate.terms.count,
        inContext: candidate.inContext, total: candidate.total, sessions: candidate.sessions,
        g2: Rounding.round(g2),
        pmi: Rounding.round(log2(a * Double(n) / (Double(r) * (a + b)))),
        otherCategories: others, samples: candidate.samples))
    }
    return Array(scored.sorted { ($1.g2, $1.inContext, $0.term) < ($0.g2, $0.inContext, $1.term) }.prefix(options.limit))
  }
}
