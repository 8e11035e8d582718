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

@Suite("The sample corpus in every format")
struct IngestCorpusTests {
  static let corpus = TestSupport.root + "/Corpus"

  /// Turns and words per role of the converted sessions, as Rapport counted them in the
  /// plain-text originals before conversion: (session, therapist turns, client turns,
  /// therapist words, client words).
  static let originals: [(String, Int, Int, Int, Int)] = [
    ("s05-rupture-repair-homework", 38, 37, 844, 857),
    ("s06-unrepaired-rupture", 42, 42, 831, 699),
    ("s07-withdrawn-teen", 44, 44, 896, 652),
    ("s08-confrontational-client", 43, 43, 782, 856),
    ("s16-authenticity-masking", 43, 43, 490, 1103),
    ("s17-first-session-intake", 45, 45, 750, 909),
    ("s18-perfectionism-shame", 44, 43, 617, 983),
    ("s19-rupture-lateness", 47, 46, 737, 860),
    ("s27-withdrawn-depression", 49, 48, 889, 644),
    ("s28-confrontation-medication", 45, 45, 850, 713),
    ("s29-cultural-faith", 39, 38, 488, 1167),
    ("s30-childhood-trauma-safety", 44, 43, 733, 810),
  ]

  @Test("every Corpus transcript is found and reads without a flag; gold files and READMEs are not taken")
  func everyFileReads() throws {
    let inputs = try InputDiscovery.inputs([Self.corpus])
    #expect(inputs.count == 33)
    #expect(inputs.allSatisfy { !$0.path.contains("/gold/") && !$0.path.hasSuffix(".md") })
    var formats: [String: Int] = [:]
    for input in inputs {
      let transcript = try TranscriptReader.read(path: input.path)
      formats[transcript.source.format, default: 0] += 1
      #expect(transcript.speakers.count == 2, "\(input.session)")
      #expect(Set(transcript.speakers.map(\.role)) == [.therapist, .client], "\(input.session)")
    }
    #expect(formats == ["text": 21, "webvtt": 3, "srt": 3, "json": 3, "csv": 2, "tsv": 1])
  }

  @Test("converted sessions keep the turns and words of their plain-text originals", arguments: originals)
  func convertedSessions(session: String, therapistTurns: Int, clientTurns: Int, therapistWords: Int, clientWords: Int) throws {
    let path = try #require(FileSystem.files(under: Self.corpus).first { ($0 as NSString).lastPathComponent.hasPrefix(session + ".") })
    #expect(!path.hasSuffix(".txt"))
    let transcript = try TranscriptReader.read(path: path)
    let tokenizer = try Tokenizer()
    var turns: [Role: Int] = [:]
    var words: [Role: Int] = [:]
    for turn in transcript.turns {
      let role = transcript.speakers[turn.speaker].role
      turns[role, default: 0] += 1
      words[role, default: 0] += try tokenizer.tokenize(turn.text, excluding: turn.events.map(\.range)).count { $0.kind.isWord }
    }
    #expect(turns == [.therapist: therapistTurns, .client: clientTurns])
    #expect(words == [.therapist: therapistWords, .client: clientWords])
  }
}
