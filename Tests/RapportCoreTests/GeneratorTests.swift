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

@Suite("Synthetic corpus generator")
struct GeneratorTests {
  @Test("SeededRandom gives the xoshiro256** sequence seeded by SplitMix64")
  func referenceSequence() {
    // Computed with an independent implementation of SplitMix64 and xoshiro256**.
    var random = SeededRandom(seed: 42)
    #expect([random.next(), random.next(), random.next()] == [1546998764402558742, 6990951692964543102, 12544586762248559009])
    var stream = SeededRandom(seed: 42, stream: 1)
    #expect([stream.next(), stream.next(), stream.next()] == [13583771085161268, 395782336197462635, 10113986297222979544])
    var zero = SeededRandom(seed: 0)
    #expect(zero.next() == 11091344671253066420)
  }

  @Test("bounded draws stay in range and reach every value")
  func boundedDraws() {
    var random = SeededRandom(seed: 9)
    var seen = Set<Int>()
    for _ in 0..<500 {
      let value = random.int(in: 3...9)
      #expect((3...9).contains(value))
      seen.insert(value)
    }
    #expect(seen == Set(3...9))
  }

  @Test("the same seed gives the same bytes; another seed gives other bytes", arguments: [TranscriptFormat.text, .webvtt, .srt, .json, .csv])
  func determinism(format: TranscriptFormat) {
    let first = CorpusGenerator.session(2, seed: 11).encoded(as: format)
    let again = CorpusGenerator.session(2, seed: 11).encoded(as: format)
    let other = CorpusGenerator.session(2, seed: 12).encoded(as: format)
    #expect(first == again)
    #expect(first != other)
  }

  @Test("written folders are byte-identical for one seed, and session k does not depend on how many are asked for")
  func writtenFolders() throws {
    let base = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let one = try CorpusGenerator.write(sessions: 3, seed: 5, format: .srt, to: base + "/one")
    let two = try CorpusGenerator.write(sessions: 2, seed: 5, format: .srt, to: base + "/two")
    #expect(one.map { ($0 as NSString).lastPathComponent } == ["synthetic-0001.srt", "synthetic-0002.srt", "synthetic-0003.srt"])
    for index in 0..<2 {
      #expect(FileManager.default.contents(atPath: one[index]) == FileManager.default.contents(atPath: two[index]))
    }
  }

  @Test("sessions hold 5,000–9,000 words as Rapport counts them, and read back the same in every format")
  func wordsAndReadBack() throws {
    let tokenizer = try Tokenizer()
    for number in 1...4 {
      let session = CorpusGenerator.session(number, seed: 2026)
      var reference: [String]?
      var referenceSpeakers: [String]?
      for format in [TranscriptFormat.text, .webvtt, .srt, .json, .csv] {
        let name = CorpusGenerator.fileName(number, format: format)
        let transcript = try TranscriptReader.read(bytes: session.encoded(as: format), path: name)
        #expect(transcript.source.format == format.rawValue)
        #expect(transcript.turns.count == session.turns.count, "\(name)")
        #expect(Set(transcript.speakers.map(\.role)) == [.therapist, .client], "\(name)")
        let texts = transcript.turns.map(\.text)
        let speakers = transcript.turns.map { transcript.speakers[$0.speaker].label }
        if let reference, let referenceSpeakers {
          #expect(texts == reference, "\(name)")
          #expect(speakers == referenceSpeakers, "\(name)")
        } else {
          reference = texts
          referenceSpeakers = speakers
          var words = 0
          for turn in transcript.turns {
            words += try tokenizer.tokenize(turn.text, excluding: turn.events.map(\.range)).count { $0.kind.isWord }
          }
          #expect(CorpusGenerator.wordRange.contains(words), "session \(number): \(words) words")
          #expect(abs(words - session.words) * 20 < session.words, "session \(number): \(words) vs \(session.words)")
        }
      }
    }
  }

  @Test("generated text carries the markup it is meant to exercise")
  func markup() {
    let text = (1...6).map { String(decoding: CorpusGenerator.session($0, seed: 3).encoded(as: .text), as: UTF8.self) }.joined()
    for needle in ["’", "“", "—", "[laughs]", "<pause>", "(inaudible)", "[00:"] {
      #expect(text.contains(needle), "\(needle)")
    }
    #expect(text.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isAlphabetic })
  }
}
