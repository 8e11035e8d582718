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
  /// Source byte offset of each UTF-16 code unit of `text`, then the total byte count.
  var byteOffsets: [Int32]

  /// The decoded text as a `String`, made on each call.
  ///
  /// - Complexity: O(n) in the length of the text.
  public var text: String { UTF16Text.string(units) }

  /// The byte offset in the source file of UTF-16 offset `utf16Offset` of `text`.
  public func byteOffset(ofUTF16 utf16Offset: Int) -> Int {
    Int(byteOffsets[min(utf16Offset, byteOffsets.count - 1)])
  }
}

/// Turns a file's bytes into text: a byte order mark wins (UTF-8, UTF-16, UTF-32), then
/// UTF-8 (also when a few byte sequences are invalid: they become U+FFFD and are counted in
/// `replacements`), then ICU's charset detector (Windows-1252, ISO-8859-1 and the rest), all
/// converted with ICU.
public enum TextDecoding {
  /// Decodes `bytes`; `encoding` forces a charset instead of detecting one.
  public static func decode(_ bytes: [UInt8], path: String, encoding forced: String? = nil) throws(RapportError) -> DecodedText {
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
    var valid = 0
    var invalid = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
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
      default: length = 0
      }
      var good = length > 0 && index + length <= count
      if good {
        for offset in 1..<length {
          let byte = bytes[index + offset]
          let (min, max) = offset == 1 ? (low, high) : (0x80, 0xBF)
          if byte < min || byte > max {
            good = false
            break
          }
        }
      }
      if good {
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
