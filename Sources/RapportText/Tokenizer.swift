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
  /// The sentence ends of one window of it (`ICU.BreakIterator.sentenceEndsInWindows`).
  @exclusivity(unchecked) private var windowEnds: [Int32] = []
  /// Emoticons of the turn being tokenized (`:(`), which ICU splits into several segments.
  @exclusivity(unchecked) private var emoticons = Emoticons()
  /// Every spelling met (`Don't`, `don't`, `DON’T`) with its normalized form's id, so a token
  /// spelled as one before is not normalized again: its normalized form depends on its code
  /// units alone.
  @exclusivity(unchecked) private var surfaces = FormTable()
  @exclusivity(unchecked) private var surfaceTerms = RawBuffer<Int32>()
  /// Per spelling: whether it is long (`Token.isLong`).
  @exclusivity(unchecked) private var surfaceLong = RawBuffer<Bool>()
  /// Every piece of text met between spaces, with its ICU segments (`record(of:in:)`).
  @exclusivity(unchecked) private var pieces = PieceCache()
  /// The segments of the piece being read when it is too long to cache.
  @exclusivity(unchecked) private var longSegments: [(start: Int, end: Int, kind: UInt8)] = []

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
    pieces.free()
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
    var turn = TurnState()
    emoticons.reset()
    do throws(ICU.Failure) {
      try sentenceBreaker.sentenceEndsInWindows(buffer, into: &sentenceEnds, scratch: &windowEnds)
      var pieces = Pieces(buffer)
      while let piece = pieces.next() {
        let offset = piece.lowerBound
        let record = try record(of: piece, in: buffer)
        if record >= 0 {
          for at in self.pieces.segments(of: record) {
            let segment = self.pieces.segment(at: at)
            if let made = try token(
              start: offset + segment.start, end: offset + segment.end, kind: segment.kind, known: segment.term,
              isLong: segment.isLong, in: buffer, excluding: excluded, sentenceEnds: sentenceEnds, turn: &turn,
              into: &tokens)
            {
              self.pieces.setTerm(at: at, made.term, isLong: made.isLong)
            }
          }
        } else {
          for segment in longSegments {
            _ = try token(
              start: offset + segment.start, end: offset + segment.end, kind: segment.kind, known: -1,
              isLong: false, in: buffer, excluding: excluded, sentenceEnds: sentenceEnds, turn: &turn,
              into: &tokens)
          }
        }
      }
    } catch {
      throw Self.failed(error)
    }
    return tokens
  }

  /// Where a turn's tokenizing stands between its segments.
  private struct TurnState {
    var sentence = 0
    var nextExcluded = 0
  }

  /// Appends the token of the segment `start..<end` of `buffer` to `tokens`, unless it lies
  /// in an emoticon already made or overlaps `excluded`. `known` is its surface's term when
  /// the piece cache has it (-1 when not); returns the term and `isLong` it worked out for
  /// the cache to keep, nil when there is nothing to keep.
  @inline(__always)
  private func token(
    start: Int, end segmentEnd: Int, kind rawKind: UInt8, known: Int32, isLong knownLong: Bool,
    in buffer: UnsafeBufferPointer<UInt16>, excluding excluded: [Range<Int>], sentenceEnds: [Int32],
    turn: inout TurnState, into tokens: inout [Token]
  ) throws(ICU.Failure) -> (term: Int32, isLong: Bool)? {
    // An emoticon (`:(`) spans several ICU segments: the first becomes the whole of it.
    let emoticonEnd = emoticons.token(at: start, in: buffer)
    if emoticonEnd == -1 { return nil }
    let end = emoticonEnd ?? segmentEnd
    while turn.sentence < sentenceEnds.count - 1, start >= Int(sentenceEnds[turn.sentence]) { turn.sentence += 1 }
    while turn.nextExcluded < excluded.count, excluded[turn.nextExcluded].upperBound <= start { turn.nextExcluded += 1 }
    if turn.nextExcluded < excluded.count, excluded[turn.nextExcluded].lowerBound < end { return nil }
    var term = known
    var isLong = knownLong
    var made: (term: Int32, isLong: Bool)?
    if term < 0 || emoticonEnd != nil {
      (term, isLong) = try surfaceTerm(UnsafeBufferPointer(rebasing: buffer[start..<end]))
      if emoticonEnd == nil { made = (term, isLong) }
    }
    tokens.append(Token(
      start: Int32(start), end: Int32(end),
      kind: emoticonEnd != nil || Emoticons.isEmoji(buffer[start]) ? .emoticon : Self.kind(rawKind),
      isLong: isLong, sentence: Int32(turn.sentence), term: term))
    return made
  }

  /// The token kind of an ICU segment kind's raw value (`ICU.SegmentKind`, whose values are
  /// the same as `TokenKind`'s), `.punctuation` for any other: a switch the loop inlines,
  /// where the two `rawValue` initializers were calls per token.
  @inline(__always)
  static func kind(_ raw: UInt8) -> TokenKind {
    switch raw {
    case 1: .word
    case 2: .number
    case 4: .symbol
    default: .punctuation
    }
  }

  /// The term and `isLong` of the spelling `surface`, normalizing it the first time it is met.
  private func surfaceTerm(_ surface: UnsafeBufferPointer<UInt16>) throws(ICU.Failure) -> (Int32, Bool) {
    let place = surfaces.find(surface)
    if place.id >= 0 { return (surfaceTerms[Int(place.id)], surfaceLong[Int(place.id)]) }
    let term = try normalizer.withNormalized(surface) { vocabulary.intern($0) }
    _ = surfaces.insert(surface, at: place)
    surfaceTerms.append(term)
    let isLong = Token.hasLetters(surface, atLeast: 7)
    surfaceLong.append(isLong)
    return (term, isLong)
  }

  /// The pieces of a turn: what lies between spaces (U+0020), cut only where a space run has
  /// ASCII on both sides, its trailing spaces left out (see `segments(of:in:)`).
  struct Pieces {
    private let text: UnsafeBufferPointer<UInt16>
    private var position = 0

    init(_ text: UnsafeBufferPointer<UInt16>) { self.text = text }

    mutating func next() -> Range<Int>? {
      let count = text.count
      while position < count {
        let pieceStart = position
        var spaceStart = -1
        while position < count {
          let unit = text[position]
          if unit == 0x20 {
            if spaceStart < 0 { spaceStart = position }
          } else if spaceStart >= 0 {
            if unit < 0x80 && (spaceStart == 0 || text[spaceStart - 1] < 0x80) { break }
            spaceStart = -1
          }
          position += 1
        }
        var end = position
        if spaceStart >= 0 && (spaceStart == 0 || text[spaceStart - 1] < 0x80) { end = spaceStart }
        if end > pieceStart { return pieceStart..<end }
      }
      return nil
    }
  }

  /// Calls `body` with each non-space word-break segment of `text` (UTF-16 start, end, kind),
  /// as ICU's word break iterator finds them over the whole of `text` (for tests: `tokenize`
  /// reads the same segments in place).
  func forEachSegment(_ text: UnsafeBufferPointer<UInt16>, _ body: (Int, Int, ICU.SegmentKind) -> Void) throws(ICU.Failure) {
    var pieces = Pieces(text)
    while let piece = pieces.next() {
      let offset = piece.lowerBound
      let record = try record(of: piece, in: text)
      let segments: [(start: Int, end: Int, kind: UInt8)] =
        record >= 0
        ? self.pieces.segments(of: record).map { at in
          let segment = self.pieces.segment(at: at)
          return (segment.start, segment.end, segment.kind)
        } : longSegments
      for segment in segments {
        body(offset + segment.start, offset + segment.end, ICU.SegmentKind(rawValue: segment.kind) ?? .punctuation)
      }
    }
  }

  /// The piece cache's record of the piece `range` of `text` (its segments' offsets are in
  /// the piece), asking ICU the first time the piece is met; -1 for a piece not cached (too
  /// long, or the cache full), whose segments are then in `longSegments`.
  ///
  /// ICU is asked once per distinct piece of text, not once per turn. UAX #29 always breaks
  /// around a run of spaces (no rule joins a space to the character after it but another
  /// space or a combining or format mark, WB3d and WB4, nor a character to a space after
  /// it), so a piece splits into the same segments alone as inside its turn. A cut is made
  /// only where both neighbours of the space run are ASCII, which keeps out every rule that
  /// looks across spaces (WB3d's other spaces, WB4's marks); elsewhere the piece goes on.
  /// Pieces repeat as words do: after a few sessions nearly every piece has been met.
  /// `TokenizerPieceTests` checks the segments against ICU's over whole texts.
  private func record(of range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) throws(ICU.Failure) -> Int {
    let piece = UnsafeBufferPointer(rebasing: text[range])
    if piece.count <= Self.longestCachedPiece {
      let place = pieces.find(piece)
      if place.record >= 0 { return place.record }
      if pieces.count < Self.mostCachedPieces {
        let record = pieces.begin(piece)
        do throws(ICU.Failure) {
          try wordBreaker.forEachSegment(piece) { start, end, kind in
            pieces.appendSegment(record, start: start, end: end, kind: kind.rawValue)
          }
        } catch {
          pieces.truncate(to: record)
          throw error
        }
        pieces.insert(record, at: place)
        return record
      }
    }
    longSegments.removeAll(keepingCapacity: true)
    try wordBreaker.forEachSegment(piece) { start, end, kind in longSegments.append((start, end, kind.rawValue)) }
    return -1
  }

  /// Pieces longer than this (code units) are not cached: URLs, runs of text without spaces.
  static let longestCachedPiece = 64
  /// The cache stops growing at this many pieces, so memory stays flat over any batch.
  static let mostCachedPieces = 1 << 17

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
