import Foundation
import Testing

@testable import RapportCore

/// Paths and loaders shared by the validation suites.
enum ValidationFixtures {
  /// Tests/RapportCoreTests/Fixtures/validation.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/validation").path
  /// The package root (for the shipped Corpus and Lexicons).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  static func path(_ relative: String) -> String { folder + "/" + relative }

  static func lexicon() throws -> Lexicon { try LexiconLoader.load(path: path("lexicon.xml")) }

  static func matcher() throws -> Matcher { try Matcher(lexicons: [lexicon()]) }

  static func corpus() throws -> [BatchInput] { try InputDiscovery.inputs([path("corpus")]) }

  static func transcript(_ session: String) throws -> Transcript {
    try TranscriptReader.read(path: path("corpus/\(session).txt"))
  }

  /// The built `rapport` executable, next to the test bundle.
  static var executable: String {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [bundle.appendingPathComponent("rapport").path, Bundle.main.bundleURL.appendingPathComponent("rapport").path]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
  }

  /// Runs the CLI with `arguments` in the package root; returns status, stdout and stderr.
  static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "rapport-validation-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}

@Suite("Validation fixtures")
struct ValidationFixturesTests {
  @Test func fixtureCorpusReadsAsWritten() throws {
    let inputs = try ValidationFixtures.corpus()
    #expect(inputs.map(\.session) == ["v1", "v2", "v3"])
    let v1 = try ValidationFixtures.transcript("v1")
    #expect(v1.turns.count == 4)
    #expect(v1.turns[1].text == "I was scared on the bus. I am not scared now.")
    #expect(v1.speakers.map(\.role) == [.therapist, .client])
  }
}
