import Foundation
import RapportIngest
import RapportLexicon
import RapportMeasure
import RapportOutput
import RapportSupport
import RapportTag
import RapportText

/// Files that survive a killed process or a crashed node: written to a hidden temporary file
/// beside the target (`.NAME.rapport-tmp`, which the next run removes), flushed to disk with
/// `fsync`, then renamed over the target, so the target is always either the old file or the
/// whole new one.
///
/// Session files and parts, one pair per session, are renamed without their own `fsync`
/// (`flush: false`): a killed process cannot tear them, and the run flushes them all at once
/// (`flushAll`) before its manifest says it is complete. After a power loss mid-run, resume
/// trusts a part only when it reads whole and its session files have the sizes it records.
enum DurableFile {
  /// The temporary name `write` uses for `path`.
  static func temporary(for path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return (folder as NSString).appendingPathComponent("." + (path as NSString).lastPathComponent + ".rapport-tmp")
  }

  /// Writes `bytes` to `path`: temporary file, fsync (unless not `flush`), rename.
  static func write(_ bytes: [UInt8], to path: String, flush: Bool = true) throws(FileSystem.Failure) {
    let temporary = temporary(for: path)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw failure("cannot create \(temporary)") }
    var renamed = false
    defer { if !renamed { unlink(temporary) } }
    let status = FileSystem.append(bytes, to: descriptor)
    guard status == 0 else {
      close(descriptor)
      throw FileSystem.Failure(reason: "cannot write \(temporary) (\(String(cString: strerror(status))))")
    }
    try finish(descriptor, temporary: temporary, to: path, flush: flush)
    renamed = true
  }

  /// Flushes (unless not `flush`) and closes `descriptor` (open on `temporary`) and renames it
  /// to `path`.
  static func finish(_ descriptor: Int32, temporary: String, to path: String, flush: Bool = true) throws(FileSystem.Failure) {
    guard !flush || fsync(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      throw FileSystem.Failure(reason: "cannot flush \(temporary) to disk (\(reason))")
    }
    guard close(descriptor) == 0 else { throw failure("cannot close \(temporary)") }
    guard rename(temporary, path) == 0 else { throw failure("cannot rename \(temporary) to \(path)") }
  }

  /// Flushes every file written without `flush` to disk: one `sync` for the whole run, where a
  /// `fsync` per session file doubled the time of a batch of 1,300 sessions.
  static func flushAll() { sync() }

  /// Flushes `folder`'s entries (the renames into it) to disk.
  static func syncFolder(_ folder: String) throws(FileSystem.Failure) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure("cannot open the folder \(folder)") }
    defer { close(descriptor) }
    // Some file systems refuse fsync on a folder (EINVAL); their renames are then as durable as
    // they make them.
    guard fsync(descriptor) == 0 || errno == EINVAL else { throw failure("cannot flush the folder \(folder) to disk") }
  }

  private static func failure(_ what: String) -> FileSystem.Failure {
    FileSystem.Failure(reason: "\(what) (\(String(cString: strerror(errno))))")
  }
}

extension DurableFile {
  /// A file written in pieces (a table, a manifest) through its temporary file, which becomes
  /// the file only when finished (fsync, rename); memory holds at most about 1 MiB of it.
  ///
  /// `Sendable` notes: not `Sendable`; it owns an open file descriptor and a buffer.
  final class Stream {
    private let path: String
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []

    init(path: String) throws(FileSystem.Failure) {
      self.path = path
      temporary = DurableFile.temporary(for: path)
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else {
        throw FileSystem.Failure(reason: "cannot create \(temporary) (\(String(cString: strerror(errno))))")
      }
    }

    deinit { abandon() }

    /// Adds bytes.
    func append(_ bytes: ArraySlice<UInt8>) throws(FileSystem.Failure) {
      buffer += bytes
      if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws(FileSystem.Failure) {
      let status = FileSystem.append(buffer, to: descriptor)
      guard status == 0 else { throw FileSystem.Failure(reason: "cannot write \(temporary) (\(String(cString: strerror(status))))") }
      buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and puts the file in place.
    func finish() throws(FileSystem.Failure) {
      try flush()
      let open = descriptor
      descriptor = -1
      try DurableFile.finish(open, temporary: temporary, to: path)
    }

    /// Drops the temporary file of a file that is not finished.
    func abandon() {
      guard descriptor >= 0 else { return }
      close(descriptor)
      descriptor = -1
      unlink(temporary)
    }
  }
}
