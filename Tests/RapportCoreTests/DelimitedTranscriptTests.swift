import Foundation
import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

@Suite("CSV and TSV transcripts")
struct DelimitedTranscriptTests {
  @Test("CSV: header found by name, quoted fields with commas, line breaks and doubled quotes, times")
  func csv() throws {
    let path = IngestTestSupport.fixture("turns.csv")
    let transcript = try TranscriptReader.read(path: path)
    #expect(transcript.source.format == "csv")
    #expect(transcript.speakerSummary == ["Therapist/therapist/built-in", "Client/client/built-in"])
    #expect(TurnFacts.of(transcript) == [
      TurnFacts("Therapist", "Welcome. Shall we start with the homework, or with how you're feeling?", start: 0, end: 4.2, line: 2),
      TurnFacts("Client", "The homework. I did it, mostly.\nWell — two out of three days.", start: 5, end: 11.5, line: 3),
      TurnFacts("Therapist", "Two out of three is a real start. He said \"just try\" and you did.", start: 12, end: 13, line: 5),
      TurnFacts("Client", "[laughs] Thanks.", line: 6, events: ["laughs"]),
    ])
    let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
    #expect(transcript.sourceText(ofTurn: 3, bytes: bytes) == "f1,4,Client,,,[laughs] Thanks.,")
  }

  @Test("TSV: a role column beside the speaker column gives roles; blank lines are skipped")
  func tsv() throws {
    let transcript = try TranscriptReader.read(path: IngestTestSupport.fixture("turns.tsv"))
    #expect(transcript.source.format == "tsv")
    #expect(transcript.speakerSummary == ["Dr. Ramos/therapist/transcript", "Ana/client/transcript"])
    #expect(TurnFacts.of(transcript) == [
      TurnFacts("Dr. Ramos", "How did the week go?", line: 2),
      TurnFacts("Ana", "Better, I think.", line: 3),
      TurnFacts("Dr. Ramos", "What \"helped\", do you think?", line: 5),
      TurnFacts("Ana", "Talking to my brother. (inaudible)", line: 6, events: ["inaudible"]),
    ])
  }

  @Test("columns chosen by name with --speaker-column and --text-column")
  func chosenColumns() throws {
    let text = "Who,Said,text\nT,Hello.,ignored\nC,Hi.,ignored\n"
    let options = IngestOptions(speakerColumn: "who", textColumn: "Said")
    let transcript = try IngestTestSupport.read(text, path: "chosen.csv", options: options)
    #expect(transcript.turns.map(\.text) == ["Hello.", "Hi."])
    #expect(transcript.speakers.map(\.role) == [.therapist, .client])
  }

  @Test(
    "malformed CSV and TSV name the line and row",
    arguments: [
      (
        "speaker,text\nT,Hello, there\n", IngestOptions(),
        "bad.csv:2: row 2 has 3 field(s) but the header has 2. Put fields that hold the delimiter in double quotes, and give every row one field per column."
      ),
      (
        "speaker,text\nT,\"Hello\nC,Hi\n", IngestOptions(),
        "bad.csv:2: not valid CSV: a quoted field opened on line 2 is never closed. Put fields that hold quotes, line breaks or the delimiter in double quotes, and double the quotes inside them."
      ),
      (
        "speaker,text\nT,\"Hello\" there\n", IngestOptions(),
        "bad.csv:2: not valid CSV: text follows the closing quote of a field. Put fields that hold quotes, line breaks or the delimiter in double quotes, and double the quotes inside them."
      ),
      (
        "who,text\nT,Hi\n", IngestOptions(),
        "bad.csv:1: the header row names no speaker column (its columns are 'who', 'text'). Name the column 'speaker', 'interlocutor', 'role' in the first row, or choose it with --speaker-column."
      ),
      (
        "speaker,words\nT,Hi\n", IngestOptions(),
        "bad.csv:1: the header row names no text column (its columns are 'speaker', 'words'). Name the column 'text', 'utterance', 'utterance_text' in the first row, or choose it with --text-column."
      ),
      (
        "speaker,text\nT,Hi\n", IngestOptions(speakerColumn: "Person"),
        "bad.csv:1: the header has no column 'Person' (its columns are 'speaker', 'text'). Check --speaker-column against the file's header row."
      ),
      (
        "speaker,text\nT,Hi\n,Hello\n", IngestOptions(),
        "bad.csv:3: row 3 has no speaker. Fill in its 'speaker' column, or delete the row."
      ),
      (
        "speaker,start,text\nT,1:2,Hi\n", IngestOptions(),
        "bad.csv:2: row 2 has a value of 3 characters, SHA-256 673aeeb0 in its 'start' column, which is not a time. Write seconds (12.5) or a time (00:00:12.5)."
      ),
      (
        "speaker,start,end,text\nT,5,2,Hi\n", IngestOptions(),
        "bad.csv:2: row 2 ends (00:00:02.000) before it starts (00:00:05.000). Correct its start and end times."
      ),
      (
        "speaker,text\n", IngestOptions(),
        "bad.csv:1: the CSV file has a header but no rows. Check that the export finished."
      ),
    ])
  func errors(text: String, options: IngestOptions, message: String) {
    #expect(IngestTestSupport.errorMessage(text, path: "bad.csv", options: options) == message)
  }

  @Test("the TSV error names TSV")
  func tsvError() {
    #expect(IngestTestSupport.errorMessage("speaker\ttext\nT\t\"Hi\n", path: "bad.tsv")
      == "bad.tsv:2: not valid TSV: a quoted field opened on line 2 is never closed. Put fields that hold quotes, line breaks or the delimiter in double quotes, and double the quotes inside them.")
  }
}
