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

/// The transcript exports researchers really have (issue #13), each read without a flag from a
/// fixture we wrote, and the parser-side privacy and robustness cases of issue #16.
@Suite struct IngestExportFormatsTests {
  static func read(_ name: String, options: IngestOptions = IngestOptions()) throws -> Transcript {
    try TranscriptReader.read(path: TestSupport.fixture("formats/" + name), options: options)
  }

  static func facts(_ transcript: Transcript) -> [String] {
    transcript.turns.map { "\(transcript.speakers[$0.speaker].label)|\($0.start.map { "\($0)" } ?? "-")|\($0.text)" }
  }

  @Test func otterSpeakerLinesStartTurnsWithTheWordsBelow() throws {
    let transcript = try Self.read("otter.txt")
    #expect(Self.facts(transcript) == [
      "Speaker 1|3.0|How has the week been since we last met?",
      "Speaker 2|9.0|Busy. I kept putting off the phone call to my landlord.\nIt sat on my list all week.",
      "Speaker 1|21.0|It sounds like that call carries a lot of weight for you.",
    ])
  }

  @Test func revLabelsWithTimesOnTheirOwnLineOrInline() throws {
    let own = try Self.read("rev.txt")
    #expect(Self.facts(own) == [
      "Therapist|5.0|What would you like to start with today?",
      "Client|11.0|The garden, I think. I finally planted the tomatoes.",
      "Therapist|19.0|You sound a little proud of that.",
    ])
    #expect(own.speakerSummary == ["Therapist/therapist/built-in", "Client/client/built-in"])
    let inline = try Self.read("rev-inline.txt")
    #expect(Self.facts(inline).map { $0.split(separator: "|").prefix(2).joined(separator: "|") } == ["Therapist|5.0", "Client|11.0", "Therapist|79.0"])
  }

  @Test func descriptBracketedTimesBeforeTheLabel() throws {
    let transcript = try Self.read("descript.txt")
    #expect(Self.facts(transcript).map { $0.split(separator: "|").prefix(2).joined(separator: "|") } == ["Therapist|2.0", "Client|7.0", "Therapist|62.0"])
    #expect(transcript.source.format == "text")
  }

  @Test func whisperXSegmentsTakeTheirWordsSpeakerWhenTheyHaveNone() throws {
    let transcript = try Self.read("whisperx.json")
    #expect(Self.facts(transcript) == [
      "SPEAKER_00|0.5|What brings you in this week?",
      "SPEAKER_01|3.8|Mostly the move. The boxes are still everywhere.",
      "SPEAKER_00|8.4|That sounds tiring.",
    ])
    #expect(transcript.warnings.contains { $0.code == RoleInference.missingRoleCode })
  }

  @Test func revAIMonologuesBecomeTurns() throws {
    let transcript = try Self.read("revai.json")
    #expect(Self.facts(transcript) == ["Speaker 0|0.4|How was practice?", "Client|2.0|Harder than expected."])
    #expect(transcript.turns[1].end == 3.1)
  }

  @Test func europeanExcelCSVWithBOMAndSemicolonsAndATimestampColumn() throws {
    let transcript = try Self.read("excel-semicolon.csv")
    #expect(Self.facts(transcript) == ["Therapist|4.0|Good morning; how are you, really?", "Client|9.0|Tired, but here."])
    // The fix an error suggests works on such a file too.
    var options = IngestOptions()
    options.speakerColumn = "Speaker"
    options.textColumn = "Text"
    #expect(Self.facts(try Self.read("excel-semicolon.csv", options: options)).count == 2)
  }

  @Test func pipeSeparatedWithATimeColumnAndAChosenStartColumn() throws {
    let transcript = try Self.read("pipe.csv")
    #expect(Self.facts(transcript) == ["T|3.5|What did you notice this week?", "C|8.0|That I sleep better after walking."])
    var options = IngestOptions()
    options.startColumn = "nowhere"
    #expect(throws: RapportError.self) { try Self.read("pipe.csv", options: options) }
    options.startColumn = nil
    options.delimiter = ","
    #expect(throws: RapportError.self) { try Self.read("pipe.csv", options: options) }
  }

  @Test func sniffedDelimiterPrefersTheOneNamingSpeakerAndText() {
    let units = Array("speaker;text,with comma\nT;hi\n".utf16)
    #expect(DelimitedTranscriptParser.sniffDelimiter(units, preferring: ",") == ";")
    #expect(DelimitedTranscriptParser.sniffDelimiter(Array("speaker\ttext\n".utf16), preferring: ",") == "\t")
  }

  @Test func aNotesFileIsNotSilentlyASession() throws {
    let transcript = try Self.read("notes.txt")
    let warning = try #require(transcript.warnings.first { $0.code == RoleInference.missingRoleCode })
    #expect(warning.message.contains("no speaker is the therapist and none the client"))
  }

  @Test func inferRolesUsesQuestionsReflectionsAndWhoSpeaksFirst() throws {
    var options = IngestOptions()
    options.inferRoles = true
    let transcript = try Self.read("otter.txt", options: options)
    #expect(transcript.speakerSummary == ["Speaker 1/therapist/inferred", "Speaker 2/client/inferred"])
    let warning = try #require(transcript.warnings.first { $0.code == RoleInference.inferredRolesCode })
    #expect(warning.message.contains("asks in 1 of 2 turns"))
    #expect(!transcript.warnings.contains { $0.code == RoleInference.missingRoleCode })
    // Without the flag the roles stay unknown.
    #expect(try Self.read("otter.txt").speakerSummary == ["Speaker 1/other/unknown", "Speaker 2/other/unknown"])
  }

  @Test func pdfAndOtherBinariesAreRefusedWithWhatToDo() {
    let pdf = Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n".utf8)
    #expect(IngestTestSupportBytes.errorMessage(pdf, path: "s.pdf")?.contains("not a transcript format Rapport reads (a PDF document)") == true)
    #expect(IngestTestSupportBytes.errorMessage(pdf, path: "s.pdf")?.contains("Export the transcript as .txt or .docx") == true)
    let zip = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 40)
    #expect(IngestTestSupportBytes.errorMessage(zip, path: "s.zip") != nil)
  }

  @Test func folderWalkReportsSkippedFilesWithReasons() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for name in ["a.txt", "b.pdf", "c.pdf", "README.md", "d.mp3"] {
      FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("T: hi\n".utf8))
    }
    let skipped = SkippedFiles.under([folder])
    #expect(skipped.map { ($0.path as NSString).lastPathComponent } == ["README.md", "b.pdf", "c.pdf", "d.mp3"])
    #expect(skipped[1].reason.contains("export it as .txt or .docx"))
    #expect(SkippedFiles.summary(skipped) == "skipped 4 files that are not a transcript (2 .pdf, 1 .mp3, 1 README/LICENSE); --verbose lists them")
  }

  // MARK: issue #16, inside the parsers

  @Test func aBidiMarkAfterALabelIsStillTheLabel() throws {
    let transcript = try TestSupport.transcript("Therapist: How are you?\nClient\u{200F}: Fine, thanks.\n\u{200E}Client: Mostly.\n")
    #expect(transcript.turns.count == 3)
    #expect(transcript.speakerSummary == ["Therapist/therapist/built-in", "Client/client/built-in"])
  }

  @Test func aNULInALabelIsAWarningWithItsLineNotADroppedTurn() throws {
    let transcript = try TestSupport.transcript("Therapist: How are you?\nCli\u{0}ent: Fine, thanks.\n")
    #expect(transcript.turns.count == 2)
    #expect(transcript.speakers.map(\.label) == ["Therapist", "Client"])
    let warning = try #require(transcript.warnings.first { $0.code == "control-character-in-label" })
    #expect(warning.line == 2)
  }

  @Test func anOverflowingTimestampIsAWarningWithItsLineNotAMergedTurn() throws {
    let transcript = try TestSupport.transcript("[00:00:01] Therapist: How are you?\n[99999999999999999999:00:00] Client: Fine, thanks.\n[00:75:00] Therapist: Good.\n")
    #expect(transcript.turns.map(\.text) == ["How are you?", "Fine, thanks.", "Good."])
    #expect(transcript.turns.map(\.start) == [1, nil, nil])
    #expect(transcript.warnings.filter { $0.code == "unreadable-timestamp" }.map(\.line) == [2, 3])
  }

  @Test func errorsNameTheLineButNeverQuoteTranscriptContent() {
    // A "header" row that is really data: a name and a phone number.
    let csvMessage = IngestTestSupport.errorMessage("Jane Roe,555-0142,said hello\nA,B,C\n", path: "s.csv")
    #expect(csvMessage != nil)
    #expect(csvMessage?.contains("Jane Roe") == false)
    #expect(csvMessage?.contains("555-0142") == false)
    #expect(csvMessage?.contains("column 1") == true)
    let srtMessage = IngestTestSupport.errorMessage("1\n00:00:01,000 --> 00:00:02,000\nT: hi\n\nMy name is Jane Roe\n", path: "s.srt")
    #expect(srtMessage?.contains("Jane Roe") == false)
    #expect(srtMessage?.contains("line 5") == true || srtMessage?.contains(":5:") == true)
    let vttMessage = IngestTestSupport.errorMessage("WEBVTT\n\nCall Jane Roe at home\nT: hi\n", path: "s.vtt")
    #expect(vttMessage?.contains("Jane Roe") == false)
    let jsonMessage = IngestTestSupport.errorMessage(#"{"schema": "Jane Roe 555-0142", "turns": []}"#, path: "s.json")
    #expect(jsonMessage?.contains("Jane Roe") == false)
    let timeMessage = IngestTestSupport.errorMessage("speaker,text,start\nT,hi,call 555-0142\n", path: "s.csv")
    #expect(timeMessage?.contains("555-0142") == false)
    #expect(timeMessage?.contains("'start'") == true)
  }
}

