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
  /// Every piece of text met between spaces (`segments(of:in:)`), with its ICU segments:
  /// piece `i` has segments `pieceBounds[i]..<pieceBounds[i + 1]` of `pieceSegments`.
  /// (-1 before).
  @exclusivity(unchecked) private var pieces = FormTable()
  @exclusivity(unchecked) private var pieceBounds = RawBuffer<Int32>(repeating: 0, count: 1)
  @exclusivity(unchecked) private var pieceSegments = RawBuffer<PieceSegment>()
  /// Segments of cached pieces; those after them belong to the piece being read, not cached.
  @exclusivity(unchecked) private var cachedSlots = 0

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
    pieceBounds.free()
    pieceSegments.free()
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
        let slots = try segments(of: piece, in: buffer)
        for slot in slots {
          try token(slot: slot, offset: piece.lowerBound, in: buffer, excluding: excluded,
                    sentenceEnds: sentenceEnds, turn: &turn, into: &tokens)
        }
        if slots.upperBound > cachedSlots { truncateSegments(to: cachedSlots) }
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

  /// Appends the token of segment `slot` of a piece at `offset` of `buffer` to `tokens`,
  /// unless it lies in an emoticon already made or overlaps `excluded`.
  @inline(__always)
  private func token(
    slot: Int, offset: Int, in buffer: UnsafeBufferPointer<UInt16>, excluding excluded: [Range<Int>],
    sentenceEnds: [Int32], turn: inout TurnState, into tokens: inout [Token]
  ) throws(ICU.Failure) {
    let segment = pieceSegments[slot]
    let start = offset + Int(segment.start)
    // An emoticon (`:(`) spans several ICU segments: the first becomes the whole of it.
    let emoticonEnd = emoticons.token(at: start, in: buffer)
    if emoticonEnd == -1 { return }
    let end = emoticonEnd ?? offset + Int(segment.end)
    while turn.sentence < sentenceEnds.count - 1, start >= Int(sentenceEnds[turn.sentence]) { turn.sentence += 1 }
    while turn.nextExcluded < excluded.count, excluded[turn.nextExcluded].upperBound <= start { turn.nextExcluded += 1 }
    if turn.nextExcluded < excluded.count, excluded[turn.nextExcluded].lowerBound < end { return }
    var term = segment.term
    var isLong = segment.isLong
    if term < 0 || emoticonEnd != nil {
      (term, isLong) = try surfaceTerm(UnsafeBufferPointer(rebasing: buffer[start..<end]))
      if emoticonEnd == nil {
        pieceSegments[slot].term = term
        pieceSegments[slot].isLong = isLong
      }
    }
    let kind = ICU.SegmentKind(rawValue: segment.kind) ?? .punctuation
    tokens.append(Token(
      start: Int32(start), end: Int32(end),
      kind: emoticonEnd != nil || Emoticons.isEmoji(buffer[start])
        ? .emoticon : TokenKind(rawValue: kind.rawValue) ?? .punctuation,
      isLong: isLong, sentence: Int32(turn.sentence), term: term))
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
      let slots = try segments(of: piece, in: text)
      for slot in slots {
        let segment = pieceSegments[slot]
        body(piece.lowerBound + Int(segment.start), piece.lowerBound + Int(segment.end),
             ICU.SegmentKind(rawValue: segment.kind) ?? .punctuation)
      }
      if slots.upperBound > cachedSlots { truncateSegments(to: cachedSlots) }
    }
  }

  /// The segment slots of the piece `range` of `text` (offsets in the piece), from the piece
  /// cache or, the first time the piece is met, from ICU. Slots at or past `cachedSlots` hold
  /// a piece not cached (too long, or the cache full), to be dropped once read.
  ///
  /// ICU is asked once per distinct piece of text, not once per turn. UAX #29 always breaks
  /// around a run of spaces (no rule joins a space to the character after it but another
  /// space or a combining or format mark, WB3d and WB4, nor a character to a space after
  /// it), so a piece splits into the same segments alone as inside its turn. A cut is made
  /// only where both neighbours of the space run are ASCII, which keeps out every rule that
  /// looks across spaces (WB3d's other spaces, WB4's marks); elsewhere the piece goes on.
  /// Pieces repeat as words do: after a few sessions nearly every piece has been met.
  /// `TokenizerPieceTests` checks the segments against ICU's over whole texts.
  private func segments(of range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) throws(ICU.Failure) -> Range<Int> {
    let piece = UnsafeBufferPointer(rebasing: text[range])
    let cacheable = piece.count <= Self.longestCachedPiece
    var place = FormTable.Place(id: -1, hash: 0, slot: 0)
    if cacheable {
      place = pieces.find(piece)
      if place.id >= 0 { return Int(pieceBounds[Int(place.id)])..<Int(pieceBounds[Int(place.id) + 1]) }
    }
    let first = pieceSegments.count
    try wordBreaker.forEachSegment(piece) { start, end, kind in
      pieceSegments.append(PieceSegment(start: Int32(start), end: Int32(end), term: -1, kind: kind.rawValue, isLong: false))
    }
    if cacheable && pieces.count < Self.mostCachedPieces {
      _ = pieces.insert(piece, at: place)
      pieceBounds.append(Int32(pieceSegments.count))
      cachedSlots = pieceSegments.count
    }
    return first..<pieceSegments.count
  }

  /// Drops the segments of a piece that was not cached.
  private func truncateSegments(to count: Int) {
    pieceSegments.removeLast(pieceSegments.count - count)
  }

  /// One ICU segment of a cached piece: its offsets in the piece and kind, and the term and
  /// `isLong` of its surface once a token has been made of it (term -1 before). One value,
  /// so a token reads one cache line of the cache.
  private struct PieceSegment {
    var start: Int32
    var end: Int32
    var term: Int32
    var kind: UInt8
    var isLong: Bool
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
