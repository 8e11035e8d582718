import RapportSupport

/// Normalize-and-tokenize's entry point: splits a turn into tokens with ICU's word and
/// sentence break iterators (UAX #29) and gives each token its normalized form's id.
///
/// `Sendable` notes: not `Sendable`. Break iterators, scratch buffers and the vocabulary are
/// per-worker state; each worker makes its own `Tokenizer`.
public final class Tokenizer {
  private let wordBreaker: ICU.BreakIterator
  private let sentenceBreaker: ICU.BreakIterator
  private let normalizer = TextNormalizer()
  /// The ids tokens carry, shared with the matcher that reads them.
  public let vocabulary: Vocabulary
  @exclusivity(unchecked) private var units: [UInt16] = []
  /// Sentence ends of the turn being tokenized, kept for its capacity.
  @exclusivity(unchecked) private var sentenceEnds: [Int32] = []
  /// Emoticons of the turn being tokenized (`:(`), which ICU splits into several segments.
  @exclusivity(unchecked) private var emoticons = Emoticons()
  /// Every spelling met (`Don't`, `don't`, `DON’T`) with its normalized form's id, so a token
  /// spelled as one before is not normalized again: its normalized form depends on its code
  /// units alone.
  @exclusivity(unchecked) private var surfaces = FormTable()
  @exclusivity(unchecked) private var surfaceTerms = RawBuffer<Int32>()
  /// Per spelling: whether it is long (`Token.isLong`).
  @exclusivity(unchecked) private var surfaceLong = RawBuffer<Bool>()

  public init(vocabulary: Vocabulary = Vocabulary()) throws(RapportError) {
    do {
      wordBreaker = try ICU.BreakIterator(.word)
      sentenceBreaker = try ICU.BreakIterator(.sentence)
    } catch {
      throw RapportError(
        .configuration, problem: "ICU could not open its break iterators (\(error))",
        remedy: "Reinstall ICU's data package (apt-get install --reinstall libicu72)")
    }
    self.vocabulary = vocabulary
  }

  deinit {
    surfaces.free()
    surfaceTerms.free()
    surfaceLong.free()
  }

  /// The tokens of `text`, skipping any that overlap `excluded` (transcription marks).
  ///
  /// - Complexity: O(n) in the length of `text`, plus one ICU normalization per non-ASCII token.
  /// - Throws: `RapportError` when ICU fails (its status named), which short of memory
  ///   exhaustion it does not; a failed break is never taken for an empty turn.
  public func tokenize(_ text: String, excluding excluded: [Range<Int>] = []) throws(RapportError) -> [Token] {
    units.removeAll(keepingCapacity: true)
    units.append(contentsOf: text.utf16)
    return try units.withUnsafeBufferPointer { (buffer) throws(RapportError) in try tokenize(buffer, excluding: excluded) }
  }

  /// The tokens of the UTF-16 text `buffer` (offsets from its start), skipping any that
  /// overlap `excluded`.
  ///
  /// - Complexity: O(n) in `buffer.count`, plus one ICU normalization per non-ASCII token.
  /// - Throws: `RapportError` when ICU fails, with ICU's name for its status.
  public func tokenize(_ buffer: UnsafeBufferPointer<UInt16>, excluding excluded: [Range<Int>] = []) throws(RapportError) -> [Token] {
    // Moved out of `self` for the turn and back, so the loop reads a local array.
    var sentenceEnds = self.sentenceEnds
    self.sentenceEnds = []
    defer { self.sentenceEnds = sentenceEnds }
    var tokens: [Token] = []
    tokens.reserveCapacity(buffer.count / 4)
    do throws(ICU.Failure) {
      try sentenceBreaker.sentenceEnds(buffer, into: &sentenceEnds)
    } catch {
      throw Self.failed(error)
    }
    var sentence = 0
    var nextExcluded = 0
    var normalizing: ICU.Failure?
    emoticons.reset()
    do throws(ICU.Failure) {
      try wordBreaker.forEachSegment(buffer) { start, end, kind in
      // An emoticon (`:(`) spans several ICU segments: the first becomes the whole of it.
      let emoticonEnd = emoticons.token(at: start, in: buffer)
      if emoticonEnd == -1 { return }
      let end = emoticonEnd ?? end
      while sentence < sentenceEnds.count - 1, start >= Int(sentenceEnds[sentence]) { sentence += 1 }
      while nextExcluded < excluded.count, excluded[nextExcluded].upperBound <= start { nextExcluded += 1 }
      if nextExcluded < excluded.count, excluded[nextExcluded].lowerBound < end { return }
      if normalizing != nil { return }
      let surface = UnsafeBufferPointer(rebasing: buffer[start..<end])
      let place = surfaces.find(surface)
      let term: Int32
      let isLong: Bool
      if place.id >= 0 {
        term = surfaceTerms[Int(place.id)]
        isLong = surfaceLong[Int(place.id)]
      } else {
        do throws(ICU.Failure) {
          term = try normalizer.withNormalized(surface) { vocabulary.intern($0) }
        } catch {
          normalizing = error
          return
        }
        _ = surfaces.insert(surface, at: place)
        surfaceTerms.append(term)
        isLong = Token.hasLetters(surface, atLeast: 7)
        surfaceLong.append(isLong)
      }
      tokens.append(Token(
        start: Int32(start), end: Int32(end),
        kind: emoticonEnd != nil || Emoticons.isEmoji(buffer[start])
          ? .emoticon : TokenKind(rawValue: kind.rawValue) ?? .punctuation,
        isLong: isLong, sentence: Int32(sentence), term: term))
      }
    } catch {
      throw Self.failed(error)
    }
    if let normalizing { throw Self.failed(normalizing) }
    return tokens
  }

  /// The error for a failed ICU call while tokenizing: ICU's status by name, and what to do.
  static func failed(_ failure: ICU.Failure) -> RapportError {
    RapportError(
      .input, problem: "the text could not be tokenized: \(failure)",
      remedy: "ICU fails this way only when memory runs out or its data is damaged; free memory or reinstall ICU's data package (apt-get install --reinstall libicu72) and run again")
  }

  /// Normalizes `text` the way tokens are normalized (for lexicon entries).
  public func normalize(_ text: String) throws(RapportError) -> String {
    try normalizer.normalize(text)
  }

  /// The normalized forms of the word tokens of `text`, in order (for lexicon entries).
  public func normalizedWords(_ text: String) throws(RapportError) -> [String] {
    try tokenize(text).filter { $0.kind.isWord }.map { vocabulary.string($0.term) }
  }
}
