import Crypto
import Foundation
import Synchronization
import RapportIngest
import RapportSupport

/// What a batch checks before analyzing anything: each input's size against the cap, its
/// SHA-256 (streamed, so memory holds one buffer), and which inputs repeat an earlier one's
/// bytes. Inputs are taken in the order given; the first of identical files is analyzed and
/// the others reported, unless `keepDuplicates`.
struct InputScreening {
  /// Indices (into the inputs) to analyze, in order.
  var analyzed: [Int] = []
  /// Inputs refused here (too large), by index.
  var failures: [(index: Int, error: RapportError)] = []
  /// (skipped path, path analyzed instead).
  var duplicates: [(path: String, original: String)] = []
  /// Lines for the terminal: ids that had to be suffixed, duplicates skipped.
  var notices: [String] = []
  /// Each input's SHA-256, by index; nil when it could not be read (or was too large). Kept
  /// as 32 bytes, not hex: with the duplicate marks, what the screening holds per input.
  private(set) var digests: [Digest?] = []
  /// Per input, the index of the earlier input with the same bytes, or -1.
  private var duplicateOf: [Int32] = []
  private let inputs: [BatchInput]

  /// The hex SHA-256 of input `index`; nil when it could not be read (or was too large).
  func hash(_ index: Int) -> String? {
    digests[index]?.hex
  }

  init(_ inputs: [BatchInput], options: BatchOptions) {
    self.inputs = inputs
    var firstWithHash: [Digest: Int] = [:]
    let read = Self.digests(inputs.map(\.path), maxBytes: options.maxInputBytes, jobs: options.jobs)
    digests.reserveCapacity(inputs.count)
    duplicateOf = Array(repeating: -1, count: inputs.count)
    for (index, input) in inputs.enumerated() {
      if let note = input.note { notices.append("\(input.path): note: \(note)") }
      let digest = read[index].size.map { $0 > options.maxInputBytes } == true ? nil : read[index].sha256
      digests.append(digest)
      if let size = read[index].size, size > options.maxInputBytes {
        failures.append((index, RapportError(
          .input, file: input.path,
          problem: "the file is \(Self.megabytes(size)) MB, more than the \(Self.megabytes(options.maxInputBytes)) MB limit on one input",
          remedy: "Raise the limit with --max-input-size if the file really is one transcript")))
        continue
      }
      // An unreadable file is left to the reader, which says why.
      guard let digest else {
        analyzed.append(index)
        continue
      }
      if let original = firstWithHash[digest], !options.keepDuplicates {
        duplicateOf[index] = Int32(original)
        duplicates.append((input.path, inputs[original].path))
        notices.append(
          "\(input.path): note: same bytes as \(inputs[original].path) (SHA-256 \(digest.hex.prefix(12))…); analyzed once. Use --keep-duplicates to analyze both")
        continue
      }
      if firstWithHash[digest] == nil { firstWithHash[digest] = index }
      analyzed.append(index)
    }
  }

  /// The manifest entry of input `index`.
  private func manifestInput(_ index: Int) -> RunManifest.Input {
    let original = duplicateOf[index]
    return RunManifest.Input(
      path: inputs[index].path, session: inputs[index].session, sha256: hash(index),
      duplicateOf: original >= 0 ? inputs[Int(original)].path : nil, position: index)
  }

  /// Fails the inputs whose session files are among `foreign` (files in the output folder
  /// that Rapport did not write).
  mutating func refuse(_ foreign: Set<String>, inputs: [BatchInput], folder: String) {
    guard !foreign.isEmpty else { return }
    analyzed = analyzed.filter { index in
      let blocked = [".json", ".xml"].map { inputs[index].session + $0 }.filter(foreign.contains)
      guard let file = blocked.first else { return true }
      failures.append((index, RapportError(
        .input, file: inputs[index].path,
        problem: "its output \((folder as NSString).appendingPathComponent(file)) exists and was not written by Rapport (it is in none of the folder's manifests, \(OutputFolder.manifestName) and the shards'), so it is left alone",
        remedy: "Move that file or folder away, or choose another folder with --out")))
      return false
    }
    failures.sort { $0.index < $1.index }
  }

