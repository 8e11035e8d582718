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
  /// Each input's hex SHA-256, by index; nil when it could not be read (or was too large).
  private(set) var hashes: [String?] = []
  private var manifestInputs: [RunManifest.Input] = []

  init(_ inputs: [BatchInput], options: BatchOptions) {
    var firstWithHash: [String: String] = [:]
    let digests = Self.digests(inputs.map(\.path), maxBytes: options.maxInputBytes, jobs: options.jobs)
    for (index, input) in inputs.enumerated() {
      if let note = input.note { notices.append("\(input.path): note: \(note)") }
      var entry = RunManifest.Input(path: input.path, session: input.session, position: index)
      defer {
        manifestInputs.append(entry)
        hashes.append(entry.sha256)
      }
      if let size = digests[index].size, size > options.maxInputBytes {
        failures.append((index, RapportError(
          .input, file: input.path,
          problem: "the file is \(Self.megabytes(size)) MB, more than the \(Self.megabytes(options.maxInputBytes)) MB limit on one input",
          remedy: "Raise the limit with --max-input-size if the file really is one transcript")))
        continue
      }
      // An unreadable file is left to the reader, which says why.
      guard let hash = digests[index].sha256 else {
        analyzed.append(index)
        continue
      }
      entry.sha256 = hash
      if let original = firstWithHash[hash], !options.keepDuplicates {
        entry.duplicateOf = original
        duplicates.append((input.path, original))
        notices.append(
          "\(input.path): note: same bytes as \(original) (SHA-256 \(hash.prefix(12))…); analyzed once. Use --keep-duplicates to analyze both")
        continue
      }
      if firstWithHash[hash] == nil { firstWithHash[hash] = input.path }
      analyzed.append(index)
    }
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

  /// The manifest of the run with these inputs (only `shard`'s, with one), listing `files`.
  func manifest(
    files: [String], options: BatchOptions, plan: BatchPlan? = nil, shard: Shard? = nil,
    failures: [RunManifest.Failure]? = nil
  ) -> RunManifest {
    let recorded = options.recorded.merging(Self.runOptions(options)) { a, _ in a }
    let inputs = shard.map { shard in manifestInputs.filter { shard.contains($0.session) } } ?? manifestInputs
    return RunManifest(
      complete: false, options: recorded, inputs: inputs, files: files, plan: plan, shard: shard,
      batch: RunManifest.Batch(inputs: manifestInputs.count, digest: digest), failures: failures)
  }

  /// Hex SHA-256 of every input's session id, path and SHA-256, one line each, in order.
  var digest: String {
    var text = ""
    for input in manifestInputs { text += "\(input.session)\t\(input.path)\t\(input.sha256 ?? "-")\n" }
    return TranscriptReader.sha256Hex(Array(text.utf8))
  }

  /// Each path's size and, unless it is over `maxBytes`, its hex SHA-256, in the order of
  /// `paths`, read by `jobs` threads at once: read one after another before any worker
  /// started, they were the part of a batch two cores could not share.
  static func digests(_ paths: [String], maxBytes: Int, jobs: Int) -> [(size: Int?, sha256: String?)] {
    let results = Mutex([(size: Int?, sha256: String?)](repeating: (nil, nil), count: paths.count))
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, paths.count))) { _ in
      // One read buffer per thread: a fresh zeroed 1 MiB per file cost more than hashing a
      // short transcript.
      var buffer = readBuffer()
      while true {
        let index = next.increment() - 1
        guard index < paths.count else { return }
        let size = Self.size(paths[index])
        let hash = size.map { $0 > maxBytes } == true ? nil : sha256(paths[index], buffer: &buffer)
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
    return sha256(path, buffer: &buffer)
  }

  /// A buffer for `sha256(_:buffer:)`.
  private static func readBuffer() -> [UInt8] {
    [UInt8](repeating: 0, count: 1 << 20)
  }

  /// `sha256(_:)`, reading into `buffer` (whose contents do not matter).
  static func sha256(_ path: String, buffer: inout [UInt8]) -> String? {
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
    return hasher.finalize().map { byte in
      let hex = String(byte, radix: 16)
      return hex.count == 1 ? "0" + hex : hex
    }.joined()
  }
}
