import Foundation
@testable import RapportCore

/// Paths and helpers shared by the lexicon, matcher, negation, import, lint and seed suites.
enum LexiconTestKit {
  /// The repository's root folder.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// A fixture under Tests/RapportCoreTests/Fixtures/lexicon.
  static func fixture(_ name: String) -> String {
    root + "/Tests/RapportCoreTests/Fixtures/lexicon/" + name
  }

  /// The shipped lexicon files, Lexicons/*.xml, sorted.
  static var shippedLexiconPaths: [String] {
    FileSystem.files(under: root + "/Lexicons").filter { $0.hasSuffix(".xml") }
  }

  /// A native lexicon from XML category elements.
  static func lexicon(_ categories: String, name: String = "test", path: String = "test.xml") throws -> Lexicon {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <lexicon xmlns="urn:rapport:lexicon:1" name="\(name)" version="1" language="en">
      \(categories)
      </lexicon>
      """
    return try LexiconLoader.load(bytes: Array(xml.utf8), path: path)
  }

  /// A category element holding `terms` (written as given, so `&apos;` etc. need no escaping).
  static func category(_ id: String, _ terms: [String], attributes: String = "") -> String {
    "<category id=\"\(id)\" label=\"\(id)\" \(attributes)>"
      + terms.map { "<entry term=\"\($0)\"/>" }.joined() + "</category>"
  }

  /// The hits of `text` as one turn, each written `category=surface[entry]` with `~n`, `~i`,
  /// `~h` for negated, intensified and hedged, in the order the tagger reports them.
  static func hits(_ text: String, matcher: Matcher, window: Int = 3) throws -> [String] {
    let tagger = try Tagger(matcher: matcher, options: TagOptions(window: window))
    let tokens = tagger.tokenizer.tokenize(text)
    return tagger.tag(tokens, turn: 0).map { hit in
      let surface = text.utf16Slice(Int(tokens[Int(hit.firstToken)].start)..<Int(tokens[Int(hit.lastToken)].end))
      var written = "\(matcher.categories[Int(hit.category)].id)=\(surface)[\(matcher.entries[Int(hit.entry)].term)]"
      if hit.negated { written += "~n" }
      if hit.intensified { written += "~i" }
      if hit.hedged { written += "~h" }
      return written
    }
  }

  /// The built `rapport` executable, next to the test bundle.
  static var executable: String {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("rapport").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      folder = folder.deletingLastPathComponent()
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
    let path = NSTemporaryDirectory() + "rapport-lexicon-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
