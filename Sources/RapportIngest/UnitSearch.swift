/// Finding one of three UTF-16 code units in a text quickly: the search for line breaks and
/// for the brackets that open transcription marks, which every code unit of a transcript
/// passes through.
///
/// Four code units are tested at once as the lanes of a `UInt64`: `v ^ pattern` has a zero lane
/// exactly where a unit equals the pattern's, and `(x - 0x0001…) & ~x & 0x8000…` is non-zero
/// exactly when `x` has a zero lane (the classic "has a zero byte" test, for 16-bit lanes).
enum UnitSearch {
  /// The first index from `start` at which `units` holds `a`, `b` or `c`; `units.count` if none.
  @inline(__always)
  static func firstIndex(
    of a: UInt16, _ b: UInt16, _ c: UInt16, in units: UnsafeBufferPointer<UInt16>, from start: Int
  ) -> Int {
    let count = units.count
    guard let base = units.baseAddress else { return count }
    let ones: UInt64 = 0x0001_0001_0001_0001
    let (wordA, wordB, wordC) = (UInt64(a) &* ones, UInt64(b) &* ones, UInt64(c) &* ones)
    var index = start
    while index + 4 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if hasZeroLane(word ^ wordA) || hasZeroLane(word ^ wordB) || hasZeroLane(word ^ wordC) { break }
      index += 4
    }
    while index < count {
      let unit = base[index]
      if unit == a || unit == b || unit == c { return index }
      index += 1
    }
    return count
  }

  @inline(__always)
  private static func hasZeroLane(_ x: UInt64) -> Bool {
    (x &- 0x0001_0001_0001_0001) & ~x & 0x8000_8000_8000_8000 != 0
  }
}
