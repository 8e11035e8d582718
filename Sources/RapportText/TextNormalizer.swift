import RapportSupport

/// The one normalized form that text and lexicon entries meet in: NFKC with Unicode case
/// folding (ICU), then apostrophes, quotation marks and dashes unified, so `Don’t`, `DON'T`
/// and `ｄｏｎ＇ｔ` are all `don't`.
///
/// `Sendable` notes: not `Sendable`; it keeps scratch buffers, one per worker.
public final class TextNormalizer {
  @exclusivity(unchecked) private var scratch = [UInt16](repeating: 0, count: 256)

  public init() {}

  /// Normalizes `input` and passes the result to `body` without allocating for ASCII input.
  ///
  /// - Throws: ICU's failure, which for valid UTF-16 happens only when memory runs out.
  func withNormalized<R>(
    _ input: UnsafeBufferPointer<UInt16>, _ body: (UnsafeBufferPointer<UInt16>) -> R
  ) throws(ICU.Failure) -> R {
    if scratch.count < input.count { scratch = [UInt16](repeating: 0, count: input.count * 2) }
    if scratch.withUnsafeMutableBufferPointer({ Self.foldASCII(input, into: $0) }) {
      return scratch.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<input.count])) }
    }
    let written = try ICU.nfkcCasefold(input, into: &scratch)
    return scratch.withUnsafeMutableBufferPointer { units in
      for offset in 0..<written { units[offset] = Self.unify(units[offset]) }
      return body(UnsafeBufferPointer(rebasing: units[..<written]))
    }
  }

  /// Writes the normalized form of all-ASCII `input` into `output` (letters lowercased, a
  /// backtick as an apostrophe, as ICU and `unify` would); returns false, leaving `output`
  /// partly written, at the first non-ASCII code unit.
  private static func foldASCII(_ input: UnsafeBufferPointer<UInt16>, into output: UnsafeMutableBufferPointer<UInt16>) -> Bool {
    for offset in 0..<input.count {
      let unit = input[offset]
      guard unit < 0x80 else { return false }
      output[offset] = unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit == 0x60 ? 0x27 : unit
    }
    return true
  }

  /// The normalized form of `text` as a `String` (for lexicon entries and tests).
  ///
  /// - Throws: `RapportError` when ICU fails (`Tokenizer.failed`).
  package func normalize(_ text: String) throws(RapportError) -> String {
    let units = Array(text.utf16)
    do throws(ICU.Failure) {
      return try units.withUnsafeBufferPointer { (input) throws(ICU.Failure) in
        try withNormalized(input) { UTF16Text.string($0) }
      }
    } catch {
      throw Tokenizer.failed(error)
    }
  }

  /// Maps typographic apostrophes, quotes and dashes to their ASCII forms.
  package static func unify(_ unit: UInt16) -> UInt16 {
    switch unit {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4, 0xFF07: 0x27  // '
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: 0x22  // "
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: 0x2D  // -
    default: unit
    }
  }
}
