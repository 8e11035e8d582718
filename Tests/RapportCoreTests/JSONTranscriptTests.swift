import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

@Suite("JSON transcripts")
struct JSONTranscriptTests {
  @Test("the native format: metadata, speakers with roles, times as numbers or strings")
  func native() throws {
    let path = IngestTestSupport.fixture("native.json")
    let transcript = try TranscriptReader.read(path: path)
    #expect(transcript.source.format == "json")
    #expect(transcript.metadata == ["title: Fixture session", "session: 4", "fictional: true"])
    #expect(transcript.speakerSummary == [
      "Dr. Okafor/therapist/transcript", "Mirela/client/transcript", "Interpreter/other/unknown",
    ])
    #expect(TurnFacts.of(transcript) == [
      TurnFacts("Dr. Okafor", "What brings you in today?", start: 0, end: 3.5, line: 10),
      TurnFacts("Mirela", "My mother says I’m “too sensitive”.\nMaybe she’s right. (long pause)", start: 4, end: 9.25, line: 11, events: ["long pause"]),
      TurnFacts("Interpreter", "She means her mother, not her aunt.", line: 12),
      TurnFacts("Mirela", "Yes.", start: 12, line: 13),
    ])
    #expect(transcript.warnings.map(\.code) == ["unknown-speaker"])
    #expect(transcript.warnings.first?.line == 7)
    let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
    #expect(transcript.sourceText(ofTurn: 3, bytes: bytes) == #"{"speaker": "Mirela", "start": 12, "end": null, "text": "Yes."}"#)
  }

  @Test("a segment array: consecutive segments of one speaker merge, text trimmed")
  func segmentArray() throws {
    let transcript = try TranscriptReader.read(path: IngestTestSupport.fixture("segments.json"))
    #expect(TurnFacts.of(transcript) == [
      TurnFacts("Therapist", "Hello again. Where shall we start?", start: 0.5, end: 4, line: 2),
      TurnFacts("Client", "[laughs] Anywhere.", start: 4.8, end: 6.1, line: 4, events: ["laughs"]),
      TurnFacts("Therapist", "Okay.", start: 6.5, end: 7, line: 5),
    ])
    let apart = try TranscriptReader.read(path: IngestTestSupport.fixture("segments.json"), options: IngestOptions(keepCues: true))
    #expect(apart.turns.map(\.text) == ["Hello again.", "Where shall we start?", "[laughs] Anywhere.", "Okay."])
  }

  @Test("an object with a segments array, speakers mapped by a speaker map")
  func segmentObject() throws {
    let map = try SpeakerMap.parse("SPEAKER_00 = therapist\nSPEAKER_01 = client\n", path: "map.txt")
    let transcript = try TranscriptReader.read(path: IngestTestSupport.fixture("whisper.json"), options: IngestOptions(speakerMap: map))
    #expect(transcript.speakerSummary == ["SPEAKER_00/therapist/speaker-map", "SPEAKER_01/client/speaker-map"])
    #expect(TurnFacts.of(transcript) == [
      TurnFacts("SPEAKER_00", "Hi there. How are things?", start: 0, end: 4.5, line: 5),
      TurnFacts("SPEAKER_01", "Not bad.", start: 5, end: 7, line: 7),
    ])
  }

  @Test("numeric speakers become labels")
  func numericSpeakers() throws {
    let transcript = try IngestTestSupport.read(#"[{"speaker": 1, "text": "Hi."}, {"speaker": 2, "text": "Hello."}]"#, path: "n.json")
    #expect(transcript.speakers.map(\.label) == ["1", "2"])
  }

  @Test(
    "malformed JSON transcripts name the line and the turn or segment",
    arguments: [
      (
        "{\"schema\": \"rapport-transcript/1\",\n \"turns\": [\n  {\"speaker\": \"T\", \"text\": \"Hi\"}\n  {\"speaker\": \"C\"}]}",
        "bad.json:4: not valid JSON: expected ',' or ']' after an array element, found '{'. Fix the JSON at that line."
      ),
      (
        "{\"schema\": \"rapport-tr",
        "bad.json:1: not valid JSON: a string is never closed. Fix the JSON at that line."
      ),
      (
        "{\"schema\": \"rapport-transcript/2\", \"turns\": []}",
        "bad.json:1: the \"schema\" value (a string of 20 characters, SHA-256 ac517a59) is not one this version of Rapport reads. Write \"schema\": \"rapport-transcript/1\" (docs/transcript-formats.md describes the format)."
      ),
      (
        "{\"schema\": \"rapport-transcript/1\",\n \"turns\": [\n  {\"speaker\": \"T\", \"text\": \"Hi\"},\n  {\"speaker\": \"C\"}\n]}",
        "bad.json:4: turn 2 has no \"text\" string. Give every turn a \"speaker\" and a \"text\"."
      ),
      (
        "{\"schema\": \"rapport-transcript/1\",\n \"speakers\": [{\"label\": \"T\"}],\n \"turns\": [\n  {\"speaker\": \"C\", \"text\": \"Hi\"}\n]}",
        "bad.json:4: turn 1 names speaker \"C\", which \"speakers\" does not list. Add {\"label\": \"C\"} to \"speakers\", or correct the turn's speaker."
      ),
      (
        "{\"schema\": \"rapport-transcript/1\",\n \"speakers\": [{\"label\": \"T\", \"role\": \"doctor\"}],\n \"turns\": [{\"speaker\": \"T\", \"text\": \"Hi\"}]}",
        "bad.json:2: speaker \"T\" has the role \"doctor\". Use \"therapist\", \"client\" or \"other\"."
      ),
      (
        "{\"schema\": \"rapport-transcript/1\", \"turns\": []}",
        "bad.json:1: a rapport-transcript/1 transcript needs a non-empty \"turns\" array. Add \"turns\": [{\"speaker\": …, \"text\": …}, …]."
      ),
      (
        "[\n  {\"start\": 0, \"end\": 1, \"text\": \"Hi\"}\n]",
        "bad.json:2: segment 1 has no \"speaker\" (nor do its words). Export the transcript with speaker labels (diarization), or add a \"speaker\" to every segment."
      ),
      (
        "[\n  {\"speaker\": \"T\", \"start\": 5, \"end\": 1, \"text\": \"Hi\"}\n]",
        "bad.json:2: segment 1 ends (00:00:01.000) before it starts (00:00:05.000). Correct its \"start\" and \"end\"."
      ),
      (
        "[\n  {\"speaker\": \"T\", \"start\": \"soon\", \"text\": \"Hi\"}\n]",
        "bad.json:2: \"start\" of segment 1 is not a time. Write seconds as a number (12.5) or a time as a string (\"00:00:12.5\")."
      ),
      (
        "{\"transcript\": \"Hi\"}",
        "bad.json:1: expected a Rapport transcript (an object with \"schema\": \"rapport-transcript/1\"), an array of segments, or an object with a \"segments\" or \"monologues\" array. See docs/transcript-formats.md for the JSON shapes Rapport reads."
      ),
    ])
  func errors(text: String, message: String) {
    #expect(IngestTestSupport.errorMessage(text, path: "bad.json") == message)
  }

  @Test(
    "the JSON reader follows RFC 8259",
    arguments: [
      ("[1, -2.5e3, 0.25, true, false, null, \"a\\u00e9\\n\\\"\"]", nil),
      ("{\"a\": 01}", "a number of 2 characters, SHA-256 938db8c9 is not a valid JSON number"),
      ("{\"a\": 1,}", "expected a member name in double quotes, found '}'"),
      ("{\"a\": 1, \"a\": 2}", "the member \"a\" appears twice in one object"),
      ("[1] x", "unexpected text after the end of the JSON value"),
      ("[\"a\\q\"]", "unknown escape '\\q' in a string"),
      ("[tru]", "expected a JSON value, found 't'"),
    ])
  func reader(text: String, problem: String?) {
    do {
      let node = try JSONNode.parse(Array(text.utf16))
      #expect(problem == nil)
      if case .array(let items) = node.value, let last = items.last {
        #expect(last.string == "aé\n\"")
        #expect(items.count == 7)
      }
    } catch {
      #expect(error.problem == problem)
    }
  }

  @Test("the published JSON Schema names the schema the reader accepts and its required members")
  func publishedSchema() throws {
    let path = TestSupport.root + "/Schemas/transcript-1.schema.json"
    let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
    let schema = try JSONNode.parse(Array(String(decoding: bytes, as: UTF8.self).utf16))
    #expect(schema["properties"]?["schema"]?["const"]?.string == JSONTranscriptParser.schema)
    #expect(schema["required"]?.array?.compactMap(\.string) == ["schema", "turns"])
    let turn = schema["$defs"]?["turn"]
    #expect(turn?["required"]?.array?.compactMap(\.string) == ["speaker", "text"])
  }
}
