import Foundation
import Testing

@testable import RapportIngest
@testable import RapportSupport
@testable import RapportText

/// The fast paths of reading a transcript give exactly what the general code gives: the UTF-8
/// decoder what ICU converts, the code-unit searches what a plain loop finds, the ASCII mark
/// kinds what the `String` rules make, and the label cache the turns and warnings of the rules.
@Suite struct IngestFastPathTests {
  /// A small deterministic generator (a linear congruential one), so failures reproduce.
  struct Random {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  /// Scalars from every UTF-8 length, line breaks, marks and a byte order mark.
  static let scalars: [Unicode.Scalar] = [
    "a", "Z", " ", "\n", "\r", "\t", ":", "[", "(", "é", "ß", "—", "’", "\u{2028}", "\u{FEFF}", "\u{0}", "中",
    "\u{1F600}", "\u{10FFFF}", "\u{FFFD}", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}",
  ]

  @Test func validUTF8DecodesAsICUConvertsIt() throws {
    var random = Random(state: 11)
    for round in 0..<400 {
      var text = String.UnicodeScalarView()
      for _ in 0..<random.next(300) {
        // Runs of ASCII too, which are decoded eight bytes at a time.
        if random.next(4) == 0 {
          text.append(contentsOf: "plain ascii words ".unicodeScalars.prefix(random.next(18)))
        } else {
          text.append(Self.scalars[random.next(Self.scalars.count)])
        }
      }
      var bytes = Array(String(text).utf8)
      if round % 3 == 0 { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
      // (A text may also start with U+FEFF by itself: read as a byte order mark too.)
      let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
      let start = bom ? 3 : 0
      let fast = try #require(TextDecoding.decodeValidUTF8(bytes, from: start))
      let icu = try ICU.convertToUTF16(bytes[start...], charset: "UTF-8")
      #expect(fast.units == icu.utf16)
      let decoded = try TextDecoding.decode(bytes, path: "t.txt")
      #expect(decoded.validUTF8 != nil)
      #expect(decoded.units == icu.utf16)
      // Every unit's offset, and past the end the byte count, as ICU's table gives them.
      let offsets = icu.byteOffsets.map { Int($0) + start } + [bytes.count, bytes.count]
      #expect((0..<offsets.count).map(decoded.byteOffset(ofUTF16:)) == offsets)
      #expect(decoded.hadByteOrderMark == bom)
      #expect(decoded.encoding == "UTF-8")
    }
  }

  @Test(arguments: [
    [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
    [0x61, 0xE2, 0x82], [0x80], [0xC3], [0xE2, 0x28, 0xA1],
  ] as [[UInt8]])
  func invalidUTF8IsLeftToTheGeneralPath(bytes: [UInt8]) throws {
    #expect(TextDecoding.decodeValidUTF8(bytes, from: 0) == nil)
    let padded = Array("plain ascii text ".utf8) + bytes + Array(" more".utf8)
    #expect(TextDecoding.decodeValidUTF8(padded, from: 0) == nil)
    // What the reader then does is ICU's: the same units and a count of replacements.
    let decoded = try TextDecoding.decode(padded, path: "t.txt", encoding: "UTF-8")
    let icu = try ICU.convertToUTF16(padded[...], charset: "UTF-8")
    #expect(decoded.units == icu.utf16)
    #expect(decoded.replacements > 0)
  }

  @Test func trimmedStringsAreTheCharacterRulesStrings() {
    var random = Random(state: 17)
    let alphabet: [Unicode.Scalar] = [
      "a", " ", "\t", "\r", "\n", "\u{B}", "\u{301}", "\u{600}", "\u{3000}", "\u{A0}", "\u{85}", "\u{AD}", "é", "©",
      "\u{200D}", "\u{2003}", "ʰ", "\u{2FF}", "\u{1F600}", ":", "\u{0}", "\u{7F}",
    ]
    for _ in 0..<20_000 {
      var text = String.UnicodeScalarView()
      for _ in 0..<random.next(8) { text.append(alphabet[random.next(alphabet.count)]) }
      let units = Array(String(text).utf16)
      #expect(PlainTextParser.trimmedString(units[...]) == String(text).trimmingWhitespace(), "\(String(text).debugDescription)")
      #expect(PlainTextParser.trimmedString(units[...]).unicodeScalars.elementsEqual(String(text).trimmingWhitespace().unicodeScalars))
    }
  }

  @Test func asciiLabelsAreCleanedAsScalarByScalar() {
    var random = Random(state: 23)
    let alphabet = Array("aZ .'-:9\u{7E}\u{21}")
    for _ in 0..<5_000 {
      let label = String((0..<random.next(10)).map { _ in alphabet[random.next(alphabet.count)] })
      let fast = PlainTextParser.cleanLabel(label)
      let slow = PlainTextParser.cleanLabelByScalars(label)
      #expect(fast.text == slow.text && fast.droppedControl == slow.droppedControl, "\(label.debugDescription)")
    }
    #expect(PlainTextParser.cleanLabel("\u{200F}T\u{0} ") == ("T", true))
  }

  @Test(arguments: [
    ([0x66, 0xFC, 0x68, 0x6C, 0x65], false), ([0x63, 0x61, 0x66, 0xC3, 0xA9], true), ([0xC3, 0xA9, 0xFF], true),
    ([0xFF, 0xFE, 0xC3, 0xA9], false), ([0x61, 0x62], true), ([0xE2, 0x80, 0x99, 0xE2, 0x80], false), ([0xED, 0xA0, 0x80], false),
  ] as [([UInt8], Bool)])
  func mostlyUTF8CountsValidSequencesAgainstInvalidBytes(bytes: [UInt8], mostly: Bool) {
    #expect(TextDecoding.isMostlyUTF8(bytes) == mostly)
  }

  @Test func unitSearchFindsWhatALoopFinds() {
    var random = Random(state: 5)
    let alphabet: [UInt16] = [0x61, 0x20, 0x0A, 0x0D, 0x2028, 0x5B, 0x28, 0x3C, 0xE9, 0xFFFF, 0x0000, 0x8000]
    for _ in 0..<2_000 {
      let units = (0..<random.next(40)).map { _ in alphabet[random.next(alphabet.count)] }
      let start = units.isEmpty ? 0 : random.next(units.count + 1)
      for (a, b, c) in [(UInt16(0x0A), UInt16(0x0D), UInt16(0x2028)), (0x5B, 0x3C, 0x28)] {
        let expected = units[start...].firstIndex { $0 == a || $0 == b || $0 == c } ?? units.count
        let found = units.withUnsafeBufferPointer { UnitSearch.firstIndex(of: a, b, c, in: $0, from: start) }
        #expect(found == expected, "\(units) from \(start)")
      }
    }
  }

  @Test func lineSpansSplitAtEveryLineBreak() {
    var random = Random(state: 9)
    let alphabet: [UInt16] = [0x61, 0x20, 0x0A, 0x0D, 0x2028, 0x2029, 0x0B]
    for _ in 0..<2_000 {
      let units = (0..<random.next(30)).map { _ in alphabet[random.next(alphabet.count)] }
      #expect(PlainTextParser.lineSpans(units) == Self.lineSpansByLoop(units), "\(units)")
    }
  }

  /// Line spans as the parser first found them, one code unit at a time.
  static func lineSpansByLoop(_ units: [UInt16]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < units.count {
      let unit = units[index]
      if unit == 0x0A || unit == 0x0D || unit == 0x2028 {
        spans.append(start..<index)
        if unit == 0x0D, index + 1 < units.count, units[index + 1] == 0x0A { index += 1 }
        start = index + 1
      }
      index += 1
    }
    if start < units.count { spans.append(start..<units.count) }
    return spans
  }

  @Test func asciiMarkKindsAreTheStringRulesKinds() {
    var random = Random(state: 3)
    let alphabet = Array("aZ q\t\r\n\u{B}\u{C}-9.,'")
    var decided = 0
    for _ in 0..<5_000 {
      let content = String((0..<random.next(12)).map { _ in alphabet[random.next(alphabet.count)] })
      let units = Array(content.utf16)
      let fast = units.withUnsafeBufferPointer { TranscriptionMarks.describeASCII($0) }
      let kind = content.trimmingWhitespace().lowercased()
      let firstWord = kind.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
      #expect(fast?.kind == kind, "\(content.debugDescription)")
      #expect(fast?.firstWord == firstWord, "\(content.debugDescription)")
      if fast != nil { decided += 1 }
    }
    #expect(decided == 5_000)
    #expect(Array("laughs é".utf16).withUnsafeBufferPointer { TranscriptionMarks.describeASCII($0) } == nil)
  }

  @Test func marksAreFoundInASCIIAndOtherText() {
    let events = TranscriptionMarks.find(in: "I [Laughs ] said (pause) it (my words) <Crosstalk> and (Soupir é) [ ]")
    #expect(events.map(\.kind) == ["laughs", "pause", "crosstalk"])
    #expect(events.map(\.range) == [2..<11, 17..<24, 39..<50])
    #expect(TranscriptionMarks.find(in: "[Rires étouffés] oui").map(\.kind) == ["rires étouffés"])
  }

  @Test func repeatedLabelsGiveTheSameTurnsAndWarnings() throws {
    let text = """
      # Session notes
      T: Hello there.
      C : I'm fine: really.
      Note: this is a continuation, not a speaker? No, it is capitalized.
      so: lowercase is words
      T\u{0}: with a NUL
      T\u{0}: again with a NUL
      C: one
      more line
      Speaker 1  0:03
      words below
      T (00:00:05): timed
      T (00:00:07): timed again
      """
    let transcript = try TestSupport.transcript(text)
    #expect(transcript.speakers.map(\.label) == ["T", "C", "Note", "Speaker 1"])
    #expect(transcript.turns.map(\.speaker) == [0, 1, 2, 0, 0, 1, 3, 0, 0])
    #expect(transcript.turns.map(\.text) == [
      "Hello there.", "I'm fine: really.", "this is a continuation, not a speaker? No, it is capitalized.\nso: lowercase is words",
      "with a NUL", "again with a NUL", "one\nmore line", "words below", "timed", "timed again",
    ])
    #expect(transcript.turns.map(\.start) == [nil, nil, nil, nil, nil, nil, 3, 5, 7])
    #expect(transcript.warnings.filter { $0.code == "control-character-in-label" }.map(\.line) == [6, 7])
    #expect(transcript.metadata == ["Session notes"])
  }

