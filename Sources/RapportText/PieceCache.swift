/// The tokenizer's cache of pieces of text (what lies between spaces) with their ICU word
/// segments, laid out so that a lookup touches two places in memory: its table slot, and the
/// piece's record, which holds the piece's code units and, right after them, its segments.
/// Looking a piece up through a `FormTable` and then its segments in arrays of their own took
/// five cache misses a piece; the cache's memory is what a lookup waits on.
///
/// A record is, in `UInt16`s: the piece's length, its number of segments, its code units, then
/// `segmentWidth` units per segment (start and end in the piece, kind and `isLong`, and the
/// term of its surface in two halves, -1 until a token has been made of it).
///
/// `Sendable` notes: not `Sendable`; one tokenizer (one worker) owns it and frees it (`free`).
struct PieceCache {
  private(set) var arena = RawBuffer<UInt16>()
  /// Open addressing: a record's hash (high half) and arena offset (low half); `empty` is a
  /// free slot. Its size is a power of two, at most half full.
  private var table = RawBuffer<UInt64>(repeating: Self.empty, count: 4096)
  /// Number of pieces in the table.
  private(set) var count = 0
  private static let empty = UInt64.max
  static let segmentWidth = 5

  /// Where a lookup ended: the piece's record (-1 when absent), and where an insert goes.
  struct Place {
    var record: Int
    var hash: UInt32
    var slot: Int
  }

  /// One segment as read from a record.
  struct Segment {
    var start: Int
    var end: Int
    var kind: UInt8
    var isLong: Bool
    var term: Int32
  }

  /// The pieces found last, by the low bits of their hash, in the same form as `table`'s
  /// slots: words repeat so unevenly that these 8 KB answer most lookups, where the table's
  /// slots of the same words lie on as many cache lines as there are words.
  private var recent = RawBuffer<UInt64>(repeating: Self.empty, count: Self.recentCount)
  private static let recentCount = 1024

  /// Finds the record of `units`.
  @inline(__always)
  func find(_ units: UnsafeBufferPointer<UInt16>) -> Place {
    let hash = FormTable.hash(units)
    let remembered = recent[Int(hash) & (Self.recentCount - 1)]
    if remembered != Self.empty, UInt32(truncatingIfNeeded: remembered >> 32) == hash {
      let record = Int(UInt32(truncatingIfNeeded: remembered))
      if Int(arena[record]) == units.count, same(units, at: record + 2) {
        return Place(record: record, hash: hash, slot: -1)
      }
    }
    let mask = table.count - 1
    var slot = Int(hash) & mask
    while true {
      let entry = table[slot]
      if entry == Self.empty { return Place(record: -1, hash: hash, slot: slot) }
      if UInt32(truncatingIfNeeded: entry >> 32) == hash {
        let record = Int(UInt32(truncatingIfNeeded: entry))
        if Int(arena[record]) == units.count, same(units, at: record + 2) {
          recent[Int(hash) & (Self.recentCount - 1)] = entry
          return Place(record: record, hash: hash, slot: slot)
        }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Whether the arena holds `units` from `offset` on.
  @inline(__always)
  private func same(_ units: UnsafeBufferPointer<UInt16>, at offset: Int) -> Bool {
    let stored = arena.base + offset
    for index in 0..<units.count where units[index] != stored[index] { return false }
    return true
  }

  /// Starts the record of `units` at the arena's end, for `appendSegment`; returns its offset.
  /// Nothing finds it until `insert`.
  mutating func begin(_ units: UnsafeBufferPointer<UInt16>) -> Int {
    let record = arena.count
    arena.append(UInt16(units.count))
    arena.append(0)
    arena.append(contentsOf: units)
    return record
  }

  /// Adds a segment (offsets in the piece) to the record begun last at `record`.
  mutating func appendSegment(_ record: Int, start: Int, end: Int, kind: UInt8) {
    arena.append(UInt16(start))
    arena.append(UInt16(end))
    arena.append(UInt16(kind))
    arena.append(0xFFFF)
    arena.append(0xFFFF)
    arena[record + 1] += 1
  }

  /// Makes the record at `record` (absent at `place`, as `find` said) findable.
  mutating func insert(_ record: Int, at place: Place) {
    table[place.slot] = UInt64(place.hash) << 32 | UInt64(UInt32(record))
    count += 1
    if count * 2 > table.count { grow() }
  }

  /// Drops everything in the arena from `offset` on (a record not inserted).
  mutating func truncate(to offset: Int) {
    arena.removeLast(arena.count - offset)
  }

  /// The arena offsets of the record's segments: `segmentWidth` apart.
  func segments(of record: Int) -> StrideTo<Int> {
    let first = record + 2 + Int(arena[record])
    return stride(from: first, to: first + Int(arena[record + 1]) * Self.segmentWidth, by: Self.segmentWidth)
  }

  @inline(__always)
  func segment(at offset: Int) -> Segment {
    let base = arena.base + offset
    let term = Int32(bitPattern: UInt32(base[3]) | UInt32(base[4]) << 16)
    return Segment(
      start: Int(base[0]), end: Int(base[1]), kind: UInt8(truncatingIfNeeded: base[2]), isLong: base[2] >> 8 != 0,
      term: term)
  }

  /// Records the term and `isLong` of the surface of the segment at `offset`.
  func setTerm(at offset: Int, _ term: Int32, isLong: Bool) {
    let base = arena.base + offset
    base[2] = base[2] & 0xFF | (isLong ? 0x100 : 0)
    base[3] = UInt16(truncatingIfNeeded: UInt32(bitPattern: term))
    base[4] = UInt16(truncatingIfNeeded: UInt32(bitPattern: term) >> 16)
  }

  private mutating func grow() {
    let size = table.count * 2
    let old = table
    table = RawBuffer(repeating: Self.empty, count: size)
    let mask = size - 1
    for index in 0..<old.count where old[index] != Self.empty {
      var slot = Int(old[index] >> 32) & mask
      while table[slot] != Self.empty { slot = (slot + 1) & mask }
      table[slot] = old[index]
    }
    old.free()
  }

  func free() {
    arena.free()
    table.free()
    recent.free()
  }
}
