import RapportSupport
import RapportIngest
import RapportText

/// One word as the act rules read it: its vocabulary id and what the rules know of it, so they
/// compare ids and test bits instead of hashing strings. Two words are equal when their
/// normalized forms are.
public struct ActWord: Sendable, Hashable {
  /// Vocabulary id of the normalized form.
  public let term: Int32
  /// Id among the act rules' words, or -1.
  let known: Int16
  let classes: ActClasses
  /// Vocabulary id of the content-word key, or -1 when the word is not a content word.
  let content: Int32

  init(term: Int32, facts: ActFacts) {
    self.term = term
    known = facts.known
    classes = facts.classes
    content = facts.content
  }

  /// Whether the word is in any of `classes`.
  func `is`(_ classes: ActClasses) -> Bool { !self.classes.isDisjoint(with: classes) }

  /// Whether the word is the act word `id` (`ActLexicon.id`).
  func `is`(_ id: Int16) -> Bool { known == id }

  public static func == (left: ActWord, right: ActWord) -> Bool { left.term == right.term }
  public func hash(into hasher: inout Hasher) { hasher.combine(term) }
}

/// A run of an utterance's words (a sentence, a clause, the rest of one), 0-based, valid only
/// inside `ActUtterance.withSentences`: the rules read words in place instead of copying them
/// into arrays per clause.
typealias WordSpan = UnsafeBufferPointer<ActWord>

extension UnsafeBufferPointer where Element == ActWord {
  /// The words from `start` on (none when `start` is past the end), 0-based again.
  func from(_ start: Int) -> WordSpan { WordSpan(rebasing: self[Swift.min(start, count)...]) }
}

/// A turn as the therapist act classifier reads it: sentences of clauses of normalized words
/// (case-folded, apostrophes unified), each sentence marked when it ends in `?`.
///
/// The words are kept flat, sentence after sentence and clause after clause, with where each
/// clause and sentence ends, so reading a turn fills three arrays (reused from turn to turn by
/// `read(_:)`) instead of an array per clause.
///
/// `Sendable` notes: not `Sendable`; it keeps the worker's vocabulary so its words can be
/// read back as strings.
public struct ActUtterance {
  /// Where one sentence lies: its words in `words`, its clause ends in `clauseEnds`.
  struct SentenceSpan {
    var words: Range<Int32>
    var clauses: Range<Int32>
    var isQuestion: Bool
  }

  /// Every word kept (fillers, repeats and cut-off words left out), in order.
  private(set) var flat: ContiguousArray<ActWord> = []
  /// Where each clause ends, counted from the start of its sentence's words.
  private var clauseEnds: ContiguousArray<Int32> = []
  private var spans: ContiguousArray<SentenceSpan> = []
  /// The vocabulary the words' ids belong to.
  public let vocabulary: Vocabulary

  /// An utterance of no words, to be filled by `read(_:)`.
  init(vocabulary: Vocabulary) {
    self.vocabulary = vocabulary
  }

  /// The utterance of a tokenized turn; `vocabulary` is the one that gave the tokens their
  /// term ids.
  public init(tokens: [Token], vocabulary: Vocabulary) {
    self.vocabulary = vocabulary
    read(tokens)
  }

  /// The utterance of a tokenized turn whose vocabulary is not at hand: each token's form is
  /// normalized again from the turn's `text` and interned in `vocabulary`.
  ///
  /// - Throws: `RapportError` when ICU fails to normalize a word.
  public init(tokens: [Token], text: String, normalizer: TextNormalizer = TextNormalizer(), vocabulary: Vocabulary) throws(RapportError) {
    var renamed = tokens
    for index in renamed.indices {
      renamed[index].term = vocabulary.intern(try normalizer.normalize(text.utf16Slice(tokens[index].range)))
    }
    self.init(tokens: renamed, vocabulary: vocabulary)
  }

  /// The utterance of raw turn text, tokenized by `tokenizer` with transcription marks
  /// (`[laughs]`, `(pause)`) left out as Rapport's ingest leaves them out.
  ///
  /// - Throws: `RapportError` when ICU fails.
  public init(text: String, tokenizer: Tokenizer) throws(RapportError) {
    let marks = TranscriptionMarks.find(in: text).map(\.range)
    self.init(tokens: try tokenizer.tokenize(text, excluding: marks), vocabulary: tokenizer.vocabulary)
  }

