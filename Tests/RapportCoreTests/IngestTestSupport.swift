import Foundation
import RapportCore

/// Paths and readers shared by the ingest suites.
enum IngestTestSupport {
  /// The repository's root folder.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// A fixture under Tests/RapportCoreTests/Fixtures/ingest.
  static func fixture(_ name: String) -> String {
    root + "/Tests/RapportCoreTests/Fixtures/ingest/" + name
  }

  /// Reads a transcript given as UTF-8 text, named `path`.
  static func read(_ text: String, path: String, options: IngestOptions = IngestOptions()) throws(RapportError) -> Transcript {
    try TranscriptReader.read(bytes: Array(text.utf8), path: path, options: options)
  }

  /// The message of the error reading `text` throws, or nil when it reads.
  static func errorMessage(_ text: String, path: String, options: IngestOptions = IngestOptions()) -> String? {
    do {
      _ = try read(text, path: path, options: options)
      return nil
    } catch {
      return error.description
    }
  }
}

/// What a test checks about a turn, in a form `#expect` can compare and print.
struct TurnFacts: Equatable, CustomStringConvertible {
  var speaker: String
  var text: String
  var start: Double?
  var end: Double?
  var line: Int
  var events: [String] = []

  init(_ speaker: String, _ text: String, start: Double? = nil, end: Double? = nil, line: Int, events: [String] = []) {
    self.speaker = speaker
    self.text = text
    self.start = start
    self.end = end
    self.line = line
    self.events = events
  }

  /// The facts of every turn of `transcript`.
  static func of(_ transcript: Transcript) -> [TurnFacts] {
    transcript.turns.map { turn in
      TurnFacts(
        transcript.speakers[turn.speaker].label, turn.text, start: turn.start, end: turn.end, line: turn.line,
        events: turn.events.map(\.kind))
    }
  }

  var description: String {
    "\(speaker)@\(line) [\(start.map { "\($0)" } ?? "-")–\(end.map { "\($0)" } ?? "-")] \(text.debugDescription) \(events)"
  }
}

extension Transcript {
  /// Each speaker as `label/role/source`, for comparing in one line.
  var speakerSummary: [String] {
    speakers.map { "\($0.label)/\($0.role.rawValue)/\($0.roleSource.rawValue)" }
  }

  /// The source bytes of turn `index` (0-based), as text.
  func sourceText(ofTurn index: Int, bytes: [UInt8]) -> String {
    String(decoding: bytes[turns[index].byteRange], as: UTF8.self)
  }
}

/// Runs the built `rapport` executable.
enum IngestCommandLine {
  /// What a run printed and how it ended.
  struct Run {
    var status: Int32
    var stderr: String
  }

  /// The `rapport` executable next to the test bundle.
  static var executable: String {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("rapport").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return IngestTestSupport.root + "/.build/debug/rapport"
  }

  /// Runs `rapport arguments` in the repository's root folder.
  static func run(_ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: IngestTestSupport.root)
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self))
  }

  /// A new empty folder under the system's temporary folder.
  static func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "rapport-ingest-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
