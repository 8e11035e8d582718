/// Finds the 1-based line of a UTF-16 offset in a text (line breaks LF, CRLF, CR, U+2028,
/// as `PlainTextParser.lineSpans` counts them).
struct LineIndex {
  /// UTF-16 offset at which each line starts.
  private var starts: [Int] = [0]

  init(_ units: [UInt16]) {
    var index = 0
    while index < units.count {
      let unit = units[index]
      if unit == 0x0A || unit == 0x0D || unit == 0x2028 {
        if unit == 0x0D, index + 1 < units.count, units[index + 1] == 0x0A { index += 1 }
        starts.append(index + 1)
      }
      index += 1
    }
  }

  /// The 1-based line holding UTF-16 offset `offset`.
  ///
  /// - Complexity: O(log n) in the number of lines.
  func line(ofUTF16 offset: Int) -> Int {
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    return max(low, 1)
  }
}
