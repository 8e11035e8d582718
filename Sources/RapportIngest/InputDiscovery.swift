import Foundation
import RapportSupport

/// A transcript file to analyze and the session id its outputs are named by.
public struct BatchInput: Sendable, Hashable {
  public var path: String
  public var session: String
  /// Why the id is not the plain one (`SessionID.base`): it collided with another input's or
  /// with a reserved name, and was given a hash suffix. Printed as a notice by `analyze`.
  public var note: String?
  /// The path the researcher named that found this file (a folder, or the file itself).
  public var root: String?

  public init(path: String, session: String, note: String? = nil, root: String? = nil) {
    self.path = path
    self.session = session
    self.note = note
    self.root = root
  }
}

/// Finds transcripts under the paths a researcher gives and names their sessions.
public enum InputDiscovery {
  /// Files named directly are always taken; folders are walked recursively for transcript
  /// extensions, skipping hidden files and README/LICENSE files. Each file's session id comes
  /// from its path relative to the argument that found it (`SessionID`), so the same file
  /// under the same argument always gets the same id, whatever else the batch holds.
  ///
  /// `files` lists a folder's files (`FileSystem.files(under:)`; a caller that also lists the
  /// skipped files passes one that remembers, so each folder is walked once).
  public static func inputs(
    _ paths: [String], files: (String) -> [String] = FileSystem.files(under:)
  ) throws(RapportError) -> [BatchInput] {
    var found: [(path: String, relative: String, root: String)] = []
    for path in paths {
      if FileSystem.isDirectory(path) {
        for file in files(path) where isTranscript(file) {
          found.append((file, String(file.dropFirst(path.count).drop { $0 == "/" }), path))
        }
      } else if FileSystem.exists(path) {
        found.append((path, (path as NSString).lastPathComponent, path))
      } else {
        throw RapportError(
          .configuration, file: path, problem: "no such file or folder",
          remedy: "Check the path, or run without paths to analyze ./Corpus")
      }
    }
    // The same file reached twice (named and inside a folder given) is one input. Paths are
    // compared byte for byte: Swift's `==` would merge an NFC and an NFD name, which are two
    // files on Linux.
    var seen = Set<[UInt8]>()
    var identity = FileIdentity()
    found = found.filter { seen.insert(identity.key($0.path)).inserted }
    return SessionID.assign(found.map { ($0.path, $0.relative) }).enumerated().map { index, assigned in
      BatchInput(path: found[index].path, session: assigned.id, note: assigned.note, root: found[index].root)
    }
  }

  /// Session ids for `files`, by `SessionID.assign`.
  static func name(_ files: [(path: String, relative: String)]) -> [BatchInput] {
    SessionID.assign(files).enumerated().map { index, assigned in
      BatchInput(path: files[index].path, session: assigned.id, note: assigned.note)
    }
  }

  static func isTranscript(_ path: String) -> Bool {
    let name = (path as NSString).lastPathComponent.lowercased()
    if name.hasPrefix("readme") || name.hasPrefix("license") { return false }
    return TranscriptFormat.transcriptExtensions.contains((name as NSString).pathExtension)
  }

}

/// What tells two paths to one file apart from paths to two files: the file's real path
/// (absolute, symbolic links resolved, `.` and `..` gone), as bytes. A file that is not itself
/// a link is its folder's real path, resolved once per folder, and its name: one `lstat` per
/// file, where resolving every path took seven system calls and 1% of a batch.
struct FileIdentity {
  private var folders: [String: [UInt8]] = [:]

  /// The key of `path`: its real path, or the path itself when it cannot be resolved.
  mutating func key(_ path: String) -> [UInt8] {
    let name = (path as NSString).lastPathComponent
    var status = stat()
    guard !path.hasSuffix("/"), name != ".", name != "..", lstat(path, &status) == 0,
      status.st_mode & S_IFMT != S_IFLNK
    else { return Self.resolved(path) ?? Array(path.utf8) }
    let parent = (path as NSString).deletingLastPathComponent
    let folder = parent.isEmpty ? "." : parent
    if folders[folder] == nil { folders[folder] = Self.resolved(folder) ?? Array(folder.utf8) }
    var key = folders[folder]!
    if key.last != UInt8(ascii: "/") { key.append(UInt8(ascii: "/")) }
    key += name.utf8
    return key
  }

  /// `realpath(3)` of `path`, nil when it fails (the path is gone or unreadable).
  private static func resolved(_ path: String) -> [UInt8]? {
    guard let real = realpath(path, nil) else { return nil }
    defer { free(real) }
    return Array(UnsafeBufferPointer(start: UnsafeRawPointer(real).assumingMemoryBound(to: UInt8.self), count: strlen(real)))
  }
}