  /// Replaces the utterance's words with those of another tokenized turn of the same
  /// vocabulary, keeping the arrays' storage: one utterance serves a whole session.
  ///
  /// - Complexity: O(n) in the tokens.
  mutating func read(_ tokens: [Token]) {
    flat.removeAll(keepingCapacity: true)
    clauseEnds.removeAll(keepingCapacity: true)
    spans.removeAll(keepingCapacity: true)
    flat.reserveCapacity(tokens.count)
    tokens.withUnsafeBufferPointer { tokens in
      var index = 0
      while index < tokens.count {
        let sentence = tokens[index].sentence
        var end = index
        while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
        appendSentence(tokens, index..<end)
        index = end
      }
    }
  }

  /// Number of sentences (each has words: one of only fillers is left out).
  public var sentenceCount: Int { spans.count }

  /// Whether sentence `index` ends in `?`.
  public func isQuestion(sentence index: Int) -> Bool { spans[index].isQuestion }

  /// Number of words kept.
  public var wordCount: Int { flat.count }

  // MARK: Reading in place

  /// One sentence's words and clauses, valid only inside `withSentences`.
  struct SentenceView {
    /// Every word of the sentence, its clauses one after another.
    let words: WordSpan
    /// Where each clause ends in `words`.
    let clauseEnds: UnsafeBufferPointer<Int32>
    let isQuestion: Bool

    var clauseCount: Int { clauseEnds.count }

    /// Clause `index` (never empty).
    func clause(_ index: Int) -> WordSpan {
      let start = index == 0 ? 0 : Int(clauseEnds[index - 1])
      return WordSpan(rebasing: words[start..<Int(clauseEnds[index])])
    }
  }

  /// The sentences, read in place.
  struct Sentences {
    fileprivate let words: WordSpan
    fileprivate let clauseEnds: UnsafeBufferPointer<Int32>
    fileprivate let spans: UnsafeBufferPointer<SentenceSpan>

    var count: Int { spans.count }

    subscript(index: Int) -> SentenceView {
      let span = spans[index]
      return SentenceView(
        words: WordSpan(rebasing: words[Int(span.words.lowerBound)..<Int(span.words.upperBound)]),
        clauseEnds: UnsafeBufferPointer(
          rebasing: clauseEnds[Int(span.clauses.lowerBound)..<Int(span.clauses.upperBound)]),
        isQuestion: span.isQuestion)
    }
  }

  /// Calls `body` with the sentences; the views must not escape it.
  func withSentences<R>(_ body: (Sentences) -> R) -> R {
    flat.withUnsafeBufferPointer { words in
      clauseEnds.withUnsafeBufferPointer { clauseEnds in
        spans.withUnsafeBufferPointer { spans in
          body(Sentences(words: words, clauseEnds: clauseEnds, spans: spans))
        }
      }
    }
  }

  // MARK: Inspection

  /// One sentence: its clauses (split at commas, semicolons, colons and spaced dashes) and
  /// whether a question mark ends it.
  public struct Sentence: Sendable, Hashable {
    public var clauses: [[ActWord]]
    public var isQuestion: Bool
  }

  /// The sentences as arrays of clauses, for inspection and tests (the rules read them in
  /// place: `withSentences`).
  ///
  /// - Complexity: O(n), allocating an array per clause.
  public var sentences: [Sentence] {
    withSentences { sentences in
      (0..<sentences.count).map { index in
        let sentence = sentences[index]
        return Sentence(
          clauses: (0..<sentence.clauseCount).map { Array(sentence.clause($0)) }, isQuestion: sentence.isQuestion)
      }
    }
  }

  /// A sentence with its words as normalized strings, for features a person reads.
  public struct TextSentence: Sendable, Hashable {
    public var clauses: [[String]]
    public var isQuestion: Bool
  }

  /// The sentences with their words as normalized strings.
  public var textSentences: [TextSentence] {
    sentences.map { sentence in
      TextSentence(
        clauses: sentence.clauses.map { $0.map { vocabulary.string($0.term) } }, isQuestion: sentence.isQuestion)
    }
  }

  /// The utterance's words as normalized strings, in order (for inspection and tests).
  public var words: [String] {
    flat.map { vocabulary.string($0.term) }
  }

  /// Content words as strings: letters only, three or more of them, not on the stop list; a
  /// final `s` of a word of five or more letters is dropped so `worksheets` meets `worksheet`.
  public var contentWords: Set<String> {
    var keys: [Int32] = []
    for word in flat where word.content >= 0 && !keys.contains(word.content) { keys.append(word.content) }
    return Set(keys.map { vocabulary.string($0) })
  }

  /// Whether the word at `index` is the first of `words` with its content-word key (so a
  /// key is counted once per run of words).
  ///
  /// - Complexity: O(index); sentences are short, and this allocates nothing.
  static func isFirstContent(at index: Int, in words: WordSpan) -> Bool {
    let key = words[index].content
    guard key >= 0 else { return false }
    for earlier in 0..<index where words[earlier].content == key { return false }
    return true
  }

