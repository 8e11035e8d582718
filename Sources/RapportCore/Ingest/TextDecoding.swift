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

/// Turns a file's bytes into text: a byte order mark wins, then valid UTF-8, then ICU's
/// charset detector (Windows-1252, ISO-8859-1 and the rest), all converted with ICU.
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
    if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
    if String(validating: bytes, as: UTF8.self) != nil { return ("UTF-8", 0) }
    do {
      let guess = try ICU.detectCharset(bytes)
      return (guess.name, 0)
    } catch {
      throw RapportError(
        .input, file: path, problem: "cannot tell which encoding the file uses (\(error))",
        remedy: "Save it as UTF-8, or name its encoding with --encoding")
    }
  }
}
