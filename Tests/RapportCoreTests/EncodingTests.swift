import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

@Suite("Encodings")
struct EncodingTests {
  static let expected = ["How’s the café today?", "It’s “fine” — Zoë was there."]

  @Test(
    "each encoding is detected, recorded and decoded to the same text",
    arguments: [
      ("utf8.txt", "UTF-8", false),
      ("utf8-bom.txt", "UTF-8", true),
      ("utf16le-bom.txt", "UTF-16LE", true),
      ("utf16be-bom.txt", "UTF-16BE", true),
      ("windows-1252.txt", "windows-1252", false),
    ])
  func decodes(file: String, encoding: String, bom: Bool) throws {
    let transcript = try TranscriptReader.read(path: TestSupport.fixture("skeleton/encodings/" + file))
    #expect(transcript.source.encoding == encoding)
    #expect(transcript.source.hadByteOrderMark == bom)
    #expect(transcript.turns.map(\.text) == Self.expected)
    #expect(transcript.warnings.isEmpty)
  }

  @Test("ISO-8859-1 text without Windows-1252's extra characters is read as ISO-8859-1")
  func latin1() throws {
    let transcript = try TranscriptReader.read(path: TestSupport.fixture("skeleton/encodings/iso-8859-1.txt"))
    #expect(transcript.source.encoding == "ISO-8859-1")
    #expect(transcript.turns[0].text == "Le café est fermé aujourd'hui, à cause de la grève.")
    #expect(transcript.turns[1].text.hasPrefix("Très bien"))
  }

  @Test("byte ranges of a UTF-16 file point at the turn's bytes")
  func utf16ByteRanges() throws {
    let path = TestSupport.fixture("skeleton/encodings/utf16le-bom.txt")
    let bytes = try FileSystem.read(path)
    let transcript = try TranscriptReader.read(path: path)
    let first = Array(bytes[transcript.turns[0].byteRange])
    #expect(String(decoding: first.withUnsafeBytes { Array($0.bindMemory(to: UInt16.self)) }, as: UTF16.self)
      == "T: How’s the café today?")
    #expect(transcript.turns[0].byteRange.lowerBound == 2)
  }

  @Test("undecodable bytes become U+FFFD and are counted in a warning")
  func replacements() throws {
    let transcript = try TranscriptReader.read(
      path: TestSupport.fixture("skeleton/encodings/bad-utf8.txt"), options: IngestOptions(encoding: "UTF-8"))
    #expect(transcript.turns[0].text.contains("\u{FFFD}"))
    #expect(transcript.warnings == [
      InputWarning(
        code: "replacement-characters",
        message: "3 byte sequence(s) could not be decoded as UTF-8 and were replaced by U+FFFD; if the text looks wrong, name the encoding with --encoding")
    ])
  }

  @Test("an unknown --encoding is a configuration error")
  func unknownEncoding() {
    #expect(throws: RapportError(
      .configuration, problem: "ICU does not know the encoding 'klingon-8'",
      remedy: "Use a name such as UTF-8, UTF-16LE, windows-1252 or ISO-8859-1")) {
      try TranscriptReader.read(bytes: Array("T: hi\n".utf8), path: "x.txt", options: IngestOptions(encoding: "klingon-8"))
    }
  }

  @Test("the Corpus's UTF-16 and Windows-1252 sessions are detected")
  func corpusEncodings() throws {
    let utf16 = try TranscriptReader.read(path: TestSupport.root + "/Corpus/s10-trauma-trust.txt")
    #expect(utf16.source.encoding == "UTF-16LE")
    let legacy = try TranscriptReader.read(path: TestSupport.root + "/Corpus/s11-loneliness-new-city.txt")
    #expect(legacy.source.encoding == "windows-1252")
    #expect(legacy.turns.contains { $0.text.contains("’") })
  }
}
