import Foundation

/// File access for the pipeline: whole-file reads, atomic writes, and folder walks in a
/// stable order.
public enum FileSystem {
  /// Why a file operation failed, in words for the researcher.
  public struct Failure: Error, Sendable {
    public var reason: String
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

  /// Regular files below `folder` (recursively, hidden files skipped), sorted by path.
  public static func files(under folder: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var found: [String] = []
    while let relative = walker.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        walker.skipDescendants()
        continue
      }
      let path = (folder as NSString).appendingPathComponent(relative)
      if !isDirectory(path) { found.append(path) }
    }
    return found.sorted()
  }
}

extension UInt16 {
  /// The UTF-16 code unit of an ASCII scalar (`UInt8(ascii:)` for UTF-16 text).
  init(ascii scalar: Unicode.Scalar) {
    precondition(scalar.isASCII, "not ASCII: \(scalar)")
    self = UInt16(scalar.value)
  }
}
