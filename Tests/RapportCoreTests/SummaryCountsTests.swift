import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// Counting hits by speaker, segment and category: roll-ups, de-duplication, segments, hits.
@Suite struct SummaryCountsTests {
  static let lexicon = Lexicon(name: "counts", version: "1", categories: [
    LexiconCategory(id: "negative_emotion", label: "Negative"),
    LexiconCategory(id: "sadness", label: "Sadness", parent: "negative_emotion", entries: [
      LexiconEntry(term: "sad"), LexiconEntry(term: "lonely", weight: 2),
    ]),
    LexiconCategory(id: "loneliness", label: "Loneliness", parent: "negative_emotion", entries: [LexiconEntry(term: "lonely")]),
    LexiconCategory(id: "fear", label: "Fear", parent: "negative_emotion", entries: [LexiconEntry(term: "scared")]),
    LexiconCategory(id: "negator", label: "Negators", negation: false, role: .negator, entries: [LexiconEntry(term: "not")]),
    LexiconCategory(id: "hedge", label: "Hedges", negation: false, role: .hedge, entries: [LexiconEntry(term: "maybe")]),
  ])

  static func analyze(_ text: String, segments: Int = 2, hits: Bool = false) throws -> SessionSummary {
    let matcher = try Matcher(lexicons: [lexicon])
    let tagger = try Tagger(matcher: matcher)
    let transcript = try TranscriptReader.read(bytes: Array(text.utf8), path: "counts.txt")
    return try Summarizer.analyze(
      try tagger.tag(transcript), session: "counts", matcher: matcher, vocabulary: tagger.tokenizer.vocabulary,
      options: AnalysisOptions(segments: segments, includeHits: hits)
    ).summary
  }

  @Test func aWordInTwoChildrenCountsOnceForTheParent() throws {
    let summary = try Self.analyze("T: Hello there.\nC: I am lonely and sad.\n")
    let client = summary.speakers.first { $0.role == .client }!
    #expect(client.categories["sadness"]?.count == 2)  // lonely, sad
    #expect(client.categories["loneliness"]?.count == 1)  // lonely
    // "lonely" counts once for negative_emotion although two children matched it.
    #expect(client.categories["negative_emotion"]?.count == 2)
    #expect(client.categories["sadness"]?.weighted == 3)  // 2 + 1
    #expect(client.categories["negative_emotion"]?.rate == 40)  // 2 of 5 words
  }

  @Test func negatedHitsAreCountedAndReportedApart() throws {
    let summary = try Self.analyze("T: Are you scared?\nC: I am not scared. Maybe sad.\n")
    let client = summary.speakers.first { $0.role == .client }!
    #expect(client.categories["fear"] == CategoryCount(count: 1, negated: 1, weighted: 1, rate: 16.6667))
    #expect(client.categories["negative_emotion"]?.negated == 1)
  }

  @Test func segmentCountsAddUpToTheSession() throws {
    let summary = try Self.analyze(
      "T: Sad. Sad. Sad.\nC: Lonely and scared.\nT: Not sad.\nC: Scared, sad, lonely, scared.\n", segments: 3)
    for speaker in summary.speakers {
      #expect(speaker.segments.map(\.words).reduce(0, +) == speaker.words)
      for (id, count) in speaker.categories {
        #expect(speaker.segments.map { $0.categories[id]!.count }.reduce(0, +) == count.count, "\(speaker.label) \(id)")
        #expect(speaker.segments.map { $0.categories[id]!.negated }.reduce(0, +) == count.negated)
      }
    }
    // 12 words in 3 segments of 4: T "sad sad sad" + C "lonely" | "and scared" + T "not sad" |
    // C "scared sad lonely scared".
    let therapist = summary.speakers.first { $0.role == .therapist }!
    #expect(therapist.segments.map { $0.categories["sadness"]!.count } == [3, 1, 0])
    #expect(therapist.segments.map(\.words) == [3, 2, 0])
    #expect(therapist.segments[2].categories["sadness"]!.rate == 0)  // no words: rate 0
  }

  @Test func hitsAreOnlyWrittenWhenAskedFor() throws {
    let text = "T: How are you?\nC: Maybe a bit sad,\n  and lonely too.\n"
    #expect(try Self.analyze(text).hits == nil)
    let hits = try #require(try Self.analyze(text, hits: true).hits)
    #expect(hits.map(\.category) == ["sadness", "sadness", "loneliness"])
    let sad = hits[0]
    #expect(sad.entry == "sad")
    #expect(sad.modifiers == ["hedge"])
    #expect(sad.turn == 2)
    #expect(sad.speaker == "C")
    #expect(sad.text == "sad")
    #expect(sad.start == 12 && sad.end == 15)
    #expect(sad.context == "Maybe a bit sad, and lonely too")
    #expect(hits[1].entry == "lonely")
    // The hit on the continuation line lies in the same turn, after the line break.
    #expect(hits[2].text == "lonely" && hits[2].turn == 2)
  }
}
