import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportTag
@testable import RapportValidation

/// The fixture corpus (corpus/v1–v3) with the fixture lexicon, counted by hand:
/// v1 (31 words): turn 2 C `scared` twice (the second after `not`), turn 3 T `calm`, `mother`,
/// turn 4 C `mother`, `worried`, `relaxed`. v2 (30 words): turn 1 T `sister`, turn 2 C
/// `sister`, `afraid`, `worried`, `calm` (after `Never`), turn 3 T `calm` (after `Never`),
/// turn 4 C `worried`. v3 (21 words): turn 2 C `sister`, `settled`, `office`.
/// `worried` and `scared` hit both fear (`worr*`, `scared`) and tension.
@Suite("Validation report: coverage, flags, overlaps, samples")
struct ValidationReportTests {
  func report(_ options: ValidationOptions = ValidationOptions(jobs: 2)) async throws -> ValidationReport {
    try await LexiconValidator.validate(ValidationFixtures.corpus(), matcher: ValidationFixtures.matcher(), options: options)
  }

  @Test func corpusCoverage() async throws {
    let report = try await report()
    #expect(report.corpus == CorpusCoverage(
      sessions: 3, words: 82, wordsByRole: ["therapist": 25, "client": 57, "other": 0], failures: []))
    #expect(report.categories.map(\.id) == ["fear", "calm", "family", "tension", "work"])
    #expect(report.gold == nil)
  }

  @Test func categoryAndEntryCounts() async throws {
    let fear = try #require(try await report().categories.first)
    #expect(fear.entries == 4)
    #expect(fear.entriesWithHits == 3)
    #expect(fear.hits == 6)
    #expect(fear.hitsByRole == ["therapist": 0, "client": 6, "other": 0])
    #expect(fear.negated == 1)
    #expect(fear.negatedShare == 0.1667)
    #expect(fear.documents == 2)
    #expect(fear.neverMatching == ["petrified"])
    #expect(fear.dominating == ["worr*", "scared"])
    #expect(fear.entryStats.map(\.term) == ["worr*", "scared", "afraid", "petrified"])
    #expect(fear.entryStats.map(\.hits) == [3, 2, 1, 0])
    #expect(fear.entryStats.map(\.share) == [0.5, 0.3333, 0.1667, 0])
    #expect(fear.entryStats.map(\.documents) == [2, 1, 1, 0])
    #expect(fear.entryStats.map(\.negated) == [0, 1, 0, 0])
    #expect(fear.entryStats.map(\.line) == [7, 5, 6, 8])
  }

  @Test func calmCountsSpeakersAndNegation() async throws {
    let calm = try #require(try await report().categories.first { $0.id == "calm" })
    #expect(calm.hits == 5)
    #expect(calm.hitsByRole == ["therapist": 2, "client": 3, "other": 0])
    #expect(calm.negated == 2)
    #expect(calm.negatedShare == 0.4)
    #expect(calm.documents == 3)
    #expect(calm.dominating == ["calm"])
    #expect(calm.neverMatching == [])
  }

  /// fear items scared, afraid, worr*; presence v1 1 0 1, v2 0 1 1, v3 0 0 0: p = 1/3, 1/3,
  /// 2/3, Σpq = 3 · 2/9 = 2/3; totals 2, 2, 0, variance 8/9; KR-20 = 1.5 · (1 − 0.75) = 0.375.
  /// Alpha over the rates (hits per 100 words: v1 6.4516, 0, 3.2258; v2 0, 3.3333, 6.6667;
  /// v3 0, 0, 0) is 0.1672 by the same formula.
  @Test func reliabilityOfTheFixtureCategories() async throws {
    let report = try await report()
    let fear = report.categories[0]
    #expect(fear.kr20 == Reliability(value: 0.375, note: nil, items: 3, documents: 3))
    #expect(fear.alpha == Reliability(value: 0.1672, note: nil, items: 3, documents: 3))
    let work = try #require(report.categories.first { $0.id == "work" })
    #expect(work.alpha == Reliability(value: nil, note: "too few entries with hits (1; needs at least 2)", items: 1, documents: 3))
  }

  @Test func overlapsShowSharedEntriesAndTokens() async throws {
    let report = try await report()
    #expect(report.overlaps == [
      CategoryOverlap(
        categories: ["fear", "tension"], sharedEntries: ["scared"], hitsOfFirst: 5, hitsOfSecond: 5,
        topEntryPairs: [
          CategoryOverlap.EntryPair(first: "worr*", second: "worried", count: 3),
          CategoryOverlap.EntryPair(first: "scared", second: "scared", count: 2),
        ])
    ])
  }

  @Test func samplesPreferOnePerSessionThenFillUp() async throws {
    let report = try await report(ValidationOptions(samplesPerEntry: 3, jobs: 3))
    let worry = report.categories[0].entryStats[0]
    #expect(worry.samples.map { "\($0.session):\($0.turn)" } == ["v1:4", "v2:2", "v2:4"])
    #expect(worry.samples[0] == KwicLine(
      session: "v1", turn: 4, role: .client, speaker: "C", left: "My mother", match: "worried",
      right: "all week. I felt relaxed after"))
    let twoEach = try await self.report(ValidationOptions(samplesPerEntry: 2, window: 2, jobs: 1))
    #expect(twoEach.categories[0].entryStats[1].samples.map(\.negated) == [false, true])
    #expect(twoEach.categories[0].entryStats[1].samples.map(\.left) == ["I was", "am not"])
  }

  @Test func reportIsTheSameWhateverTheParallelism() async throws {
    let one = try JSONOutput.encode(try await report(ValidationOptions(jobs: 1)))
    let three = try JSONOutput.encode(try await report(ValidationOptions(jobs: 3)))
    #expect(one == three)
  }

  @Test func restrictingToUnknownCategoryIsAnError() async throws {
    await #expect(throws: RapportError(
      .configuration, problem: "no content category 'joy' in the loaded lexicons",
      remedy: "Use one of: fear, calm, family, tension, work")) {
      _ = try await report(ValidationOptions(categories: ["joy"]))
    }
    let only = try await report(ValidationOptions(categories: ["calm"]))
    #expect(only.categories.map(\.id) == ["calm"])
  }

  @Test func unreadableSessionIsListedAndTheRestCounted() async throws {
    var inputs = try ValidationFixtures.corpus()
    inputs.append(BatchInput(path: ValidationFixtures.path("corpus/missing.txt"), session: "missing"))
    let report = try await LexiconValidator.validate(inputs, matcher: ValidationFixtures.matcher())
    #expect(report.corpus.sessions == 3)
    #expect(report.corpus.failures == ["\(ValidationFixtures.path("corpus/missing.txt")): cannot read the file (no such file). Check that the path exists and is readable."])
  }

  /// Alphas by the formula above: fear 0.1672, calm −29.0199, family −45.1691, tension
  /// −0.0377 (tiny samples make wild alphas); median (−29.0199 − 0.0377) / 2 = −14.5288.
  /// Dominating: worr*, scared; calm; sister, mother; worried, scared; office (all of work).
  @Test func summaryLinesHoldNoTranscriptText() async throws {
    let report = try await report()
    #expect(report.summaryLines() == [
      "validated 5 categories (12 entries) on 3 sessions, 82 words",
      "  never matching: 1 entries in 1 categories; dominating: 8 entries",
      "  reliability: alpha for 4 of 5 categories, median -14.5288, lowest -45.1691",
    ])
  }
}
