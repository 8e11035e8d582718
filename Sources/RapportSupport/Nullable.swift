/// A value that JSON writes as `null` when absent instead of leaving its key out, so every
/// session file has the same keys and a missing indicator reads as `null`, not as a gap.
///
/// Decoding requires the key to be present (with a value or `null`), which keeps round-trip
/// tests strict.
@propertyWrapper
public struct Nullable<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
  public var wrappedValue: Value?

  /// Wraps `wrappedValue`.
  public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

  /// Reads a value or `null`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
  }

  /// Writes the value, or `null` when there is none.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue {
      try container.encode(wrappedValue)
    } else {
      try container.encodeNil()
    }
  }
}
