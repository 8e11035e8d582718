import RapportSupport
import RapportText

/// Text decoded from a file's bytes, with the way back from text offsets to bytes.
///
/// The text is kept as the UTF-16 code units ICU produced, decoded once: parsers read `units`
/// and make `String`s only for the parts they keep (a turn's words, a label).
public struct DecodedText: Sendable {
  /// The decoded text as UTF-16 code units.
  public var units: [UInt16]
  /// ICU's name of the charset used.
  public var encoding: String
  public var hadByteOrderMark: Bool
  /// Undecodable byte sequences, each replaced by U+FFFD.
  public var replacements: Int
  /// Source byte offset of each UTF-16 code unit of `text`, then the total byte count; empty
  /// for valid UTF-8, whose offsets follow from `checkpoints` and the units.
  var byteOffsets: [Int32]
  /// The file's bytes when they are valid UTF-8 that `units` were decoded from one to one
  /// (nil for any other charset): a parser makes a turn's `String` from the bytes of a single
  /// line by copying them rather than transcoding `units`.
  var validUTF8: [UInt8]? = nil
  /// For valid UTF-8, the byte offset of every `checkpointSpacing`-th code unit: writing an
  /// offset for every unit cost twice as much as decoding, and a parser asks for two a turn.
  var checkpoints: [Int32] = []
  static let checkpointSpacing = 16

  /// The decoded text as a `String`, made on each call.
  ///
  /// - Complexity: O(n) in the length of the text.
  public var text: String { UTF16Text.string(units) }

  /// The byte offset in the source file of UTF-16 offset `utf16Offset` of `text`.
  public func byteOffset(ofUTF16 utf16Offset: Int) -> Int {
    guard let bytes = validUTF8 else { return Int(byteOffsets[min(utf16Offset, byteOffsets.count - 1)]) }
    guard utf16Offset < units.count else { return bytes.count }
    // From the checkpoint before it, add each unit's share of bytes: a lead surrogate none
    // and its trail four, so a trail's offset is its pair's, as ICU gives it.
    let checkpoint = utf16Offset / Self.checkpointSpacing
    var offset = Int(checkpoints[checkpoint])
    units.withUnsafeBufferPointer { units in
      for index in (checkpoint * Self.checkpointSpacing)..<utf16Offset {
        let unit = units[index]
        offset += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit & 0xFC00 == 0xD800 ? 0 : unit & 0xFC00 == 0xDC00 ? 4 : 3
      }
    }
    return offset
  }
}

/// Turns a file's bytes into text: a byte order mark wins (UTF-8, UTF-16, UTF-32), then
/// UTF-8 (also when a few byte sequences are invalid: they become U+FFFD and are counted in
/// `replacements`), then ICU's charset detector (Windows-1252, ISO-8859-1 and the rest), all
/// converted with ICU.
public enum TextDecoding {
  /// Decodes `bytes`; `encoding` forces a charset instead of detecting one.
  public static func decode(_ bytes: [UInt8], path: String, encoding forced: String? = nil) throws(RapportError) -> DecodedText {
    // Most transcripts are valid UTF-8: decoded here in the pass that checks them, instead of
    // a check by `isMostlyUTF8` and then a conversion by ICU (same units, same offsets).
    if let fast = validUTF8(bytes, forced: forced) { return fast }
    let (charset, bomLength) = try chooseCharset(bytes, path: path, forced: forced)
    let body = bytes[bomLength...]
    let converted: ICU.Converted
    do {
      converted = try ICU.convertToUTF16(body, charset: charset)
    } catch {
      throw RapportError(
        .input, file: path, problem: "cannot decode the file as \(charset) (\(error))",
        remedy: "Save it as UTF-8, or name its encoding with --encoding")
    }
    var offsets = converted.byteOffsets
    if bomLength > 0 {
      for index in offsets.indices { offsets[index] += Int32(bomLength) }
    }
    offsets.append(Int32(bytes.count))
    return DecodedText(
      units: converted.utf16, encoding: charset,
      hadByteOrderMark: bomLength > 0, replacements: converted.replacements, byteOffsets: offsets)
  }