/// Reading raw bytes, for inputs that are not text.
enum IngestTestSupportBytes {
  static func errorMessage(_ bytes: [UInt8], path: String) -> String? {
    do {
      _ = try TranscriptReader.read(bytes: bytes, path: path)
      return nil
    } catch {
      return error.description
    }
  }
}

/// Speaker maps with per-session lines, or as a `session,label,role` CSV (issue #13).
@Suite struct SessionSpeakerMapTests {
  static let twoSessions = "s07.json"

  static func segments(_ a: String, _ b: String) -> String {
    #"[{"speaker": "\#(a)", "text": "How are you?"}, {"speaker": "\#(b)", "text": "Fine."}]"#
  }

  @Test func perSessionLinesOverrideTheMapForThatSessionOnly() throws {
    let map = try SpeakerMap.parse("SPEAKER_00 = therapist\nSPEAKER_01 = client\ns07: SPEAKER_00 = client\ns07: SPEAKER_01 = therapist\n", path: "map.txt")
    #expect(map.sessions == ["s07"])
    let options = IngestOptions(speakerMap: map)
    let s07 = try IngestTestSupport.read(Self.segments("SPEAKER_00", "SPEAKER_01"), path: "corpus/s07.json", options: options)
    #expect(s07.speakerSummary == ["SPEAKER_00/client/speaker-map", "SPEAKER_01/therapist/speaker-map"])
    let s08 = try IngestTestSupport.read(Self.segments("SPEAKER_00", "SPEAKER_01"), path: "corpus/s08.json", options: options)
    #expect(s08.speakerSummary == ["SPEAKER_00/therapist/speaker-map", "SPEAKER_01/client/speaker-map"])
  }

  @Test func aCSVMapWithSessionLabelRole() throws {
    let map = try SpeakerMap.parse("\u{FEFF}session,label,role\ns07,SPEAKER_00,therapist\ns07,SPEAKER_01,client\n,Coach,therapist\n", path: "map.csv")
    let options = IngestOptions(speakerMap: map)
    let s07 = try IngestTestSupport.read(Self.segments("SPEAKER_00", "SPEAKER_01"), path: "s07.json", options: options)
    #expect(s07.speakerSummary == ["SPEAKER_00/therapist/speaker-map", "SPEAKER_01/client/speaker-map"])
    let other = try IngestTestSupport.read(Self.segments("Coach", "SPEAKER_01"), path: "s09.json", options: options)
    #expect(other.speakers.map(\.role) == [.therapist, .client])
    #expect(throws: RapportError.self) { try SpeakerMap.parse("session,label,role\ns07,SPEAKER_00,boss\n", path: "map.csv") }
    #expect(throws: RapportError.self) { try SpeakerMap.parse(": SPEAKER_00 = client\n", path: "map.txt") }
  }
}
