import Foundation
import RapportSupport

/// Where one session's part is: a journal file and the record's place in it.
struct PartLocation: Hashable, Sendable {
  /// The journal's path.
  var file: String
  var offset: Int
  var length: Int
}

/// The session parts of an output folder, kept in append-only journals in
/// `.rapport-sessions/`: each worker of a run appends its sessions' parts, one record after
/// another, to its own journal, `SEQUENCE.ROLE.wWORKER.parts` (`000002.run.w1.parts`,
/// `000003.shard-2-of-3.w1.parts`). A record is a whole `SessionPart` encoding, which says
/// its own length. Each run takes a sequence one past the folder's highest, so name order is
/// the order runs began in.
///
/// Why journals and not a file per session: creating 1,300 small files in a folder just
/// emptied cost ext4 about 0.6 s of system time on the bench batch, more than reading all its
/// transcripts. A journal is one file per worker; its records are written after the session's
/// own files, so a record's presence still means the session finished. A killed run leaves at
/// most a cut last record, which a scan stops before (`records(in:)`); a failed write is cut
/// off again (`Writer.append`), so later records never follow a broken one.
///
/// A session may have records in several journals (a resumed run redoes it); the scan keeps
/// the last in journal-name order, and a finished run drops what it did not use (`compact`).
enum PartJournal {
  static let folderName = ".rapport-sessions"
  static let suffix = ".parts"

  /// The journals' folder in the output folder `folder`.
  static func folder(in folder: String) -> String {
    (folder as NSString).appendingPathComponent(folderName)
  }

  /// The role part of a journal's name: `run`, or a shard's `shard-K-of-N`.
  static func role(_ shard: Shard?) -> String {
    shard?.fileTag ?? "run"
  }

  /// The name prefix of a new run's journals, `SEQUENCE.ROLE`: one past the highest sequence
  /// in the folder, so a resumed run never appends to a journal it reads, and a later run's
  /// records come later in name order. (Shards starting at once may take the same sequence;
  /// their sessions are disjoint.)
  static func newPrefix(folder: String, role: String) -> String {
    var highest = 0
    for name in journals(in: folder) {
      if let sequence = Int(name.prefix { $0 != "." }) { highest = max(highest, sequence) }
    }
    let sequence = String(highest + 1)
    return String(repeating: "0", count: max(0, 6 - sequence.count)) + sequence + "." + role
  }

  /// Whether the journal `name` was written by a run of `role`.
  static func isJournal(_ name: String, of role: String) -> Bool {
    name.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first.map(String.init) == role
  }

  /// The journal names in `folder`'s `.rapport-sessions`, sorted.
  static func journals(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: self.folder(in: folder))) ?? [])
      .filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted()
  }

  /// The last record of each session in `folder`'s journals.
  static func index(folder: String) -> [String: PartLocation] {
    var index: [String: PartLocation] = [:]
    for name in journals(in: folder) {
      for record in records(in: (self.folder(in: folder) as NSString).appendingPathComponent(name)).records {
        index[record.session] = record.location
      }
    }
    return index
  }

  /// The whole records of the journal at `path`, in order, and whether the file ends with its
  /// last whole record (false after a cut or damaged record, where the scan stops).
  static func records(in path: String) -> (records: [(session: String, location: PartLocation)], whole: Bool) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return ([], false) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return ([], false) }
    let size = Int(status.st_size)
    var records: [(session: String, location: PartLocation)] = []
    var offset = 0
    var window = 4096
    while offset < size {
      let chunk = read(descriptor, at: offset, count: min(window, size - offset))
      switch SessionPart.frame(chunk) {
      case .record(let session, let length):
        guard length <= size - offset else { return (records, false) }
        records.append((session, PartLocation(file: path, offset: offset, length: length)))
        offset += length
        window = 4096
      case .needMore where chunk.count < size - offset:
        window *= 2
      case .needMore, .damaged:
        return (records, false)
      }
    }
    return (records, true)
  }

  /// The part recorded at `location`; nil when it is not there whole.
  static func read(_ location: PartLocation) -> SessionPart? {
    let descriptor = open(location.file, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    let bytes = read(descriptor, at: location.offset, count: location.length)
    guard bytes.count == location.length else { return nil }
    return SessionPart.decode(bytes[...])
  }

  /// Up to `count` bytes of `descriptor` from `offset`.
  private static func read(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let got = bytes.withUnsafeMutableBytes { buffer in
        pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
      }
      if got < 0, errno == EINTR { continue }
      if got <= 0 { break }
      filled += got
    }
    bytes.removeLast(count - filled)
    return bytes
  }

  /// Keeps in the journals `owned` says are this run's only the records `keep` accepts: a
  /// journal left with none is removed, one with some is rewritten (temporary file, rename),
  /// one that keeps all and ends whole is left as it is, which is the case after a plain run.
  /// A whole run also removes parts an earlier version of Rapport wrote (`<session>.part`).
  static func compact(
    folder: String, owned: (String) -> Bool, removeOldParts: Bool, keep: (PartLocation) -> Bool
  ) throws(FileSystem.Failure) {
    let journals = self.folder(in: folder)
    if removeOldParts {
      for name in (try? FileManager.default.contentsOfDirectory(atPath: journals)) ?? [] where name.hasSuffix(".part") {
        unlink((journals as NSString).appendingPathComponent(name))
      }
    }
    for name in self.journals(in: folder) where owned(name) {
      let path = (journals as NSString).appendingPathComponent(name)
      let (records, whole) = records(in: path)
      let kept = records.filter { keep($0.location) }
      if kept.count == records.count, whole { continue }
      if kept.isEmpty {
        unlink(path)
        continue
      }
      var bytes: [UInt8] = []
      let descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw FileSystem.Failure(reason: "cannot open \(path) (\(String(cString: strerror(errno))))") }
      for record in kept { bytes += read(descriptor, at: record.location.offset, count: record.location.length) }
      close(descriptor)
      try DurableFile.write(bytes, to: path, flush: false)
    }
  }

  /// Appends one worker's parts to its journal, made on the first append.
  ///
  /// `Sendable` notes: not `Sendable`; each worker owns its writer and its open descriptor.
  final class Writer {
    let path: String
    private var descriptor: Int32 = -1
    private var size = 0

    /// A writer of the journal `PREFIX.wWORKER.parts` in `folder`'s `.rapport-sessions`.
    init(folder: String, prefix: String, worker: Int) {
      path = (PartJournal.folder(in: folder) as NSString).appendingPathComponent("\(prefix).w\(worker)\(PartJournal.suffix)")
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Appends `record` (a `SessionPart` encoding) and returns where it is. A write that
    /// fails is cut off again, so the journal still ends with a whole record.
    func append(_ record: [UInt8]) throws(FileSystem.Failure) -> PartLocation {
      if descriptor < 0 {
        try FileSystem.createDirectory((path as NSString).deletingLastPathComponent)
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystem.Failure(reason: "cannot create \(path) (\(String(cString: strerror(errno))))") }
      }
      let status = FileSystem.append(record, to: descriptor)
      guard status == 0 else {
        _ = ftruncate(descriptor, off_t(size))
        throw FileSystem.Failure(reason: "cannot write \(path) (\(String(cString: strerror(status))))")
      }
      defer { size += record.count }
      return PartLocation(file: path, offset: size, length: record.count)
    }
  }
}
