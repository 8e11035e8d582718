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
}
