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

/// A turn as the therapist act classifier reads it: sentences of clauses of normalized words
/// (case-folded, apostrophes unified), each sentence marked when it ends in `?`.
///
/// `Sendable` notes: not `Sendable`; it keeps the worker's vocabulary so its words can be
/// read back as strings.
public struct ActUtterance {
  /// One sentence: its clauses (split at commas, semicolons, colons and spaced dashes) and
  /// whether a question mark ends it.
  public struct Sentence: Sendable, Hashable {
    public var clauses: [[ActWord]]
    public var isQuestion: Bool
  }

  public var sentences: [Sentence]
  /// The vocabulary the words' ids belong to.
  public let vocabulary: Vocabulary

  /// The utterance of a tokenized turn; `vocabulary` is the one that gave the tokens their
  /// term ids.
  public init(tokens: [Token], vocabulary: Vocabulary) {
    self.vocabulary = vocabulary
    var sentences: [Sentence] = []
    var index = 0
    while index < tokens.count {
      let sentence = tokens[index].sentence
      var end = index
      while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
      let read = Self.sentence(tokens[index..<end], vocabulary: vocabulary)
      if !read.clauses.isEmpty { sentences.append(read) }
      index = end
    }
    self.sentences = sentences
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

  /// An utterance of `sentences` whose words' ids belong to `vocabulary` (a part of another
  /// utterance, read on its own).
  init(sentences: [Sentence], vocabulary: Vocabulary) {
    self.sentences = sentences
    self.vocabulary = vocabulary
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
    sentences.flatMap { $0.clauses.joined() }.map { vocabulary.string($0.term) }
  }

  /// Content words as strings: letters only, three or more of them, not on the stop list; a
  /// final `s` of a word of five or more letters is dropped so `worksheets` meets `worksheet`.
  public var contentWords: Set<String> {
    Set(Self.contentWords(of: sentences.flatMap { $0.clauses.joined() }).map { vocabulary.string($0) })
  }

  /// The distinct content-word keys (vocabulary ids) of `words`, in order of first use.
  static func contentWords(of words: [ActWord]) -> [Int32] {
    var found: [Int32] = []
    for word in words where word.content >= 0 && !found.contains(word.content) { found.append(word.content) }
    return found
  }

  private static func sentence(_ tokens: ArraySlice<Token>, vocabulary: Vocabulary) -> Sentence {
    var clauses: [[ActWord]] = []
    var clause: [ActWord] = []
    var lastWord = tokens.startIndex - 1
    for index in tokens.indices {
      let token = tokens[index]
      if token.kind.isWord {
        lastWord = index
        let word = ActWord(term: token.term, facts: vocabulary.actFacts(token.term))
        if word.is(.filler) || clause.last == word || isCutOff(at: index, in: tokens, vocabulary: vocabulary) {
          continue
        }
        clause.append(word)
      } else if token.kind == .punctuation, breaksClause(at: index, in: tokens, vocabulary: vocabulary), !clause.isEmpty {
        clauses.append(clause)
        clause = []
      }
    }
    if !clause.isEmpty { clauses.append(clause) }
    let question = tokens[(lastWord + 1)...].contains {
      $0.kind == .punctuation && vocabulary.classes($0.term).contains(.questionMark)
    }
    return Sentence(clauses: clauses.compactMap(withoutFillers), isQuestion: question)
  }

  /// A clause without the fillers that open it (`you know`, `I mean`), or nil when it is only
  /// a filler (`kind of`, `I guess`).
  private static func withoutFillers(_ clause: [ActWord]) -> [ActWord]? {
    let fillers = TherapistActs.Phrases.fillerClauses
    var rest = clause[...]
    while rest.count >= 2, fillers.prefix(2).contains(where: { rest.lazy.map(\.known).starts(with: $0) }) {
      rest = rest.dropFirst(2)
    }
    if rest.isEmpty || fillers.contains(where: { rest.lazy.map(\.known).elementsEqual($0) }) { return nil }
    return rest.startIndex == clause.startIndex ? clause : Array(rest)
  }

  /// A word the speaker broke off: one joined to a dash that no word follows (`the- the
  /// rise`), or a stutter joined by a dash to the word it starts (`w-where`).
  private static func isCutOff(at index: Int, in tokens: ArraySlice<Token>, vocabulary: Vocabulary) -> Bool {
    let dash = index + 1
    guard dash < tokens.endIndex, tokens[dash].kind == .punctuation, tokens[dash].start == tokens[index].end,
      vocabulary.classes(tokens[dash].term).contains(.dash)
    else { return false }
    let next = dash + 1
    guard next < tokens.endIndex, tokens[next].kind.isWord, tokens[next].start == tokens[dash].end else { return true }
    let word = vocabulary.string(tokens[index].term)
    return word.count <= 3 && vocabulary.string(tokens[next].term).hasPrefix(word)
  }

  /// Commas, semicolons, colons and ellipses end a clause; a dash does unless it joins two
  /// words (`between-session`).
  private static func breaksClause(at index: Int, in tokens: ArraySlice<Token>, vocabulary: Vocabulary) -> Bool {
    let classes = vocabulary.classes(tokens[index].term)
    if classes.contains(.clauseMark) { return true }
    guard classes.contains(.dash) else { return false }
    let joinedBefore = index > tokens.startIndex && tokens[index - 1].end == tokens[index].start
    let joinedAfter = index + 1 < tokens.endIndex && tokens[index + 1].start == tokens[index].end
    return !(joinedBefore && joinedAfter)
  }
}
