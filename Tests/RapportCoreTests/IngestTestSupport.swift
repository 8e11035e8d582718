import Foundation
import RapportCore

/// Paths and readers shared by the ingest suites.
enum IngestTestSupport {
  /// A fixture under Tests/RapportCoreTests/Fixtures/ingest.
  static func fixture(_ name: String) -> String {
    TestSupport.fixture("ingest/" + name)
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
