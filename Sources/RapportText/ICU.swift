internal import CRapportICU

/// The one place Rapport calls ICU. Every other file sees plain Swift values.
package enum ICU {
  /// An ICU status that is a failure, with ICU's name for it.
  package struct Failure: Error, CustomStringConvertible {
    var operation: String
    var status: Int32
    package var description: String {
      "\(operation) failed with ICU status \(String(cString: rapport_icu_error_name(status)))"
    }
  }

  static let bufferOverflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR

  static func check(_ status: Int32, _ operation: String) throws(Failure) {
    // ICU warnings are negative, errors positive; zero is success.
    if status > 0 { throw Failure(operation: operation, status: status) }
  }

  /// ICU's best guess at the charset of `bytes`, with its confidence (0–100).
  package static func detectCharset(_ bytes: [UInt8]) throws(Failure) -> (name: String, confidence: Int) {
    var name = [CChar](repeating: 0, count: 64)
    var confidence: Int32 = 0
    let status = bytes.withUnsafeBufferPointer { input in
      rapport_icu_detect_charset(
        input.baseAddress, Int32(input.count), &name, Int32(name.count), &confidence)
    }
    try check(status, "charset detection")
    let end = name.firstIndex(of: 0) ?? name.endIndex
    return (String(decoding: name[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self), Int(confidence))
  }

  /// Whether ICU has a converter named `charset`.
  package static func isKnownCharset(_ charset: String) -> Bool {
    rapport_icu_charset_known(charset) == 1
  }

  /// UTF-16 text converted from `bytes` in `charset`, with each code unit's source byte offset.
  package struct Converted {
    package var utf16: [UInt16]
    package var byteOffsets: [Int32]
    package var replacements: Int
  }

  package static func convertToUTF16(_ bytes: ArraySlice<UInt8>, charset: String) throws(Failure) -> Converted {
    // Single-byte charsets need one code unit per byte; multi-byte ones fewer. Retry once at
    // the size ICU reports if that was not enough.
    var capacity = max(bytes.count, 1)
    for _ in 0..<2 {
      var utf16 = [UInt16](repeating: 0, count: capacity)
      var offsets = [Int32](repeating: 0, count: capacity)
      var written: Int32 = 0
      var replacements: Int32 = 0
      let status = bytes.withUnsafeBufferPointer { input in
        rapport_icu_convert_to_utf16(
          charset, input.baseAddress, Int32(input.count), &utf16, &offsets, Int32(capacity),
          &written, &replacements)
      }
      if status == bufferOverflow {
        capacity = Int(written)
        continue
      }
      try check(status, "conversion from \(charset)")
      utf16.removeSubrange(Int(written)...)
      offsets.removeSubrange(Int(written)...)
      return Converted(utf16: utf16, byteOffsets: offsets, replacements: Int(replacements))
    }
    throw Failure(operation: "conversion from \(charset)", status: bufferOverflow)
  }

  /// Writes the NFKC-casefolded form of `input` into `output`, growing it if needed, and
  /// returns the number of code units written.
  static func nfkcCasefold(
    _ input: UnsafeBufferPointer<UInt16>, into output: inout [UInt16]
  ) throws(Failure) -> Int {
    for _ in 0..<2 {
      var written: Int32 = 0
      let capacity = output.count
      let status = output.withUnsafeMutableBufferPointer { out in
        rapport_icu_nfkc_casefold(
          input.baseAddress, Int32(input.count), out.baseAddress, Int32(capacity), &written)
      }
      if status == bufferOverflow {
        output = [UInt16](repeating: 0, count: Int(written) + 16)
        continue
      }
      try check(status, "NFKC case folding")
      return Int(written)
    }
    throw Failure(operation: "NFKC case folding", status: bufferOverflow)
  }

  /// Kinds of segment the word breaker reports (spaces are dropped).
  enum SegmentKind: UInt8 {
    case word = 1, number = 2, punctuation = 3, symbol = 4
  }

  /// What a BMP code unit is to sentence breaking (from ICU's `Sentence_Break` values):
  /// `candidate` where a sentence can end after it (ATerm, STerm, Sep, CR, LF; UAX #29's SB4
  /// and SB11 are the only rules that break) or a surrogate, left to ICU; `letter` for Lower,
  /// Upper and OLetter, where SB8's look-ahead stops.
  static let sentenceRoles: [UInt8] = {
    var classes = [UInt8](repeating: 0, count: 0x10000)
    classes.withUnsafeMutableBufferPointer { rapport_icu_sentence_break_classes($0.baseAddress) }
    return classes.indices.map { unit in
      if (0xD800...0xDFFF).contains(unit) { return sentenceCandidate }
      switch classes[unit] {
      case 1, 7, 9, 11, 13: return sentenceCandidate  // ATerm, Sep, STerm, CR, LF
      case 4, 6, 10: return sentenceLetter  // Lower, OLetter, Upper
      default: return 0
      }
    }
  }()
  static let sentenceCandidate: UInt8 = 1
  static let sentenceLetter: UInt8 = 2

  /// An ICU break iterator, owned by one worker.
  ///
  /// `Sendable` notes: not `Sendable`. A break iterator keeps the text it was last given and
  /// its position; each worker opens its own instead of sharing one.
  final class BreakIterator {
    enum Kind { case word, sentence }
    private let handle: OpaquePointer
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var kinds: [UInt8] = []

    init(_ kind: Kind) throws(Failure) {
      var status: Int32 = 0
      let code = kind == .word ? Int32(RAPPORT_BREAK_WORD) : Int32(RAPPORT_BREAK_SENTENCE)
      guard let handle = rapport_icu_breaker_open(code, &status) else {
        throw Failure(operation: "opening a break iterator", status: status == 0 ? 1 : status)
      }
      self.handle = handle
    }

    deinit { rapport_icu_breaker_close(handle) }

    /// Calls `body` with each non-space word-break segment of `text`: UTF-16 start, end, kind.
    func forEachSegment(
      _ text: UnsafeBufferPointer<UInt16>, _ body: (Int, Int, SegmentKind) -> Void
    ) throws(Failure) {
      var capacity = max(16, text.count / 2 + 1)
      while true {
        if starts.count < capacity {
          starts = [Int32](repeating: 0, count: capacity)
          ends = starts
          kinds = [UInt8](repeating: 0, count: capacity)
        }
        let available = starts.count
        let found = rapport_icu_words(
          handle, text.baseAddress, Int32(text.count), &starts, &ends, &kinds, Int32(available))
        if found < 0 { throw Failure(operation: "word breaking", status: -found) }
        if Int(found) > available {
          capacity = Int(found)
          continue
        }
        // Local copies (no copying: the buffers are shared) so the loop reads no class storage.
        let (starts, ends, kinds) = (self.starts, self.ends, self.kinds)
        for i in 0..<Int(found) {
          body(Int(starts[i]), Int(ends[i]), SegmentKind(rawValue: kinds[i]) ?? .punctuation)
        }
        return
      }
    }

    /// The offsets at which sentences end in `text`, the last being its length.
    func sentenceEnds(_ text: UnsafeBufferPointer<UInt16>) throws(Failure) -> [Int] {
      var ends: [Int32] = []
      try sentenceEnds(text, into: &ends)
      return ends.map(Int.init)
    }

    /// `sentenceEnds(_:into:)`, with ICU walking only windows of `text` around the characters
    /// a sentence can end after, not every character between them.
    ///
    /// A window runs from the start of the piece (text after a space, as the tokenizer's
    /// pieces: an ASCII character after U+0020) that holds such a character to just past the
    /// first letter after it. From such a start ICU's rules begin as at the start of a text:
    /// its first character ends any terminator run before the space, so only boundaries up to
    /// the window's first terminator could differ, and none is taken from there (any boundary
    /// there belongs to an earlier window). Past the letter nothing decides a boundary inside
    /// the window: a boundary needs a terminator or separator before it, and SB8's look-ahead
    /// stops at the first letter. A terminator with no piece start between it and the window
    /// before joins that window, so text without spaces (`a.b.c.…`) is one window, walked
    /// once. The turn's last boundary is its end (SB2). `TokenizerSentenceTests` holds the
    /// windows to a walk over every character.
    func sentenceEndsInWindows(_ text: UnsafeBufferPointer<UInt16>, into ends: inout [Int32], scratch: inout [Int32]) throws(Failure) {
      ends.removeAll(keepingCapacity: true)
      let count = text.count
      guard count > 0 else { return }
      // The open window and its first terminator; `windowStart` is -1 when none is open.
      var windowStart = -1
      var windowEnd = 0
      var firstTerminator = 0
      func flush() throws(Failure) {
        try sentenceEnds(UnsafeBufferPointer(rebasing: text[windowStart..<windowEnd]), into: &scratch)
        for boundary in scratch {
          let at = windowStart + Int(boundary)
          if at > firstTerminator && (at < windowEnd || windowEnd == count) { ends.append(Int32(at)) }
        }
      }
      try ICU.sentenceRoles.withUnsafeBufferPointer { (roles) throws(Failure) in
        var position = 0
        while position < count {
          while position < count && roles[Int(text[position])] != ICU.sentenceCandidate { position += 1 }
          guard position < count else { break }
          // A piece start at or before the terminator, looked for back to the open window only.
          var start = position
          while start > windowEnd && !(text[start - 1] == 0x20 && text[start] != 0x20 && text[start] < 0x80) { start -= 1 }
          let clean = start == 0 || (text[start - 1] == 0x20 && text[start] != 0x20 && text[start] < 0x80)
          var end = position + 1
          while end < count && roles[Int(text[end])] != ICU.sentenceLetter { end += 1 }
          end = min(end + 1, count)
          if windowStart >= 0 && !(clean && start >= windowEnd) {
            windowEnd = max(windowEnd, end)
          } else {
            if windowStart >= 0 { try flush() }
            windowStart = start
            windowEnd = end
            firstTerminator = position
          }
          position = end
        }
      }
      if windowStart >= 0 { try flush() }
      if ends.last != Int32(count) { ends.append(Int32(count)) }
    }

    /// Replaces the contents of `ends` with the offsets at which sentences end in `text`, the
    /// last being its length; `ends` keeps its capacity, so a caller reusing it allocates only
    /// for a text with more sentences than any before.
    func sentenceEnds(_ text: UnsafeBufferPointer<UInt16>, into ends: inout [Int32]) throws(Failure) {
      var capacity = max(16, ends.capacity)
      while true {
        ends.removeAll(keepingCapacity: true)
        ends.append(contentsOf: repeatElement(0, count: capacity))
        let found = ends.withUnsafeMutableBufferPointer { boundaries in
          rapport_icu_sentences(handle, text.baseAddress, Int32(text.count), boundaries.baseAddress, Int32(capacity))
        }
        if found < 0 { throw Failure(operation: "sentence breaking", status: -found) }
        if Int(found) > capacity {
          capacity = Int(found)
          continue
        }
        ends.removeSubrange(Int(found)...)
        return
      }
    }
  }
}
