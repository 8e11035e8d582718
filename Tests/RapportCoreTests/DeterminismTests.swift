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

/// Two runs over the Corpus with every output on give byte-identical files, whatever the
/// number of workers.
@Suite struct DeterminismTests {
  @Test func twoRunsOverTheCorpusAreByteIdentical() throws {
    let first = try CLI.temporaryFolder()
    let second = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    let options = ["--format", "json,xml,csv", "--turns", "--composite", "--include-hits"]
    let a = try TestSupport.rapport(["analyze", "--out", first.path, "--jobs", "1"] + options)
    let b = try TestSupport.rapport(["analyze", "--out", second.path, "--jobs", "3"] + options)
    #expect(a.status == 0, "\(a.stderr)")
    #expect(b.status == 0, "\(b.stderr)")
    let filesA = try CLI.files(in: first)
    let filesB = try CLI.files(in: second)
    // 33 sessions × (json + xml) + sessions.csv, categories.csv, turns.csv, corpus.json.
    #expect(filesA.count == 33 * 2 + 4)
    #expect(filesA.keys.sorted() == filesB.keys.sorted())
    for name in filesA.keys.sorted() {
      #expect(filesA[name] == filesB[name], "\(name) differs between two runs")
    }
  }

  @Test func summariesOfOneTranscriptAreEqualAcrossTaggers() throws {
    let matcher = try CLI.miniMatcher()
    let transcript = try TranscriptReader.read(path: CLI.analysisFixture("named-speakers"))
    var encoded: [[UInt8]] = []
    let other = CLI.analysisFixture("hand-dialogue")
    for round in 0..<2 {
      // A fresh tagger each time, the first one having seen another transcript: different
      // vocabulary ids must not change anything.
      let tagger = try Tagger(matcher: matcher)
      if round == 0 { _ = try tagger.tag(try TranscriptReader.read(path: other)) }
      let analysis = try Summarizer.analyze(
        try tagger.tag(transcript), session: "s", matcher: matcher, vocabulary: tagger.tokenizer.vocabulary,
        options: AnalysisOptions(segments: 4, includeHits: true, composite: true, turnDetails: true))
      encoded.append(try JSONOutput.encode(analysis.summary))
      encoded.append(try SessionXML.encode(analysis.summary))
    }
    #expect(encoded[0] == encoded[2])
    #expect(encoded[1] == encoded[3])
  }

  /// Without the tagger's vocabulary, words are normalized again from the text: the acts, and
  /// so the whole summary, must come out the same.
  @Test(arguments: ["Corpus/s05-rupture-repair-homework.vtt", "Corpus/s10-trauma-trust.txt", "Corpus/s11-loneliness-new-city.txt"])
  func summariesWithoutTheVocabularyAreTheSame(path: String) throws {
    let lexicons = try ["emotions", "relational", "therapist", "rupture", "function-words", "modifiers"].map {
      try LexiconLoader.load(path: CLI.packageRoot.appendingPathComponent("Lexicons/\($0).xml").path)
    }
    let matcher = try Matcher(lexicons: lexicons)
    let tagger = try Tagger(matcher: matcher)
    let tagged = try tagger.tag(try TranscriptReader.read(path: CLI.packageRoot.appendingPathComponent(path).path))
    let withVocabulary = try Summarizer.analyze(
      tagged, session: "s", matcher: matcher, vocabulary: tagger.tokenizer.vocabulary, recorded: ["a": "b"]
    ).summary
    #expect(try Summarizer.summarize(tagged, session: "s", matcher: matcher, options: ["a": "b"]) == withVocabulary)
    #expect(withVocabulary.indicators.miti.therapistTurns > 30)
  }
}
