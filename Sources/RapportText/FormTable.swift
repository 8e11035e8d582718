/// Distinct UTF-16 forms, each with a small integer id, found again by a hash of their code
/// units: the core of `Vocabulary` (normalized forms) and of the tokenizer's cache of surface
/// forms. Lookups allocate nothing; ids are dense and given in the order forms are inserted.
///
/// Its arrays are `RawBuffer`s: reading one touches no reference count, where a
/// ContiguousArray stored in a class was retained and released around each probe (four
/// arrays, twice per token). The owner frees them (`free`) in its `deinit`.
struct FormTable {
  /// The code units of every form, one after another; form `i` is `bounds[i]..<bounds[i + 1]`.
  private var storage = RawBuffer<UInt16>()
  private var bounds = RawBuffer<Int32>(repeating: 0, count: 1)
  /// Open-addressing table: each slot holds a form's hash (high half) and id (low half), so a
  /// probe rejects another form without reading a second array; `empty` is a free slot. Its
  /// size is a power of two.
  private var table = RawBuffer<UInt64>(repeating: Self.empty, count: 1024)
  private var hashes = RawBuffer<UInt32>()
  private static let empty = UInt64.max

  /// Where a lookup ended: the form's id (-1 when absent), and the hash and free slot an
  /// insert of it uses.
  struct Place {
    var id: Int32
    var hash: UInt32
    var slot: Int
  }

  /// Number of forms.
  var count: Int { bounds.count - 1 }

  /// Finds `units`.
  ///
  /// - Complexity: O(n) in `units.count`, expected.
  @inline(__always)
  func find(_ units: UnsafeBufferPointer<UInt16>) -> Place {
    let hash = Self.hash(units)
    let mask = table.count - 1
    var slot = Int(hash) & mask
    while true {
      let entry = table[slot]
      if entry == Self.empty { return Place(id: -1, hash: hash, slot: slot) }
      if UInt32(truncatingIfNeeded: entry >> 32) == hash {
        let id = Int32(truncatingIfNeeded: entry)
        let start = Int(bounds[Int(id)])
        if Int(bounds[Int(id) + 1]) - start == units.count, Self.same(units, storage.base + start) {
          return Place(id: id, hash: hash, slot: slot)
        }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Inserts `units`, absent at `place` (what `find` just returned), and returns its id.
  mutating func insert(_ units: UnsafeBufferPointer<UInt16>, at place: Place) -> Int32 {
    let id = Int32(count)
    storage.append(contentsOf: units)
    bounds.append(Int32(storage.count))
    hashes.append(place.hash)
    table[place.slot] = Self.entry(id, hash: place.hash)
    if count * 2 > table.count { grow() }
    return id
  }

  /// The code units of form `id`, valid until the next insert.
  func units(of id: Int32) -> UnsafeBufferPointer<UInt16> {
    let start = Int(bounds[Int(id)])
    return UnsafeBufferPointer(start: storage.base + start, count: Int(bounds[Int(id) + 1]) - start)
  }

  func free() {
    storage.free()
    bounds.free()
    table.free()
    hashes.free()
  }

  /// Whether `units` equal the as many code units at `stored`.
  @inline(__always)
  private static func same(_ units: UnsafeBufferPointer<UInt16>, _ stored: UnsafeMutablePointer<UInt16>) -> Bool {
    var offset = 0
    while offset < units.count {
      if units[offset] != stored[offset] { return false }
      offset += 1
    }
    return true
  }

  private mutating func grow() {
    let size = table.count * 2
    table.free()
    table = RawBuffer(repeating: Self.empty, count: size)
    let mask = size - 1
    for id in 0..<count {
      var slot = Int(hashes[id]) & mask
      while table[slot] != Self.empty { slot = (slot + 1) & mask }
      table[slot] = Self.entry(Int32(id), hash: hashes[id])
    }
  }

  /// A table slot holding form `id` with hash `hash`.
  private static func entry(_ id: Int32, hash: UInt32) -> UInt64 {
    UInt64(hash) << 32 | UInt64(UInt32(bitPattern: id))
  }

  /// A hash of the code units taken four at a time (a multiply and a shift per 64 bits):
  /// FNV-1a's one multiply per unit was a chain the processor could not overlap. Hashes
  /// place forms in the table only; ids follow the order forms are inserted, so no output
  /// depends on them.
  @inline(__always)
  static func hash(_ units: UnsafeBufferPointer<UInt16>) -> UInt32 {
    var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(units.count)
    var index = 0
    while index + 4 <= units.count {
      let word = UInt64(units[index]) | UInt64(units[index + 1]) << 16 | UInt64(units[index + 2]) << 32
        | UInt64(units[index + 3]) << 48
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      index += 4
    }
    var tail: UInt64 = 0
    while index < units.count {
      tail = tail << 16 | UInt64(units[index])
      index += 1
    }
    hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 29
    return UInt32(truncatingIfNeeded: hash)
  }
}

/// A growable array of plain values in memory its owner allocates and frees (`free`), for the
/// hash tables of `FormTable`: copying one copies a pointer, and reading an element touches
/// no reference count. Whoever holds one frees it (`free`) exactly once.
struct RawBuffer<Element: BitwiseCopyable> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init() {
    capacity = 256
    base = .allocate(capacity: capacity)
  }

  init(repeating value: Element, count: Int) {
    capacity = max(count, 16)
    base = .allocate(capacity: capacity)
    base.initialize(repeating: value, count: count)
    self.count = count
  }

  subscript(index: Int) -> Element {
    get {
      precondition(index >= 0 && index < count, "RawBuffer index out of range")
      return base[index]
    }
    nonmutating set {
      precondition(index >= 0 && index < count, "RawBuffer index out of range")
      base[index] = newValue
    }
  }

  mutating func append(_ value: Element) {
    reserve(count + 1)
    base[count] = value
    count += 1
  }

  /// Removes the last `k` elements.
  mutating func removeLast(_ k: Int) {
    precondition(k >= 0 && k <= count, "RawBuffer removes more than it holds")
    count -= k
  }

  mutating func append(contentsOf values: UnsafeBufferPointer<Element>) {
    guard let source = values.baseAddress, !values.isEmpty else { return }
    reserve(count + values.count)
    (base + count).initialize(from: source, count: values.count)
    count += values.count
  }

  private mutating func reserve(_ needed: Int) {
    guard needed > capacity else { return }
    let grown = Swift.max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<Element>.allocate(capacity: grown)
    moved.initialize(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = grown
  }

  func free() { base.deallocate() }
}