  @Test func turnTextIsTheSameFromUTF8BytesAndFromUTF16() throws {
    let text = "T: Caf\u{E9} \u{2014} \u{1F600} ok  \nC:   \u{2019}fine\u{2019}\r\nmore \u{4E2D}\nT: last\u{2028}C: sep"
    let utf8 = try TranscriptReader.read(bytes: Array(text.utf8), path: "a.txt")
    var utf16: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let other = try TranscriptReader.read(bytes: utf16, path: "a.txt")
    #expect(other.source.encoding == "UTF-16LE")
    #expect(utf8.turns.map(\.text) == other.turns.map(\.text))
    #expect(utf8.turns.map(\.text) == ["Caf\u{E9} \u{2014} \u{1F600} ok", "\u{2019}fine\u{2019}\nmore \u{4E2D}", "last", "sep"])
    #expect(utf8.turnText == other.turnText)
    #expect(utf8.turns.map(\.events) == other.turns.map(\.events))
  }

  @Test func aGivenHashIsRecordedAndOtherwiseTheBytesAreHashed() throws {
    let bytes = Array("T: Hello.\nC: Hi.\n".utf8)
    #expect(try TranscriptReader.read(bytes: bytes, path: "a.txt").source.sha256 == TranscriptReader.sha256Hex(bytes))
    #expect(try TranscriptReader.read(bytes: bytes, path: "a.txt", sha256: "given").source.sha256 == "given")
  }

