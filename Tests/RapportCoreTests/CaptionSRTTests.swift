import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

@Suite("SRT captions")
struct CaptionSRTTests {
  let path = IngestTestSupport.fixture("captions.srt")

  @Test("numbered cues with Name: prefixes, CRLF line ends, <i>, <font> and {\\an8} markup removed")
  func mergedTurns() throws {
    let transcript = try TranscriptReader.read(path: path)
    #expect(transcript.source.format == "srt")
    #expect(transcript.speakerSummary == ["Therapist/therapist/built-in", "Client/client/built-in"])
    #expect(TurnFacts.of(transcript) == [
      TurnFacts("Therapist", "Welcome back. How was the week?", start: 1, end: 5, line: 3),
      TurnFacts("Client", "Honestly? Rough. I barely slept. [laughs] But I'm here.", start: 6, end: 10, line: 11, events: ["laughs"]),
      TurnFacts("Therapist", "I'm glad you came.", start: 11, end: 13, line: 20),
    ])
    #expect(transcript.warnings.isEmpty)
  }

  @Test("the byte range of a turn holds its text lines, CRLF included")
  func byteRange() throws {
    let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
    let transcript = try TranscriptReader.read(path: path)
    #expect(transcript.sourceText(ofTurn: 2, bytes: bytes) == "Therapist: I'm glad you came.")
    #expect(transcript.sourceText(ofTurn: 0, bytes: bytes).hasSuffix("\r\n<i>How was the week?</i>"))
  }

  @Test("--keep-cues gives one turn per cue")
  func keepCues() throws {
    let transcript = try TranscriptReader.read(path: path, options: IngestOptions(keepCues: true))
    #expect(transcript.turns.map(\.text) == [
      "Welcome back.", "How was the week?", "Honestly? Rough. I barely slept.", "[laughs] But I'm here.",
      "I'm glad you came.",
    ])
    #expect(transcript.turns.map(\.speaker) == [0, 0, 1, 1, 0])
  }

  @Test(
    "malformed SRT names the line and cue",
    arguments: [
      (
        "1\n00:00:01,000 --> 00:00:02,000\nT: Hi\n\nT: stray text\n",
        "bad.srt:5: expected the number of cue 2 or its timing line, found a line of 13 characters, SHA-256 622caefb. Start each cue with its number and a line such as '00:00:01,000 --> 00:00:04,000', and separate cues with one blank line."
      ),
      (
        "1\n00:00:01 -> 00:00:02\nT: Hi\n",
        "bad.srt:2: cue 1 has an unreadable timing line (a line of 20 characters, SHA-256 8a1219aa). Write it as '00:00:01,000 --> 00:00:04,000', with minutes and seconds below 60."
      ),
      (
        "1\n00:00:01,000 --> 00:00:02,000\n[music]\n",
        "bad.srt:3: cue 1 names no speaker. Start its text with a voice tag such as '<v Therapist>' or a label such as 'Therapist:'."
      ),
    ])
  func errors(text: String, message: String) {
    #expect(IngestTestSupport.errorMessage(text, path: "bad.srt") == message)
  }

  @Test(
    "cue times in WebVTT and SRT forms",
    arguments: [
      ("00:00:01.000 --> 00:00:04.000", 1.0, 4.0),
      ("00:01:02,500 --> 00:01:05,250 X1:10 X2:20", 62.5, 65.25),
      ("01:02.5 --> 01:03 align:start", 62.5, 63.0),
      ("1:00:00.000 --> 1:00:01.000", 3600.0, 3601.0),
    ])
  func timings(line: String, start: Double, end: Double) throws {
    let timing = try #require(CaptionTiming.parse(line))
    #expect(timing.start == start)
    #expect(timing.end == end)
  }

  @Test("lines that are not cue timings", arguments: ["00:00:01 -> 00:00:02", "00:61.000 --> 00:62.000", "a --> b", "00:00:01.000"])
  func notTimings(line: String) {
    #expect(CaptionTiming.parse(line) == nil)
  }
}
