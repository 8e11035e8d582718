import Foundation

/// File access for the pipeline: whole-file reads, atomic writes, and folder walks in a
/// stable order.
public enum FileSystem {
  /// Why a file operation failed, in words for the researcher.
  public struct Failure: Error, Sendable {
    public var reason: String

    package init(reason: String) { self.reason = reason }
  }

  /// The bytes of the file at `path`.
  public static func read(_ path: String) throws(Failure) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(reason: "no such file")
    }
    if isDirectory.boolValue { throw Failure(reason: "it is a folder, not a file") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(reason: "permission denied or unreadable")
    }
    return [UInt8](data)
  }

  /// The bytes of a file the run cannot go on without (a lexicon, speaker map, themes or gold
  /// file); when it cannot be read, a configuration error "cannot read `what` (why)" with
  /// `remedy`.
  package static func readConfiguration(_ path: String, what: String, remedy: String) throws(RapportError) -> [UInt8] {
    do {
      return try read(path)
    } catch {
      throw RapportError(.configuration, file: path, problem: "cannot read \(what) (\(error.reason))", remedy: remedy)
    }
  }

  /// Creates the output folder at `path` and its parents; when it cannot, a configuration
  /// error that asks for another `--out`.
  package static func createOutputFolder(_ path: String) throws(RapportError) {
    do {
      try createDirectory(path)
    } catch {
      throw RapportError(
        .configuration, file: path, problem: "cannot create the output folder (\(error.reason))",
        remedy: "Choose another folder with --out")
    }
  }

  /// Writes the output file at `path` atomically; when it cannot, `unwritable(path, ...)`.
  package static func writeOutput(
    _ bytes: [UInt8], to path: String, remedy: String = "Check the output folder's permissions"
  ) throws(RapportError) {
    do {
      try writeAtomically(bytes, to: path)
    } catch {
      throw unwritable(path, error, remedy: remedy)
    }
  }

  /// The configuration error for an output file or folder that could not be written.
  package static func unwritable(
    _ path: String, _ failure: Failure, remedy: String = "Check the output folder's permissions"
  ) -> RapportError {
    RapportError(.configuration, file: path, problem: "cannot write (\(failure.reason))", remedy: remedy)
  }

  /// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
  /// reader never sees half a file and an interrupted run leaves the old file intact.
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
    let url = URL(fileURLWithPath: path)
    do {
      try Data(bytes).write(to: url, options: .atomic)
    } catch {
      throw Failure(reason: error.localizedDescription)
    }
  }

  /// Appends `bytes` to the open file `descriptor` with plain `write` calls (for part
  /// files, which are scratch: joined into an output file and removed within the run).
  /// Returns 0, or the `errno` of the failure.
  package static func append(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return 0
  }

  /// Creates the folder at `path` and its parents when missing.
  public static func createDirectory(_ path: String) throws(Failure) {
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
    } catch {
      throw Failure(reason: error.localizedDescription)
    }
  }

  public static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  public static func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
  }

  /// Regular files below `folder` (recursively, hidden files and folders skipped), sorted by
  /// path. A link to a folder is not followed, and neither listed (as FileManager's
  /// enumerator has it); a link to a file is listed.
  ///
  /// The folders are read with `readdir`, whose entry types spare a `stat` per file:
  /// FileManager's enumerator cost about 27 µs a file, serial time before any worker starts.
  public static func files(under folder: String) -> [String] {
    var found: [String] = []
    walk(folder, relative: "", into: &found)
    return found.map { (folder as NSString).appendingPathComponent($0) }.sorted()
  }

  /// Appends the files below `folder`/`relative` to `found`, as paths relative to `folder`.
  private static func walk(_ folder: String, relative: String, into found: inout [String]) {
    let directory = relative.isEmpty ? folder : folder + "/" + relative
    guard let stream = opendir(directory) else { return }
    defer { closedir(stream) }
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        let bytes = raw.bindMemory(to: CChar.self)
        return FileManager.default.string(withFileSystemRepresentation: bytes.baseAddress!, length: strlen(bytes.baseAddress!))
      }
      if name.hasPrefix(".") { continue }  // also `.` and `..`
      let path = relative.isEmpty ? name : relative + "/" + name
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_DIR): walk(folder, relative: path, into: &found)
      case Int32(DT_REG): found.append(path)
      default:
        // A link, or a file system that gives no types: `stat` says what it leads to.
        var info = stat()
        let full = directory + "/" + name
        if lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
          walk(folder, relative: path, into: &found)
        } else if !isDirectory(full) {
          found.append(path)
        }
      }
    }
  }
}

extension UInt16 {
  /// The UTF-16 code unit of an ASCII scalar (`UInt8(ascii:)` for UTF-16 text).
  @inlinable package init(ascii scalar: Unicode.Scalar) {
    precondition(scalar.isASCII, "not ASCII: \(scalar)")
    self = UInt16(scalar.value)
  }
}
