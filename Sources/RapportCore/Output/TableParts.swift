import Foundation

/// Long tables written without holding them in memory: each session's rows go to a part file
/// in a hidden folder of the output folder as the session finishes, and the parts are joined
/// in session order at the end. Memory stays flat however many sessions a batch has, and the
/// joined table does not depend on which worker finished first.
struct TableParts {
  /// The hidden folder of part files, removed after joining.
  let folder: String

  init(outputDirectory: String) {
    folder = (outputDirectory as NSString).appendingPathComponent(".rapport-parts")
  }

  private func path(table: String, session: String) -> String {
    (folder as NSString).appendingPathComponent("\(table).\(session).part")
  }

  /// Writes one session's rows of `table` (no header).
  ///
  /// A part is scratch, joined and removed later in the run, so it is written plainly, not
  /// atomically (no temporary file, rename or flush per session); the folder is made the
  /// first time a write finds it missing.
  func write(_ rows: [[String]], table: String, session: String) throws(FileSystem.Failure) {
    let bytes = CSVTable(header: [], rows: rows).encodedRows()
    let file = path(table: table, session: session)
    var status = FileSystem.writeScratch(bytes, to: file)
    if status == ENOENT {
      try FileSystem.createDirectory(folder)
      status = FileSystem.writeScratch(bytes, to: file)
    }
    guard status == 0 else {
      throw FileSystem.Failure(reason: "cannot write \(file) (\(String(cString: strerror(status))))")
    }
  }

  /// Writes `header` and the parts of `sessions` (in that order) to `destination` through a
  /// temporary file and a rename, removing the parts.
  func join(table: String, header: [String], sessions: [String], to destination: String) throws(FileSystem.Failure) {
    let temporary = destination + ".partial"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(CSVTable(header: header).encoded())),
      let handle = FileHandle(forWritingAtPath: temporary)
    else { throw FileSystem.Failure(reason: "cannot create \(temporary)") }
    do {
      try handle.seekToEnd()
      for session in sessions {
        let part = path(table: table, session: session)
        try handle.write(contentsOf: FileSystem.read(part))
        try? FileManager.default.removeItem(atPath: part)
      }
      try handle.close()
    } catch let error as FileSystem.Failure {
      throw error
    } catch {
      throw FileSystem.Failure(reason: error.localizedDescription)
    }
    guard rename(temporary, destination) == 0 else {
      throw FileSystem.Failure(reason: "cannot rename \(temporary) to \(destination) (errno \(errno))")
    }
  }

  /// Removes the part folder once every table is joined.
  func removeFolder() {
    try? FileManager.default.removeItem(atPath: folder)
  }
}
