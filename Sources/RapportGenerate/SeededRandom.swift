/// A small, seeded pseudo-random generator (xoshiro256**, seeded through SplitMix64), so that
/// generated corpora are the same bytes on every machine and every Swift version.
///
/// It deliberately does not conform to `RandomNumberGenerator`: the standard library's
/// `random(in:using:)` and `shuffled(using:)` may change how they draw between releases, and
/// `SystemRandomNumberGenerator` is never seeded. Every draw goes through the methods here.
public struct SeededRandom: Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// A generator for `seed`; `stream` picks one of many independent sequences (one per session).
  public init(seed: UInt64, stream: UInt64 = 0) {
    var mixer = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
    func splitMix() -> UInt64 {
      mixer &+= 0x9E37_79B9_7F4A_7C15
      var z = mixer
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    s0 = splitMix()
    s1 = splitMix()
    s2 = splitMix()
    s3 = splitMix()
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotate(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotate(s3, 45)
    return result
  }

  /// A uniform integer in `0..<bound` (bound > 0), without modulo bias.
  public mutating func int(below bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    let limit = UInt64(bound)
    // Reject the top sliver of values that would make some remainders more likely.
    let threshold = (0 &- limit) % limit
    while true {
      let value = next()
      if value >= threshold { return Int(value % limit) }
    }
  }

  /// A uniform integer in `range`.
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
  }

  /// True with probability `probability`.
  public mutating func chance(_ probability: Double) -> Bool {
    Double(next() >> 11) * 0x1.0p-53 < probability
  }

  /// One element of `items` (not empty), each equally likely.
  public mutating func pick<Element>(_ items: [Element]) -> Element {
    items[int(below: items.count)]
  }

  private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
  }
}