  @Test func filesAreReadWholeAndFailuresSayWhy() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-ingest-fast-\(getpid())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/s.txt"
    let bytes = Array(String(repeating: "T: Hello, how are you?\nC: Fine.\n", count: 5_000).utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(try TranscriptFile.read(path) == bytes)
    #expect(TranscriptFile.readRegularFile(folder) == nil)
    #expect(Self.message(folder)?.contains("it is a folder, not a file") == true)
    #expect(Self.message(folder + "/none.txt")?.contains("no such file") == true)
    let empty = folder + "/empty.txt"
    try Data().write(to: URL(fileURLWithPath: empty))
    #expect(Self.message(empty)?.contains("the file is empty") == true)
  }

  /// The message of the error reading `path` throws, if it throws.
  static func message(_ path: String) -> String? {
    do {
      _ = try TranscriptReader.read(path: path)
      return nil
    } catch {
      return error.description
    }
  }

  @Test(arguments: [
    ("a/b/Notes.TXT", "txt"), ("notes.", "notes"), ("x", ""), ("dir.d/file", ""), ("s.tar.VTT", "vtt"), ("", ""),
    ("/", ""), ("a/b..csv", "csv"), ("café/séance.SRT", "srt"), ("ünïcode", ""),
  ])
  func extensions(path: String, expected: String) {
    #expect(TranscriptFormat.pathExtension(path) == expected)
  }

  @Test(arguments: [
    ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nT: hi\n", TranscriptFormat.webvtt),
    ("  {\"speakers\": []}", .json), ("[\n{", .json), ("1\n00:00:01,000 --> 00:00:02,000\nT: hi\n", .srt),
    ("Session 8, 2024-09-12, client\nT: hi\n", .text), ("T: hi\n", .text), ("speaker,text\nT,hi\n", .csv),
  ])
  func formatsAreStillSniffed(text: String, format: TranscriptFormat) {
    #expect(TranscriptFormat.detect(path: "s", units: Array(text.utf16)) == format)
  }
}
