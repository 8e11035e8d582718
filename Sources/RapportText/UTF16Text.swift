/// Strings made from UTF-16 code units, in one place.
///
/// Why not `UTF16Text.string(units)`: on Linux that initializer goes through
/// the generic, unspecialized code path for an `Array` or `ArraySlice` of `UInt16`, which
/// parses scalar by scalar through witness tables and allocates; it was the largest cost of
/// reading a transcript. Here the code units are transcoded to UTF-8 straight into the new
/// string's storage: one allocation per string, none for strings of 15 UTF-8 bytes or fewer.
///
/// The result equals `UTF16Text.string(units)` for every input: an unpaired
/// surrogate becomes U+FFFD, as the standard library's repair does.
package enum UTF16Text {
  /// The string of `units`.
  ///
  /// - Complexity: O(n), two passes over `units`.
  package static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
    let length = utf8Length(units)
    if length == units.count {
      // All ASCII: one byte per code unit.
      return String(unsafeUninitializedCapacity: length) { bytes in
        for index in 0..<length { bytes[index] = UInt8(truncatingIfNeeded: units[index]) }
        return length
      }
    }
    return String(unsafeUninitializedCapacity: length) { bytes in
      var written = 0
      forEachScalar(units) { scalar in
        written += encode(scalar, into: bytes, at: written)
      }
      return written
    }
  }

  /// The string of `units`.
  package static func string(_ units: ArraySlice<UInt16>) -> String {
    units.withUnsafeBufferPointer { string($0) }
  }

  /// The string of `units`.
  package static func string(_ units: [UInt16]) -> String {
    units.withUnsafeBufferPointer { string($0) }
  }

  /// The string of `units`.
  package static func string(_ units: ContiguousArray<UInt16>) -> String {
    units.withUnsafeBufferPointer { string($0) }
  }

  /// Bytes the UTF-8 form of `units` takes (unpaired surrogates as U+FFFD: three bytes).
  private static func utf8Length(_ units: UnsafeBufferPointer<UInt16>) -> Int {
    var length = 0
    var index = 0
    while index < units.count {
      let unit = units[index]
      if unit < 0x80 {
        length += 1
      } else if unit < 0x800 {
        length += 2
      } else if isLead(unit), index + 1 < units.count, isTrail(units[index + 1]) {
        length += 4
        index += 1
      } else {
        length += 3
      }
      index += 1
    }
    return length
  }

  /// Calls `body` with each scalar of `units`, U+FFFD for an unpaired surrogate.
  @inline(__always)
  private static func forEachScalar(_ units: UnsafeBufferPointer<UInt16>, _ body: (UInt32) -> Void) {
    var index = 0
    while index < units.count {
      let unit = units[index]
      if isLead(unit), index + 1 < units.count, isTrail(units[index + 1]) {
        body(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00))
        index += 2
        continue
      }
      body(unit >= 0xD800 && unit <= 0xDFFF ? 0xFFFD : UInt32(unit))
      index += 1
    }
  }

  /// Writes the UTF-8 bytes of `scalar` at `offset`; returns how many.
  @inline(__always)
  private static func encode(_ scalar: UInt32, into bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
    switch scalar {
    case ..<0x80:
      bytes[offset] = UInt8(scalar)
      return 1
    case ..<0x800:
      bytes[offset] = UInt8(0xC0 | (scalar >> 6))
      bytes[offset + 1] = UInt8(0x80 | (scalar & 0x3F))
      return 2
    case ..<0x10000:
      bytes[offset] = UInt8(0xE0 | (scalar >> 12))
      bytes[offset + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
      bytes[offset + 2] = UInt8(0x80 | (scalar & 0x3F))
      return 3
    default:
      bytes[offset] = UInt8(0xF0 | (scalar >> 18))
      bytes[offset + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
      bytes[offset + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
      bytes[offset + 3] = UInt8(0x80 | (scalar & 0x3F))
      return 4
    }
  }

  @inline(__always) private static func isLead(_ unit: UInt16) -> Bool { unit & 0xFC00 == 0xD800 }
  @inline(__always) private static func isTrail(_ unit: UInt16) -> Bool { unit & 0xFC00 == 0xDC00 }
}
