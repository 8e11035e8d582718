/// A number kept at full precision and rounded only when written as JSON (`Rounding.round`),
/// `null` when absent; so values can be compared exactly in the library and outputs stay
/// byte-identical.
@propertyWrapper
public struct Rounded: Sendable, Hashable, Codable {
  public var wrappedValue: Double?

  /// Wraps `wrappedValue`.
  public init(wrappedValue: Double?) { self.wrappedValue = wrappedValue }

  /// Reads a number or `null`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    wrappedValue = container.decodeNil() ? nil : try container.decode(Double.self)
  }

  /// Writes the value rounded, or `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue {
      try container.encode(Rounding.round(wrappedValue))
    } else {
      try container.encodeNil()
    }
  }
}
