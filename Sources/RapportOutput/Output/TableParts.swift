import Foundation
import RapportSupport

/// Long tables written without holding them in memory: each worker appends every session's
/// rows of a table to its own part file in a hidden folder of the output folder as the
/// session finishes (`Writer`), remembering where they went (`Span`); at the end the spans are
/// copied in session order into the table. Memory holds a few integers per session, however
/// many sessions a batch has; the joined table does not depend on which worker finished
/// first; and a batch creates one part file per worker and table, not one per session.
package struct TableParts: Sendable {
  /// The hidden folder of part files, removed after joining.
  let folder: String

  package init(outputDirectory: String) {
    folder = (outputDirectory as NSString).appendingPathComponent(".rapport-parts")
  }

  /// Where one session's rows of one table are: bytes `offset..<offset + length` of the part
  /// file of `table` written by worker `worker`.
  package struct Span: Sendable {
    var table: String
    var session: String
    var worker: Int
    var offset: Int
    var length: Int
  }

  fileprivate func path(table: String, worker: Int) -> String {
    (folder as NSString).appendingPathComponent("\(table).\(worker).part")
  }

  /// One worker's part files, one per table, appended to as its sessions finish.
  ///
  /// `Sendable` notes: not `Sendable`; it owns open file descriptors and the spans written so
  /// far. Each worker makes its own and hands its `spans` back when done.
  package final class Writer {
    private let parts: TableParts
    private let worker: Int
    private var descriptors: [String: Int32] = [:]
    private var sizes: [String: Int] = [:]
    /// Where each session's rows went, in the order written.
    package private(set) var spans: [Span] = []

    package init(_ parts: TableParts, worker: Int) {
      self.parts = parts
      self.worker = worker
    }

    deinit {
      for descriptor in descriptors.values { close(descriptor) }
    }

    /// Appends one session's rows of `table` (no header).
    package func write(_ rows: [[String]], table: String, session: String) throws(FileSystem.Failure) {
      let bytes = CSVTable(header: [], rows: rows).encodedRows()
      let descriptor = try self.descriptor(table)
      let offset = sizes[table, default: 0]
      let status = FileSystem.append(bytes, to: descriptor)
      guard status == 0 else {
        throw FileSystem.Failure(
          reason: "cannot write \(parts.path(table: table, worker: worker)) (\(String(cString: strerror(status))))")
      }
      sizes[table] = offset + bytes.count
      spans.append(Span(table: table, session: session, worker: worker, offset: offset, length: bytes.count))
    }

    /// The open part file of `table`, made (with the folder) the first time.
    private func descriptor(_ table: String) throws(FileSystem.Failure) -> Int32 {
      if let descriptor = descriptors[table] { return descriptor }
      try FileSystem.createDirectory(parts.folder)
      let path = parts.path(table: table, worker: worker)
      let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else {
        throw FileSystem.Failure(reason: "cannot create \(path) (\(String(cString: strerror(errno))))")
      }
      descriptors[table] = descriptor
      return descriptor
    }
  }

  /// Writes `header` and the rows of `sessions` (in that order, found through `spans`) to
  /// `destination` through a hidden temporary file beside it and a rename; on any failure the
  /// temporary file is removed and `destination` is left as it was.
  package func join(
    table: String, header: [String], sessions: [String], spans: [Span], to destination: String
  ) throws(FileSystem.Failure) {
    var spanOf: [String: Span] = [:]
    for span in spans where span.table == table { spanOf[span.session] = span }
    let folder = (destination as NSString).deletingLastPathComponent
    let temporary = (folder as NSString).appendingPathComponent(
      "." + (destination as NSString).lastPathComponent + ".rapport-tmp")
    var renamed = false
    defer { if !renamed { unlink(temporary) } }
    guard FileManager.default.createFile(atPath: temporary, contents: Data(CSVTable(header: header).encoded())),
      let handle = FileHandle(forWritingAtPath: temporary)
    else { throw FileSystem.Failure(reason: "cannot create \(temporary)") }
    var sources: [Int: Int32] = [:]
    defer { for descriptor in sources.values { close(descriptor) } }
    do {
      try handle.seekToEnd()
      var buffer: [UInt8] = []
      for session in sessions {
        guard let span = spanOf[session], span.length > 0 else { continue }
        if sources[span.worker] == nil {
          let path = self.path(table: table, worker: span.worker)
          let descriptor = open(path, O_RDONLY | O_CLOEXEC)
          guard descriptor >= 0 else { throw FileSystem.Failure(reason: "cannot open \(path)") }
          sources[span.worker] = descriptor
        }
        buffer = [UInt8](repeating: 0, count: span.length)
        let read = buffer.withUnsafeMutableBytes { pread(sources[span.worker]!, $0.baseAddress!, span.length, off_t(span.offset)) }
        guard read == span.length else {
          throw FileSystem.Failure(reason: "cannot read \(self.path(table: table, worker: span.worker))")
        }
        try handle.write(contentsOf: buffer)
      }
      try handle.close()
    } catch let error as FileSystem.Failure {
      throw error
    } catch {
      throw FileSystem.Failure(reason: error.localizedDescription)
    }
    guard rename(temporary, destination) == 0 else {
      throw FileSystem.Failure(reason: "cannot rename \(temporary) to \(destination) (\(String(cString: strerror(errno))))")
    }
    renamed = true
  }

  /// Removes the part folder once every table is joined.
  package func removeFolder() {
    guard FileSystem.exists(folder) else { return }
    // Scratch files only: a failure to remove them loses nothing and is retried next run.
    try? FileManager.default.removeItem(atPath: folder)
  }

  package init(folder: String) {
    self.folder = folder
  }
}
