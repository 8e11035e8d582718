import Foundation
import RapportSupport

/// The files a folder walk leaves out, and why, so a researcher is told instead of finding
/// sessions missing. Hidden files and folders are not reported (the walk never looks there).
public enum SkippedFiles {
  /// One file left out.
  public struct Skipped: Sendable, Equatable {
    public var path: String
    public var reason: String
  }

  /// Every regular file under the folders among `paths` that the walk does not take as a
  /// transcript, in path order, with the reason.
  public static func under(_ paths: [String], files: (String) -> [String] = FileSystem.files(under:)) -> [Skipped] {
    var skipped: [Skipped] = []
    for path in paths where FileSystem.isDirectory(path) {
      for file in files(path) where !InputDiscovery.isTranscript(file) {
        skipped.append(Skipped(path: file, reason: reason(file)))
      }
    }
    return skipped
  }

  /// Why `file` is not read as a transcript.
  static func reason(_ file: String) -> String {
    let name = (file as NSString).lastPathComponent.lowercased()
    let pathExtension = (name as NSString).pathExtension
    if name.hasPrefix("readme") || name.hasPrefix("license") { return "a README or LICENSE file" }
    switch pathExtension {
    case "pdf": return "a PDF: not a transcript format Rapport reads; export it as .txt or .docx"
    case "doc", "rtf", "odt", "pages": return "a .\(pathExtension) document: not a transcript format Rapport reads; export it as .txt or .docx"
    case "": return "no file extension (name it .txt, .vtt, .srt, .json, .csv, .tsv or .docx to include it)"
    default: return "the extension .\(pathExtension) is not a transcript format Rapport reads"
    }
  }

  /// One line for the terminal: how many files were skipped, by reason, most common first
  /// (ties by reason), such as `skipped 3 files: 2 PDF, 1 other extension`.
  public static func summary(_ skipped: [Skipped]) -> String? {
    guard !skipped.isEmpty else { return nil }
    var counts: [String: Int] = [:]
    for item in skipped { counts[shortReason(item.path), default: 0] += 1 }
    let parts = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.value) \($0.key)" }
    return "skipped \(skipped.count) file\(skipped.count == 1 ? " that is" : "s that are") not a transcript (\(parts.joined(separator: ", "))); --verbose lists them"
  }

  static func shortReason(_ file: String) -> String {
    let name = (file as NSString).lastPathComponent.lowercased()
    if name.hasPrefix("readme") || name.hasPrefix("license") { return "README/LICENSE" }
    let pathExtension = (name as NSString).pathExtension
    return pathExtension.isEmpty ? "without extension" : ".\(pathExtension)"
  }
}
