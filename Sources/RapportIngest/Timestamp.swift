/// Timestamps at the start of a transcript line: `[00:12:31]`, `00:12:31`, `(12:31)`,
/// `[1:02:03.5]`.
enum Timestamp {
  /// Parses a timestamp (and the spaces after it) off the front of `text`, returning its
  /// value in seconds; leaves `text` unchanged when there is none.
  static func parse(_ text: inout ArraySlice<UInt16>) -> Double? {
    var cursor = text.startIndex
    let open = cursor < text.endIndex ? text[cursor] : 0
    let closer: UInt16? =
      open == UInt16(ascii: "[") ? UInt16(ascii: "]") : open == UInt16(ascii: "(") ? UInt16(ascii: ")") : nil
    if closer != nil { cursor += 1 }

    var fields: [Int] = []
    while fields.count < 3 {
      var digits = 0
      var value = 0
      while cursor < text.endIndex, let digit = digitValue(text[cursor]), digits < 2 {
        value = value * 10 + digit
        digits += 1
        cursor += 1
      }
      guard digits > 0, fields.isEmpty || digits == 2 else { return nil }
      fields.append(value)
      guard cursor < text.endIndex, text[cursor] == UInt16(ascii: ":"), fields.count < 3 else { break }
      cursor += 1
    }
    guard fields.count >= 2, fields.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
    var seconds = Double(fields.reduce(0) { $0 * 60 + $1 })
    if cursor < text.endIndex, text[cursor] == UInt16(ascii: ".") || text[cursor] == UInt16(ascii: ",") {
      var scale = 0.1
      var fraction = cursor + 1
      while fraction < text.endIndex, let digit = digitValue(text[fraction]) {
        seconds += Double(digit) * scale
        scale /= 10
        fraction += 1
      }
      if fraction > cursor + 1 { cursor = fraction }
    }
    if let closer {
      guard cursor < text.endIndex, text[cursor] == closer else { return nil }
      cursor += 1
    }
    // A bare timestamp must be followed by a space, so "10:30: we met" is not taken for one.
    guard cursor == text.endIndex || PlainTextParser.isSpace(text[cursor]) || closer != nil else { return nil }
    while cursor < text.endIndex, PlainTextParser.isSpace(text[cursor]) { cursor += 1 }
    text = text[cursor...]
    return seconds
  }

  private static func digitValue(_ unit: UInt16) -> Int? {
    unit >= 0x30 && unit <= 0x39 ? Int(unit - 0x30) : nil
  }
}
