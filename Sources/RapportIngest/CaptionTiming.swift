import RapportSupport
import RapportText

/// Cue timings of caption files: `00:01:02.500 --> 00:01:05.000` (WebVTT) and
/// `00:01:02,500 --> 00:01:05,000` (SRT), and the times in them.
enum CaptionTiming {
  /// The start and end of a timing line, in seconds; cue settings after the end time
  /// (`align:start`, SRT's `X1:…`) are ignored. Nil when the line is not a timing line.
  static func parse(_ line: ArraySlice<UInt16>) -> (start: Double, end: Double)? {
    parse(UTF16Text.string(line))
  }

  /// The start and end of a timing line, in seconds.
  static func parse(_ line: String) -> (start: Double, end: Double)? {
    guard let arrow = line.range(of: "-->") else { return nil }
    let before = line[..<arrow.lowerBound].trimmingWhitespace()
    let after = line[arrow.upperBound...].split(whereSeparator: \.isWhitespace)
    guard let endText = after.first, let start = seconds(before[...]), let end = seconds(endText) else { return nil }
    return (start, end)
  }

  /// Seconds in a time written `hh:mm:ss.ttt`, `mm:ss.ttt` or `hh:mm:ss,ttt` (the fraction
  /// optional, of any length).
  static func seconds(_ text: Substring) -> Double? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3 else { return nil }
    var whole = parts.last!
    var fraction: Substring = ""
    if let mark = whole.firstIndex(where: { $0 == "." || $0 == "," }) {
      fraction = whole[whole.index(after: mark)...]
      whole = whole[..<mark]
      guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
    }
    let fields = parts.dropLast() + [whole]
    guard fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }),
      fields.dropFirst().allSatisfy({ $0.count == 2 }), fields.count == 2 || fields[0].count <= 3
    else { return nil }
    let values = fields.map { Int($0)! }
    guard values.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
    var seconds = Double(values.reduce(0) { $0 * 60 + $1 })
    if !fraction.isEmpty { seconds += Double("0." + fraction)! }
    return seconds
  }

  /// `seconds` as `hh:mm:ss.ttt`, for messages.
  static func format(_ seconds: Double) -> String {
    let milliseconds = Int((seconds * 1000).rounded())
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let fraction = milliseconds % 1000
    let fractionText = fraction < 10 ? "00\(fraction)" : fraction < 100 ? "0\(fraction)" : "\(fraction)"
    return "\(two(milliseconds / 3_600_000)):\(two(milliseconds / 60_000 % 60)):\(two(milliseconds / 1000 % 60)).\(fractionText)"
  }

  /// Seconds written as a number (`12.5`) or a time (`00:00:12.5`); nil for anything else.
  static func secondsOrTime(_ text: String) -> Double? {
    let trimmed = text.trimmingWhitespace()
    if trimmed.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "." || $0 == "e" || $0 == "E" || $0 == "-" }),
      let value = Double(trimmed), value.isFinite, value >= 0
    {
      return value
    }
    return seconds(trimmed[...])
  }
}
