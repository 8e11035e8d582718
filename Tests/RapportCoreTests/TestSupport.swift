import Foundation
import RapportCore

/// Paths and helpers shared by the test suites.
enum TestSupport {
  /// The repository's root folder.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// A fixture under Tests/RapportCoreTests/Fixtures.
  static func fixture(_ relative: String) -> String {
    root + "/Tests/RapportCoreTests/Fixtures/" + relative
  }

  /// The built `rapport` executable, next to the test bundle.
  static var executable: String {
    // On Linux the runner is <build>/<config>/RapportPackageTests.xctest; look beside it and a
    // few folders up, then beside the main bundle.
    var folders: [URL] = []
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<3 {
      folders.append(folder)
      folder = folder.deletingLastPathComponent()
    }
    folders += [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    for folder in folders {
      let candidate = folder.appendingPathComponent("rapport").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return root + "/.build/debug/rapport"
  }

  /// What a run of the CLI printed and how it ended.
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `rapport` with `arguments` in `directory`. Its output goes through temporary files,
  /// so neither stream can fill a pipe and stall it.
  static func rapport(_ arguments: [String], in directory: String = root) throws -> Run {
    let folder = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let outPath = folder + "/stdout"
    let errPath = folder + "/stderr"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.standardOutput = FileHandle(forWritingAtPath: outPath)
    process.standardError = FileHandle(forWritingAtPath: errPath)
    try process.run()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus,
      stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
      stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
  }

  /// A new empty folder under the system's temporary folder.
  static func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "rapport-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Parses a transcript given as text.
  static func transcript(_ text: String, path: String = "fixture.txt", map: SpeakerMap = .builtIn) throws(RapportError) -> Transcript {
    try TranscriptReader.read(bytes: Array(text.utf8), path: path, options: IngestOptions(speakerMap: map))
  }

  /// Loads a native lexicon given as XML text.
  static func lexicon(_ xml: String, path: String = "fixture.xml") throws(RapportError) -> Lexicon {
    try LexiconLoader.load(bytes: Array(xml.utf8), path: path)
  }

  /// A one-category-per-line lexicon: `[(id, [terms])]`, with optional extra category XML.
  static func lexiconXML(_ categories: [(String, [String])], extra: String = "") -> String {
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <lexicon xmlns="urn:rapport:lexicon:1" name="test" version="1" language="en">

      """
    for (id, terms) in categories {
      xml += "  <category id=\"\(id)\" label=\"\(id)\">\n"
      for term in terms { xml += "    <entry term=\"\(term)\"/>\n" }
      xml += "  </category>\n"
    }
    xml += extra + "</lexicon>\n"
    return xml
  }
}
