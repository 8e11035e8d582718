import Foundation

/// Fixed rounding for every number Rapport writes, so outputs are byte-identical across runs.
public enum Rounding {
  /// Decimal places kept in outputs.
  public static let places = 4

  /// `value` rounded half-to-even to `places` decimals; negative zero becomes zero.
  public static func round(_ value: Double) -> Double {
    let scale = 10_000.0
    let rounded = (value * scale).rounded(.toNearestOrEven) / scale
    return rounded == 0 ? 0 : rounded
  }

  /// `value` rounded and written as XML and CSV write numbers: integers bare (`12`), others
  /// with at most four decimals and never in exponent form (`0.0001`, `7.5829`).
  public static func text(_ value: Double) -> String {
    let rounded = round(value)
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    let shortest = String(rounded)
    // Bytes, not Foundation's `contains`: `String(Double)` is ASCII.
    guard shortest.utf8.contains(UInt8(ascii: "e")) else { return shortest }
    var fixed = String(format: "%.4f", rounded)
    while fixed.hasSuffix("0") { fixed.removeLast() }
    if fixed.hasSuffix(".") { fixed.removeLast() }
    return fixed
  }

  /// A percentage `part / whole * 100`, or nil when `whole` is zero.
  package static func percent(_ part: Int, of whole: Int) -> Double? {
    whole > 0 ? Double(part) * 100 / Double(whole) : nil
  }
}