  // MARK: Building

  /// Appends the sentence of `tokens[range]` (tokens of one sentence) when a clause of it is
  /// left once fillers are dropped.
  private mutating func appendSentence(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) {
    let wordStart = flat.count
    let clauseStart = clauseEnds.count
    var clauseBegin = wordStart
    var lastWord = range.lowerBound - 1
    for index in range {
      let token = tokens[index]
      if token.kind.isWord {
        lastWord = index
        let word = ActWord(term: token.term, facts: vocabulary.actFacts(token.term))
        if word.is(.filler) || (flat.count > clauseBegin && flat[flat.count - 1] == word)
          || isCutOff(at: index, in: tokens, range)
        {
          continue
        }
        flat.append(word)
      } else if token.kind == .punctuation, flat.count > clauseBegin, breaksClause(at: index, in: tokens, range) {
        closeClause(from: clauseBegin, sentenceStart: wordStart)
        clauseBegin = flat.count
      }
    }
    if flat.count > clauseBegin { closeClause(from: clauseBegin, sentenceStart: wordStart) }
    // A sentence with no words, or only fillers (`Um, you know.`), is left out.
    guard clauseEnds.count > clauseStart else { return }
    var question = false
    for index in (lastWord + 1)..<range.upperBound
    where tokens[index].kind == .punctuation && vocabulary.classes(tokens[index].term).contains(.questionMark) {
      question = true
      break
    }
    spans.append(
      SentenceSpan(
        words: Int32(wordStart)..<Int32(flat.count), clauses: Int32(clauseStart)..<Int32(clauseEnds.count),
        isQuestion: question))
  }

  /// Ends the clause of `flat[begin...]`: drops the fillers that open it (`you know`, `I
  /// mean`), and the whole clause when it is only a filler (`kind of`, `I guess`).
  private mutating func closeClause(from begin: Int, sentenceStart: Int) {
    typealias Phrases = TherapistActs.Phrases
    let fillers = Phrases.fillerClauses
    let end = flat.count
    var start = begin
    while end - start >= 2,
      fillers.prefix(Phrases.openingFillers).contains(SIMD2(flat[start].known, flat[start + 1].known))
    {
      start += 2
    }
    let rest =
      switch end - start {
      case 1: SIMD2(flat[start].known, Phrases.noWord)
      case 2: SIMD2(flat[start].known, flat[start + 1].known)
      default: SIMD2<Int16>(repeating: Phrases.noWord)
      }
    if start == end || (end - start <= 2 && fillers.contains(rest)) {
      flat.removeSubrange(begin..<end)
      return
    }
    if start > begin { flat.removeSubrange(begin..<start) }
    clauseEnds.append(Int32(flat.count - sentenceStart))
  }

  /// A word the speaker broke off: one joined to a dash that no word follows (`the- the
  /// rise`), or a stutter joined by a dash to the word it starts (`w-where`). `range` is the
  /// sentence's tokens.
  @inline(__always)
  private func isCutOff(at index: Int, in tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> Bool {
    let dash = index + 1
    guard dash < range.upperBound, tokens[dash].kind == .punctuation, tokens[dash].start == tokens[index].end,
      vocabulary.classes(tokens[dash].term).contains(.dash)
    else { return false }
    return isCutOff(at: index, beforeDash: dash, in: tokens, range)
  }

  /// `isCutOff` once a dash is known to follow the word at `index` (rare, so not inlined).
  @inline(never)
  private func isCutOff(at index: Int, beforeDash dash: Int, in tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> Bool {
    let next = dash + 1
    guard next < range.upperBound, tokens[next].kind.isWord, tokens[next].start == tokens[dash].end else { return true }
    let word = vocabulary.string(tokens[index].term)
    return word.count <= 3 && vocabulary.string(tokens[next].term).hasPrefix(word)
  }

  /// Commas, semicolons, colons and ellipses end a clause; a dash does unless it joins two
  /// words (`between-session`). `range` is the sentence's tokens.
  private func breaksClause(at index: Int, in tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> Bool {
    let classes = vocabulary.classes(tokens[index].term)
    if classes.contains(.clauseMark) { return true }
    guard classes.contains(.dash) else { return false }
    let joinedBefore = index > range.lowerBound && tokens[index - 1].end == tokens[index].start
    let joinedAfter = index + 1 < range.upperBound && tokens[index + 1].start == tokens[index].end
    return !(joinedBefore && joinedAfter)
  }
}