  /// The options a run records beyond `BatchOptions.recorded`: those that choose inputs.
  static func runOptions(_ options: BatchOptions) -> [String: String] {
    [
      "keep-duplicates": String(options.keepDuplicates), "max-input-size": String(options.maxInputBytes / (1 << 20)),
      "redact": String(options.redact),
    ]
  }

  /// The manifest of the run with these inputs (only `shard`'s, with one), listing `files`,
  /// without its inputs, and the inputs, made one at a time as the manifest is written.
  func manifest(
    files: [String], options: BatchOptions, plan: BatchPlan? = nil, shard: Shard? = nil,
    failures: [RunManifest.Failure]? = nil
  ) -> (manifest: RunManifest, inputs: ManifestInputs) {
    let recorded = options.recorded.merging(Self.runOptions(options)) { a, _ in a }
    let listed = shard.map { shard in inputs.indices.filter { shard.contains(inputs[$0].session) } }
    let manifest = RunManifest(
      complete: false, options: recorded, inputs: [], files: files, plan: plan, shard: shard,
      batch: RunManifest.Batch(inputs: inputs.count, digest: digest), failures: failures)
    return (manifest, ManifestInputs(count: listed?.count ?? inputs.count) { manifestInput(listed?[$0] ?? $0) })
  }

  /// Hex SHA-256 of every input's session id, path and SHA-256, one line each, in order.
  var digest: String {
    var hasher = SHA256()
    for index in inputs.indices {
      hasher.update(data: Array("\(inputs[index].session)\t\(inputs[index].path)\t\(hash(index) ?? "-")\n".utf8))
    }
    return Digest(hasher.finalize()).hex
  }

  /// Each path's size and, unless it is over `maxBytes`, its hex SHA-256, in the order of
  /// `paths`, read by `jobs` threads at once: read one after another before any worker
  /// started, they were the part of a batch two cores could not share.
  static func digests(_ paths: [String], maxBytes: Int, jobs: Int) -> [(size: Int?, sha256: Digest?)] {
    let results = Mutex([(size: Int?, sha256: Digest?)](repeating: (nil, nil), count: paths.count))
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, paths.count))) { _ in
      // One read buffer per thread: a fresh zeroed 1 MiB per file cost more than hashing a
      // short transcript.
      var buffer = readBuffer()
      while true {
        let index = next.increment() - 1
        guard index < paths.count else { return }
        let size = Self.size(paths[index])
        let hash = size.map { $0 > maxBytes } == true ? nil : digest(paths[index], buffer: &buffer)
        results.withLock { $0[index] = (size, hash) }
      }
    }
    return results.withLock { $0 }
  }

  static func size(_ path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  private static func megabytes(_ bytes: Int) -> String {
    Rounding.text(Double(bytes) / Double(1 << 20))
  }

  /// The hex SHA-256 of the file at `path`, read in 1 MiB pieces; nil when it cannot be read.
  static func sha256(_ path: String) -> String? {
    var buffer = readBuffer()
    return digest(path, buffer: &buffer)?.hex
  }

  /// A buffer for `digest(_:buffer:)`.
  private static func readBuffer() -> [UInt8] {
    [UInt8](repeating: 0, count: 1 << 20)
  }

  /// The SHA-256 of the file at `path`, reading into `buffer` (whose contents do not
  /// matter); nil when it cannot be read.
  static func digest(_ path: String, buffer: inout [UInt8]) -> Digest? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var hasher = SHA256()
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { break }
      buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }
    return Digest(hasher.finalize())
  }

  /// A SHA-256 held in 32 bytes, without a heap allocation.
  struct Digest: Hashable, Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ digest: SHA256.Digest) {
      withUnsafeMutableBytes(of: &words) { target in
        digest.withUnsafeBytes { target.copyMemory(from: $0) }
      }
    }

    /// Lowercase hex, 64 characters.
    var hex: String {
      let digits = Array("0123456789abcdef".utf8)
      return withUnsafeBytes(of: words) { bytes in
        String(unsafeUninitializedCapacity: 64) { text in
          for (offset, byte) in bytes.enumerated() {
            text[2 * offset] = digits[Int(byte >> 4)]
            text[2 * offset + 1] = digits[Int(byte & 0xF)]
          }
          return 64
        }
      }
    }

    static func == (a: Self, b: Self) -> Bool {
      a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(words.0)
      hasher.combine(words.1)
      hasher.combine(words.2)
      hasher.combine(words.3)
    }
  }
}
