import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportTag
@testable import RapportValidation

@Suite("Input format detection")
struct IngestFormatDetectionTests {
  static let srt = "1\n00:00:01,000 --> 00:00:02,000\nT: Hi\n"

  @Test(
    "the format comes from content that proves it, then the extension, then a CSV/TSV header",
    arguments: [
      ("a.txt", "T: hi\n", TranscriptFormat.text),
      ("a.txt", "[00:00:35] Therapist: hi\n", .text),
      ("a.txt", "(12:31) Therapist: hi\n", .text),
      ("a.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v T>hi\n", .webvtt),
      ("a.txt", "WEBVTT - exported\n\n00:00:01.000 --> 00:00:02.000\n<v T>hi\n", .webvtt),
      ("a.vtt", "00:00:01.000 --> 00:00:02.000\n<v T>hi\n", .webvtt),
      ("a.srt", srt, .srt),
      ("a.vtt", srt, .srt),
      ("captions", srt, .srt),
      ("a.json", "[{\"speaker\": \"T\", \"text\": \"hi\"}]", .json),
      ("export", "{\"schema\": \"rapport-transcript/1\"}", .json),
      ("a.txt", "[\n  {\"speaker\": \"T\", \"text\": \"hi\"}\n]", .json),
      ("a.json", "not json at all", .json),
      ("a.CSV", "speaker,text\nT,hi\n", .csv),
      ("a.tsv", "speaker\ttext\nT\thi\n", .tsv),
      ("turns.dat", "speaker\ttext\nT\thi\n", .tsv),
      ("turns.txt", "Interlocutor,\"Utterance Text\"\nT,hi\n", .csv),
      ("a.txt", "Therapist: so, speaker, text\n", .text),
      ("folder.d/notes", "T: hi\n", .text),
    ])
  func detect(path: String, text: String, format: TranscriptFormat) {
    #expect(TranscriptFormat.detect(path: path, text: text) == format)
  }

  @Test("--input-format forces a format over detection")
  func forced() throws {
    let text = "T: Hello, there\nC: Hi\n"
    #expect(IngestTestSupport.errorMessage(text, path: "a.csv")?.hasPrefix("a.csv:1: the header row names no speaker column") == true)
    let transcript = try IngestTestSupport.read(text, path: "a.csv", options: IngestOptions(format: .text))
    #expect(transcript.source.format == "text")
    #expect(transcript.turns.map(\.text) == ["Hello, there", "Hi"])
  }

  @Test("format names a researcher writes", arguments: [
    ("vtt", TranscriptFormat.webvtt), ("WebVTT", .webvtt), ("txt", .text), ("srt", .srt), ("JSON", .json),
    ("csv", .csv), ("tab", .tsv),
  ])
  func names(name: String, format: TranscriptFormat) {
    #expect(TranscriptFormat(name: name) == format)
  }

  @Test("unknown format names are refused")
  func unknownName() {
    #expect(TranscriptFormat(name: "docx") == nil)
  }

  @Test("folders are walked for every transcript extension")
  func extensions() {
    #expect(TranscriptFormat.transcriptExtensions == ["txt", "text", "vtt", "srt", "json", "csv", "tsv", "docx"])
  }
}
