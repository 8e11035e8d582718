import Foundation

/// A transcript file to analyze and the session id its outputs are named by.
public struct BatchInput: Sendable, Hashable {
  public var path: String
  public var session: String
}

/// Finds transcripts under the paths a researcher gives and names their sessions.
public enum InputDiscovery {
  /// Files named directly are always taken; folders are walked recursively for transcript
  /// extensions, skipping hidden files and README/LICENSE files. A session id is the file name
  /// without extension; when two collide, each becomes its path relative to the folder given,
  /// with `/` written as `_`.
  public static func inputs(_ paths: [String]) throws(RapportError) -> [BatchInput] {
    var found: [(path: String, relative: String)] = []
    for path in paths {
      if FileSystem.isDirectory(path) {
        for file in FileSystem.files(under: path) where isTranscript(file) {
          found.append((file, String(file.dropFirst(path.count).drop { $0 == "/" })))
        }
      } else if FileSystem.exists(path) {
        found.append((path, path))
      } else {
        throw RapportError(
          .configuration, file: path, problem: "no such file or folder",
          remedy: "Check the path, or run without paths to analyze ./Corpus")
      }
    }
    var seen = Set<String>()
    found = found.filter { seen.insert(standardized($0.path)).inserted }
    return name(found)
  }

  static func name(_ files: [(path: String, relative: String)]) -> [BatchInput] {
    let candidates: [[String]] = files.map { file in
      let withoutExtension = (file.relative as NSString).deletingPathExtension
      return [
        (withoutExtension as NSString).lastPathComponent,
        withoutExtension.replacingOccurrences(of: "/", with: "_"),
        file.relative.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: ".", with: "_"),
      ]
    }
    var level = [Int](repeating: 0, count: files.count)
    // Raise the ids of colliding files to a more specific form until all are unique.
    for _ in 0..<3 {
      var byID: [String: [Int]] = [:]
      for index in files.indices { byID[candidates[index][level[index]], default: []].append(index) }
      var changed = false
      for (_, indices) in byID where indices.count > 1 {
        for index in indices where level[index] < 2 {
          level[index] += 1
          changed = true
        }
      }
      if !changed { break }
    }
    var used: [String: Int] = [:]
    return files.indices.map { index in
      var id = candidates[index][level[index]]
      if let count = used[id] {
        used[id] = count + 1
        id += "_\(count + 1)"
      } else {
        used[id] = 1
      }
      return BatchInput(path: files[index].path, session: id)
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
