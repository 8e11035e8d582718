import Foundation

/// Writes values as JSON with sorted keys and two-space indentation, so the same value always
/// gives the same bytes.
public enum JSONOutput {
  public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    var bytes = [UInt8](try encoder.encode(value))
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  /// Appends `text` as a JSON string escaped as `JSONEncoder` escapes it with
  /// `.withoutEscapingSlashes`: `"` and `\`, the five control characters with short escapes
  /// (`\b \t \n \f \r`), the other controls as `\u00xx`; everything else as its UTF-8. For
  /// the writers that build JSON by hand where `JSONEncoder` was too slow or too large.
  package static func appendString(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    for unit in text.utf8 {
      switch unit {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(unit)
      case 0x08: bytes += #"\b"#.utf8
      case 0x09: bytes += #"\t"#.utf8
      case 0x0A: bytes += #"\n"#.utf8
      case 0x0C: bytes += #"\f"#.utf8
      case 0x0D: bytes += #"\r"#.utf8
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes += #"\u00"#.utf8
        bytes.append(hex[Int(unit >> 4)])
        bytes.append(hex[Int(unit & 0xF)])
      default:
        bytes.append(unit)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
