/// Interns normalized forms as small integer ids, so tokens carry an `Int32` instead of a
/// `String`. Lookups hash the UTF-16 code units in place and allocate nothing for a form seen
/// before.
///
/// `Sendable` notes: not `Sendable`; each worker owns one and grows it as it meets new words.
public final class Vocabulary {
  private var storage: ContiguousArray<UInt16> = []
  private var bounds: ContiguousArray<Int32> = [0]
  /// Open-addressing table of ids; -1 is empty. Its size is a power of two.
  private var table: ContiguousArray<Int32> = ContiguousArray(repeating: -1, count: 1024)
  private var hashes: ContiguousArray<UInt32> = []

  public init() {}

  /// Number of distinct forms interned.
  public var count: Int { bounds.count - 1 }

  /// The id of `units`, interning it if new.
  public func intern(_ units: UnsafeBufferPointer<UInt16>) -> Int32 {
    let hash = Self.hash(units)
    let mask = table.count - 1
    var slot = Int(hash) & mask
    while true {
      let id = table[slot]
      if id < 0 { break }
      if hashes[Int(id)] == hash, equals(id, units) { return id }
      slot = (slot + 1) & mask
    }
    let id = Int32(count)
    storage.append(contentsOf: units)
    bounds.append(Int32(storage.count))
    hashes.append(hash)
    table[slot] = id
    if count * 2 > table.count { grow() }
    return id
  }

  /// The id of `text`, interning it if new.
  public func intern(_ text: String) -> Int32 {
    let units = Array(text.utf16)
    return units.withUnsafeBufferPointer { intern($0) }
  }

  /// The normalized form with id `id`.
  public func string(_ id: Int32) -> String {
    let range = Int(bounds[Int(id)])..<Int(bounds[Int(id) + 1])
    return String(decoding: storage[range], as: UTF16.self)
  }

  private func equals(_ id: Int32, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
    let start = Int(bounds[Int(id)])
    let end = Int(bounds[Int(id) + 1])
    guard end - start == units.count else { return false }
    for offset in 0..<units.count where storage[start + offset] != units[offset] { return false }
    return true
  }

  private func grow() {
    table = ContiguousArray(repeating: -1, count: table.count * 2)
    let mask = table.count - 1
    for id in 0..<count {
      var slot = Int(hashes[id]) & mask
      while table[slot] >= 0 { slot = (slot + 1) & mask }
      table[slot] = Int32(id)
    }
  }

  /// FNV-1a over the code units.
  private static func hash(_ units: UnsafeBufferPointer<UInt16>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for unit in units {
      hash = (hash ^ UInt32(unit)) &* 16_777_619
    }
    return hash
  }
}
