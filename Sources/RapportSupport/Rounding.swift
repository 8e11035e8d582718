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
    if abs(rounded) < fixedLimit { return fixedText(rounded) }
    let shortest = String(rounded)
    // Bytes, not Foundation's `contains`: `String(Double)` is ASCII.
    guard shortest.utf8.contains(UInt8(ascii: "e")) else { return shortest }
    var fixed = String(format: "%.4f", rounded)
    while fixed.hasSuffix("0") { fixed.removeLast() }
    if fixed.hasSuffix(".") { fixed.removeLast() }
    return fixed
  }

  /// Under this magnitude a rounded value's shortest decimal is its four decimals without
  /// their trailing zeros: a double's spacing there (at most 1.5e-5) is far below the 1e-4
  /// between two such decimals, so no other decimal of as few digits reads back as it.
  static let fixedLimit = 1e11

  /// `rounded` (`round`'s result, not a whole number, under `fixedLimit` in magnitude) as
  /// `String(rounded)` writes it, from its digits: the shortest-digits algorithm was the
  /// cost of every number in the tables. `SummaryRoundingTests` holds the two equal.
  static func fixedText(_ rounded: Double) -> String {
    withFixedDigits(rounded) { String(decoding: $0, as: UTF8.self) }
  }

  /// Appends the bytes of `text(value)` to `bytes` when it is a whole number or has four
  /// decimals under `fixedLimit` (every number of the tables, nearly), without making the
  /// string; returns false, appending nothing, for any other value.
  package static func appendText(_ value: Double, to bytes: inout [UInt8]) -> Bool {
    let rounded = round(value)
    if rounded == rounded.rounded(), abs(rounded) < 1e15 {
      CSVTable.append(Int(rounded), to: &bytes)
      return true
    }
    guard abs(rounded) < fixedLimit else { return false }
    withFixedDigits(rounded) { bytes.append(contentsOf: $0) }
    return true
  }

  /// Calls `body` with the digits `fixedText` writes for `rounded`.
  private static func withFixedDigits<R>(_ rounded: Double, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let scaled = Int((rounded.magnitude * 10_000).rounded())
    var fraction = scaled % 10_000
    var places = 4
    while fraction % 10 == 0 {
      fraction /= 10
      places -= 1
    }
    var whole = scaled / 10_000
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      // Written backwards from the end: fraction digits, the point, whole digits, the sign.
      var at = buffer.count
      for _ in 0..<places {
        at -= 1
        buffer[at] = UInt8(ascii: "0") + UInt8(fraction % 10)
        fraction /= 10
      }
      at -= 1
      buffer[at] = UInt8(ascii: ".")
      repeat {
        at -= 1
        buffer[at] = UInt8(ascii: "0") + UInt8(whole % 10)
        whole /= 10
      } while whole > 0
      if rounded < 0 {
        at -= 1
        buffer[at] = UInt8(ascii: "-")
      }
      return body(UnsafeBufferPointer(rebasing: buffer[at...]))
    }
  }

  /// A percentage `part / whole * 100`, or nil when `whole` is zero.
  package static func percent(_ part: Int, of whole: Int) -> Double? {
    whole > 0 ? Double(part) * 100 / Double(whole) : nil
  }
}
