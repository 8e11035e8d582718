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
    found = found.filter { seen.insert(Array(standardized($0.path).utf8)).inserted }
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

  private static func standardized(_ path: String) -> String {
    (path as NSString).standardizingPath
  }
}
