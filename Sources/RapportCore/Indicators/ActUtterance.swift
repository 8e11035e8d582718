/// A turn as the therapist act classifier reads it: sentences of clauses of normalized words
/// (case-folded, apostrophes unified), each sentence marked when it ends in `?`.
public struct ActUtterance: Sendable, Hashable {
  /// One sentence: its clauses (split at commas, semicolons, colons and spaced dashes) and
  /// whether a question mark ends it.
  public struct Sentence: Sendable, Hashable {
    public var clauses: [[String]]
    public var isQuestion: Bool

    /// A sentence of `clauses` (normalized words), ending in `?` when `isQuestion`.
    public init(clauses: [[String]], isQuestion: Bool) {
      self.clauses = clauses
      self.isQuestion = isQuestion
    }
  }

  public var sentences: [Sentence]

  /// An utterance of `sentences`, in order.
  public init(sentences: [Sentence]) { self.sentences = sentences }

  /// The utterance of a tokenized turn; `vocabulary` is the one that gave the tokens their
  /// term ids.
  public init(tokens: [Token], vocabulary: Vocabulary) {
    self.init(tokens: tokens) { vocabulary.string($0.term) }
  }

  /// The utterance of a tokenized turn whose vocabulary is not at hand: each token's form is
  /// normalized again from the turn's `text`.
  public init(tokens: [Token], text: String, normalizer: TextNormalizer = TextNormalizer()) {
    self.init(tokens: tokens) { normalizer.normalize(text.utf16Slice($0.range)) }
  }

  private init(tokens: [Token], form: (Token) -> String) {
    var sentences: [Sentence] = []
    var index = 0
    while index < tokens.count {
      let sentence = tokens[index].sentence
      var end = index
      while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
      sentences.append(Self.sentence(tokens[index..<end], form: form))
      index = end
    }
    self.sentences = sentences.filter { !$0.clauses.isEmpty }
  }

  /// The utterance of raw turn text, tokenized by `tokenizer` with transcription marks
  /// (`[laughs]`, `(pause)`) left out as Rapport's ingest leaves them out.
  public init(text: String, tokenizer: Tokenizer) {
    let marks = TranscriptionMarks.find(in: text).map(\.range)
    self.init(tokens: tokenizer.tokenize(text, excluding: marks), vocabulary: tokenizer.vocabulary)
  }

  /// Content words: letters only, three or more of them, not on the stop list; a final `s`
  /// of a word of five or more letters is dropped so `worksheets` meets `worksheet`.
  public var contentWords: Set<String> {
    Self.contentWords(of: sentences.flatMap { $0.clauses.flatMap { $0 } })
  }

  static func contentWords(of words: [String]) -> Set<String> {
    var found = Set<String>()
    for word in words where isLettersOnly(word, atLeast: 3) && !TherapistActs.Words.stopWords.contains(word) {
      found.insert(word.count >= 5 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word)
    }
    return found
  }

  /// Whether `word` is letters only and at least `minimum` characters long; ASCII words (most
  /// of them) are checked byte by byte, others through `Character.isLetter`.
  static func isLettersOnly(_ word: String, atLeast minimum: Int) -> Bool {
    let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return bytes.count >= minimum && bytes.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }
    if let ascii, let ascii { return ascii }
    return word.count >= minimum && word.allSatisfy(\.isLetter)
  }

  private static func sentence(_ tokens: ArraySlice<Token>, form: (Token) -> String) -> Sentence {
    var clauses: [[String]] = []
    var clause: [String] = []
    var lastWord = tokens.startIndex - 1
    for index in tokens.indices {
      let token = tokens[index]
      if token.kind.isWord {
        lastWord = index
        let word = form(token)
        if TherapistActs.Words.fillers.contains(word) || clause.last == word
          || isCutOff(at: index, word: word, in: tokens, form: form)
        {
          continue
        }
        clause.append(word)
      } else if token.kind == .punctuation, breaksClause(at: index, in: tokens, form: form), !clause.isEmpty {
        clauses.append(clause)
        clause = []
      }
    }
    if !clause.isEmpty { clauses.append(clause) }
    let question = tokens[(lastWord + 1)...].contains {
      $0.kind == .punctuation && form($0).contains("?")
    }
    return Sentence(clauses: clauses.compactMap(withoutFillers), isQuestion: question)
  }

  /// A clause without the fillers that open it (`you know`, `I mean`), or nil when it is only
  /// a filler (`kind of`, `I guess`).
  private static func withoutFillers(_ clause: [String]) -> [String]? {
    var rest = clause[...]
    while rest.count >= 2, TherapistActs.Words.fillerClauses.prefix(2).contains(where: { rest.starts(with: $0) }) {
      rest = rest.dropFirst(2)
    }
    if rest.isEmpty || TherapistActs.Words.fillerClauses.contains(where: { rest.elementsEqual($0) }) { return nil }
    return Array(rest)
  }

  /// A word the speaker broke off: one joined to a dash that no word follows (`the- the
  /// rise`), or a stutter joined by a dash to the word it starts (`w-where`).
  private static func isCutOff(at index: Int, word: String, in tokens: ArraySlice<Token>, form: (Token) -> String) -> Bool {
    let dash = index + 1
    guard dash < tokens.endIndex, tokens[dash].kind == .punctuation, tokens[dash].start == tokens[index].end,
      form(tokens[dash]) == "-"
    else { return false }
    let next = dash + 1
    guard next < tokens.endIndex, tokens[next].kind.isWord, tokens[next].start == tokens[dash].end else { return true }
    return word.count <= 3 && form(tokens[next]).hasPrefix(word)
  }

  /// Commas, semicolons, colons and ellipses end a clause; a dash does unless it joins two
  /// words (`between-session`).
  private static func breaksClause(at index: Int, in tokens: ArraySlice<Token>, form: (Token) -> String) -> Bool {
    let mark = form(tokens[index])
    switch mark {
    case ",", ";", ":", "…", "...": return true
    default: break
    }
    guard mark == "-" else { return false }
    let joinedBefore = index > tokens.startIndex && tokens[index - 1].end == tokens[index].start
    let joinedAfter = index + 1 < tokens.endIndex && tokens[index + 1].start == tokens[index].end
    return !(joinedBefore && joinedAfter)
  }
}
