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

@Suite("WebVTT captions")
struct CaptionWebVTTTests {
  let path = IngestTestSupport.fixture("captions.vtt")

  @Test("cues of one speaker merge into turns; voice tags name speakers; styling and NOTE/STYLE blocks go")
  func mergedTurns() throws {
    let transcript = try TranscriptReader.read(path: path)
    #expect(transcript.source.format == "webvtt")
    #expect(transcript.speakerSummary == ["Dr. Amaral/therapist/built-in", "Inês/client/inferred"])
    #expect(TurnFacts.of(transcript) == [
      TurnFacts("Dr. Amaral", "Good morning, Inês. How are you? Take your time.", start: 1, end: 6, line: 11),
      TurnFacts("Inês", "Tired. [sighs] Not great. My sister & I argued again.", start: 7.25, end: 12, line: 18, events: ["sighs"]),
      TurnFacts("Dr. Amaral", "That sounds hard.", start: 12.5, end: 14, line: 24),
      TurnFacts("Inês", "It was.", start: 12.5, end: 14, line: 25),
    ])
    #expect(transcript.warnings.map(\.code) == ["inferred-role"])
    #expect(transcript.warnings.first?.line == 18)
  }

  @Test("a merged turn's byte range runs from its first text line to its last")
  func byteRange() throws {
    let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
    let transcript = try TranscriptReader.read(path: path)
    #expect(transcript.sourceText(ofTurn: 0, bytes: bytes) == """
      <v Dr. Amaral>Good morning, Inês.
      How are you?

      00:00:04.500 --> 00:00:06.000 align:start
      <v Dr. Amaral><i>Take</i> your time.
      """)
    #expect(transcript.sourceText(ofTurn: 3, bytes: bytes) == "<v Inês><c.soft>It was.</c>")
  }

  @Test("--keep-cues keeps every cue as its own turn")
  func keepCues() throws {
    let transcript = try TranscriptReader.read(path: path, options: IngestOptions(keepCues: true))
    #expect(TurnFacts.of(transcript) == [
      TurnFacts("Dr. Amaral", "Good morning, Inês. How are you?", start: 1, end: 4.5, line: 11),
      TurnFacts("Dr. Amaral", "Take your time.", start: 4.5, end: 6, line: 15),
      TurnFacts("Inês", "Tired. [sighs] Not great.", start: 7.25, end: 9, line: 18, events: ["sighs"]),
      TurnFacts("Inês", "My sister & I argued again.", start: 9, end: 12, line: 21),
      TurnFacts("Dr. Amaral", "That sounds hard.", start: 12.5, end: 14, line: 24),
      TurnFacts("Inês", "It was.", start: 12.5, end: 14, line: 25),
    ])
  }

  @Test("Name: prefixes, cues without a speaker continuing the last one, and <pause> kept as a mark")
  func prefixes() throws {
    let text = """
      WEBVTT

      00:01:00.000 --> 00:01:02.000
      Therapist: How are you doing?

      00:01:02.500 --> 00:01:05.000
      Client: Okay. <pause> I think.

      00:01:05.000 --> 00:01:07.000
      Mostly okay.

      """
    let transcript = try IngestTestSupport.read(text, path: "prefix.vtt")
    #expect(TurnFacts.of(transcript) == [
      TurnFacts("Therapist", "How are you doing?", start: 60, end: 62, line: 4),
      TurnFacts("Client", "Okay. <pause> I think. Mostly okay.", start: 62.5, end: 67, line: 7, events: ["pause"]),
    ])
  }

  @Test(
    "malformed WebVTT names the line and cue",
    arguments: [
      (
        "00:00:01.000 --> 00:00:02.000\n<v T>Hi\n",
        "bad.vtt:1: a WebVTT file must start with the line 'WEBVTT'. Add 'WEBVTT' as the first line, or choose the file's real format with --input-format."
      ),
      (
        "WEBVTT\n\n00:00:01.000 --> 00:00:61.000\n<v T>Hi\n",
        "bad.vtt:3: cue 1 has an unreadable timing line (a line of 29 characters, SHA-256 64160d74). Write it as '00:00:01.000 --> 00:00:04.000', with minutes and seconds below 60."
      ),
      (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v T>Hi\n\n00:00:05.000 --> 00:00:01.000\n<v C>Hello\n",
        "bad.vtt:6: cue 2 ends (00:00:01.000) before it starts (00:00:05.000). Correct the cue's times."
      ),
      (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello there.\n",
        "bad.vtt:4: cue 1 names no speaker. Start its text with a voice tag such as '<v Therapist>' or a label such as 'Therapist:'."
      ),
      (
        "WEBVTT\nKind: captions\n00:00:01.000 --> 00:00:02.000\n<v T>Hi\n",
        "bad.vtt:3: the first cue follows the 'WEBVTT' header without a blank line. Put one blank line after the header lines."
      ),
      (
        "WEBVTT\n\nhello\nworld\n",
        "bad.vtt:3: cue 1 has no timing line (found a line of 5 characters, SHA-256 2cf24dba). Give each cue a line such as '00:00:01.000 --> 00:00:04.000', and separate cues with one blank line."
      ),
    ])
  func errors(text: String, message: String) {
    #expect(IngestTestSupport.errorMessage(text, path: "bad.vtt") == message)
  }
}