  /// The text of `bytes` when they are to be read as UTF-8 (no encoding forced, or UTF-8
  /// forced; no byte order mark but UTF-8's) and are entirely valid UTF-8; nil otherwise, and
  /// the charset is chosen as usual.
  static func validUTF8(_ bytes: [UInt8], forced: String?) -> DecodedText? {
    var bomLength = 0
    if let forced {
      guard forced == "UTF-8" else { return nil }
    } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bomLength = 3
    } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      return nil
    }
    guard let (units, checkpoints) = decodeValidUTF8(bytes, from: bomLength) else { return nil }
    return DecodedText(
      units: units, encoding: "UTF-8", hadByteOrderMark: bomLength > 0, replacements: 0, byteOffsets: [],
      validUTF8: bytes, checkpoints: checkpoints)
  }

  /// The UTF-16 code units of `bytes[start...]` and the byte offset at which the character of
  /// every `DecodedText.checkpointSpacing`-th unit starts (both units of a surrogate pair have
  /// the offset of its four bytes, as `ICU.convertToUTF16` gives them for UTF-8); nil at the
  /// first byte that does not start a valid UTF-8 sequence (the same rules as `isMostlyUTF8`:
  /// no overlong forms, no surrogates, nothing past U+10FFFF).
  ///
  /// - Complexity: O(n), one pass.
  static func decodeValidUTF8(_ bytes: [UInt8], from start: Int) -> (units: [UInt16], checkpoints: [Int32])? {
    // ICU's offsets are `Int32`s; a longer text is left to it.
    guard bytes.count < Int(Int32.max) else { return nil }
    // Valid UTF-8 never needs more code units than it has bytes.
    let capacity = bytes.count - start
    var produced = -1
    var units: [UInt16] = []
    let checkpoints = [Int32](unsafeUninitializedCapacity: capacity / DecodedText.checkpointSpacing + 1) { marks, markCount in
      units = [UInt16](unsafeUninitializedCapacity: capacity) { unitBuffer, unitCount in
        produced = bytes.withUnsafeBufferPointer { input in
          decodeValidUTF8(input, from: start, into: unitBuffer, checkpoints: marks)
        }
        unitCount = max(produced, 0)
      }
      markCount = produced > 0 ? (produced - 1) / DecodedText.checkpointSpacing + 1 : 0
    }
    guard produced >= 0 else { return nil }
    return (units, checkpoints)
  }

  /// Writes the code units of `input[start...]` into `units` and the offsets of every
  /// `DecodedText.checkpointSpacing`-th into `checkpoints`; returns how many units, or -1 at
  /// the first invalid byte.
  private static func decodeValidUTF8(
    _ input: UnsafeBufferPointer<UInt8>, from start: Int, into units: UnsafeMutableBufferPointer<UInt16>,
    checkpoints: UnsafeMutableBufferPointer<Int32>
  ) -> Int {
    let count = input.count
    guard let base = input.baseAddress, let unitBase = units.baseAddress, let marks = checkpoints.baseAddress else { return 0 }
    let spacing = DecodedText.checkpointSpacing
    var index = start
    var out = 0
    // (Offsets fit in an `Int32`: the caller checked the length.)
    while index < count {
      // Eight ASCII bytes at a time (most of a transcript): no byte has its high bit set.
      if index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        // The checkpoint among these eight units, if one is: a unit per byte.
        let next = (out + spacing - 1) / spacing * spacing
        if next < out + 8 { marks[next / spacing] = Int32(truncatingIfNeeded: index + next - out) }
        for lane in 0..<8 { unitBase[out + lane] = UInt16(base[index + lane]) }
        index += 8
        out += 8
        continue
      }
      let lead = base[index]
      if lead < 0x80 {
        if out % spacing == 0 { marks[out / spacing] = Int32(truncatingIfNeeded: index) }
        unitBase[out] = UInt16(lead)
        index += 1
        out += 1
        continue
      }
      guard let (scalar, length) = sequence(input, at: index, lead: lead) else { return -1 }
      if scalar >= 0x10000 {
        // A checkpoint at either unit of the pair is the pair's offset.
        if out % spacing == 0 || (out + 1) % spacing == 0 { marks[(out + 1) / spacing] = Int32(truncatingIfNeeded: index) }
        let value = scalar - 0x10000
        unitBase[out] = UInt16(0xD800 + (value >> 10))
        unitBase[out + 1] = UInt16(0xDC00 + (value & 0x3FF))
        out += 2
      } else {
        if out % spacing == 0 { marks[out / spacing] = Int32(truncatingIfNeeded: index) }
        unitBase[out] = UInt16(scalar)
        out += 1
      }
      index += length
    }
    return out
  }

  /// The scalar and length of the multi-byte UTF-8 sequence led by `lead` at `index`, or nil
  /// when it is not valid.
  @inline(__always)
  private static func sequence(_ input: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8) -> (UInt32, Int)? {
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default: return nil
    }
    guard index + length <= input.count else { return nil }
    let second = input[index + 1]
    guard second >= low, second <= high else { return nil }
    var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    scalar = scalar << 6 | UInt32(second & 0x3F)
    for offset in 2..<length {
      let byte = input[index + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      scalar = scalar << 6 | UInt32(byte & 0x3F)
    }
    return (scalar, length)
  }

  private static func chooseCharset(_ bytes: [UInt8], path: String, forced: String?) throws(RapportError) -> (String, Int) {
    if let forced {
      guard ICU.isKnownCharset(forced) else {
        throw RapportError(
          .configuration, problem: "ICU does not know the encoding '\(forced)'",
          remedy: "Use a name such as UTF-8, UTF-16LE, windows-1252 or ISO-8859-1")
      }
      return (forced, 0)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
    // UTF-32LE's mark begins with UTF-16LE's, so it is tested first.
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
    if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
    if isMostlyUTF8(bytes) { return ("UTF-8", 0) }
    do {
      let guess = try ICU.detectCharset(bytes)
      return (guess.name, 0)
    } catch {
      throw RapportError(
        .input, file: path, problem: "cannot tell which encoding the file uses (\(error))",
        remedy: "Save it as UTF-8, or name its encoding with --encoding")
    }
  }

  /// Whether `bytes` are UTF-8, allowing a few invalid sequences: valid multi-byte sequences
  /// are at least as many as invalid bytes (a file cut mid-character, a stray byte). A single-byte charset
  /// (Windows-1252 `fühle`) almost never forms valid multi-byte UTF-8, so it goes to the
  /// detector.
  ///
  /// - Complexity: O(n), one pass.
  static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { input in
      var valid = 0
      var invalid = 0
      var index = 0
      while index < input.count {
        let lead = input[index]
        if lead < 0x80 {
          index += 1
        } else if let (_, length) = sequence(input, at: index, lead: lead) {
          valid += 1
          index += length
        } else {
          invalid += 1
          index += 1
        }
      }
      return invalid == 0 || valid >= invalid
    }
  }
}
