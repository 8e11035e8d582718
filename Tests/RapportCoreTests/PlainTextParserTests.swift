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

@Suite("Plain-text ingest")
struct PlainTextParserTests {
  @Test(
    "speaker labels map to roles",
    arguments: [
      ("T: Hello.", "T", Role.therapist),
      ("C: Hi.", "C", .client),
      ("Therapist: Hello.", "Therapist", .therapist),
      ("Client: Hi.", "Client", .client),
      ("Counselor: Hello.", "Counselor", .therapist),
      ("Counsellor: Hello.", "Counsellor", .therapist),
      ("Patient: Hi.", "Patient", .client),
      ("Dr. Lee: Hello.", "Dr. Lee", .therapist),
      ("DR LEE: Hello.", "DR LEE", .therapist),
      ("Interviewer: So.", "Interviewer", .therapist),
    ])
  func labels(line: String, label: String, role: Role) throws {
    let transcript = try TestSupport.transcript(line + "\n")
    #expect(transcript.speakers.count == 1)
    #expect(transcript.speakers[0].label == label)
    #expect(transcript.speakers[0].role == role)
    #expect(transcript.speakers[0].roleSource == .builtIn)
  }

  @Test(
    "lines that are not turns continue the previous turn",
    arguments: [
      "Anyway, what I said was: no.",
      "10:30: we met at the cafe",
      "and then: nothing",
      "https://example.org is where it was",
      "One two three four five: too many words for a label",
    ])
  func notLabels(line: String) throws {
    let transcript = try TestSupport.transcript("T: First.\n" + line + "\n")
    #expect(transcript.turns.count == 1)
    #expect(transcript.turns[0].text == "First.\n" + line)
  }

  @Test("a named client opposite a known therapist is inferred and reported")
  func inferredClient() throws {
    let transcript = try TestSupport.transcript("Dr. Lee: Hello.\nMaya: Hi.\nDr. Lee: How are you?\n")
    #expect(transcript.speakers.map(\.role) == [.therapist, .client])
    #expect(transcript.speakers[1].roleSource == .inferred)
    #expect(transcript.warnings == [
      InputWarning(
        code: "inferred-role",
        message: "speaker 'Maya' is not in the speaker map; taken as client because the other speaker is the therapist. Add 'Maya = client' to a --speaker-map file to say so",
        line: 2)
    ])
  }

  @Test("unknown labels count as other and are reported, never dropped")
  func unknownSpeakers() throws {
    let transcript = try TestSupport.transcript("T: Hello.\nC: Hi.\nNurse: Excuse me.\n")
    #expect(transcript.turns.count == 3)
    #expect(transcript.speakers[2] == Speaker(label: "Nurse", role: .other, roleSource: .unknown))
    #expect(transcript.warnings.map(\.code) == ["unknown-speaker"])
    #expect(transcript.warnings[0].line == 3)
  }

  @Test("a speaker map adds and overrides labels, and names its bad lines")
  func speakerMap() throws {
    let map = try SpeakerMap.parse("# lab map\nMaya = client\nNurse\tother\nT = client\n", path: "map.txt")
    #expect(map.role(for: "maya") == .client)
    #expect(map.role(for: "Nurse") == .other)
    #expect(map.role(for: "T") == .client)
    let transcript = try TestSupport.transcript("Maya: Hi.\nSam: Hello.\n", map: map)
    #expect(transcript.speakers[0].roleSource == .speakerMap)
    #expect(transcript.speakers[1].role == .therapist)
    #expect(throws: RapportError(
      .configuration, file: "map.txt", line: 2, problem: "unknown role 'doctor'",
      remedy: "Use therapist, client or other")) {
      try SpeakerMap.parse("Maya = client\nLee = doctor\n", path: "map.txt")
    }
    #expect(throws: RapportError(
      .configuration, file: "map.txt", line: 1, problem: "expected 'label = role', found 'Maya client'",
      remedy: "Write one label and its role per line, for example 'Dr. Lee = therapist'")) {
      try SpeakerMap.parse("Maya client\n", path: "map.txt")
    }
  }

  @Test("continuation lines join the previous turn; header lines become metadata")
  func continuationAndHeader() throws {
    let text = """
      # Session 3
      Recorded in clinic B

      T: How was the week?
      It sounds like a lot happened.

      C: It was long.
      """
    let transcript = try TestSupport.transcript(text)
    #expect(transcript.metadata == ["Session 3", "Recorded in clinic B"])
    #expect(transcript.turns.map(\.text) == ["How was the week?\nIt sounds like a lot happened.", "It was long."])
    #expect(transcript.turns.map(\.line) == [4, 7])
    #expect(transcript.turns.map(\.number) == [1, 2])
  }

  @Test(
    "leading timestamps are parsed off and kept as the turn's time",
    arguments: [
      ("[00:12:31] T: Hi.", 751.0),
      ("00:12:31 T: Hi.", 751.0),
      ("(12:31) T: Hi.", 751.0),
      ("[12:31] T: Hi.", 751.0),
      ("[1:02:03.5] T: Hi.", 3723.5),
      ("00:00:07,250 T: Hi.", 7.25),
    ])
  func timestamps(line: String, seconds: Double) throws {
    let transcript = try TestSupport.transcript(line + "\n")
    #expect(transcript.turns[0].start == seconds)
    #expect(transcript.turns[0].text == "Hi.")
    #expect(transcript.speakers[0].label == "T")
  }

  @Test("transcription marks become events and stay out of the words")
  func marks() throws {
    let text = "C: I just [laughs] froze (inaudible) and then <pause> [crosstalk] (which I hated) left.\n"
    let transcript = try TestSupport.transcript(text)
    let turn = transcript.turns[0]
    #expect(turn.events.map(\.kind) == ["laughs", "inaudible", "pause", "crosstalk"])
    #expect(turn.events.map { turn.text.utf16Slice($0.range) } == ["[laughs]", "(inaudible)", "<pause>", "[crosstalk]"])
    #expect(turn.events[0].isLaughter)
    let tokenizer = try Tokenizer()
    let words = try tokenizer.tokenize(turn.text, excluding: turn.events.map(\.range))
      .filter { $0.kind.isWord }.map { turn.text.utf16Slice($0.range) }
    #expect(words == ["I", "just", "froze", "and", "then", "which", "I", "hated", "left"])
  }

  @Test("each turn keeps its source line and byte range")
  func byteRanges() throws {
    let text = "# héader\nT: Café?\nC: Ça va.\nbien\n"
    let bytes = Array(text.utf8)
    let transcript = try TranscriptReader.read(bytes: bytes, path: "x.txt")
    let slices = transcript.turns.map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
    #expect(slices == ["T: Café?", "C: Ça va.\nbien"])
    #expect(transcript.turns.map(\.line) == [2, 3])
  }

  @Test("a file without turns is an error that says what a turn looks like")
  func noTurns() {
    #expect(throws: RapportError(
      .input, file: "notes.txt", problem: "no speaker-labelled turns found",
      remedy: "Start each turn with a label such as 'T:', 'Client:' or 'Dr. Lee:', or choose another format with --input-format")) {
      try TestSupport.transcript("just some notes\nwith no labels\n", path: "notes.txt")
    }
  }

  @Test("laughter marks are told from other marks by their words")
  func laughterMarks() {
    let laughing = ["laughs", "both laugh", "laughter", "chuckles", "chuckling", "giggles", "client giggling"]
    let other = ["inaudible", "long pause", "crosstalk", "laug", "sighs", "", "la ugh"]
    #expect(laughing.allSatisfy { TranscriptEvent(kind: $0, range: 0..<1).isLaughter })
    #expect(!other.contains { TranscriptEvent(kind: $0, range: 0..<1).isLaughter })
    #expect(TranscriptEvent(kind: "both laugh", range: 0..<1).mentions("both"))
    #expect(!TranscriptEvent(kind: "laughs", range: 0..<1).mentions("both"))
    #expect(!TranscriptEvent(kind: "bot", range: 0..<1).mentions("both"))
  }
}
