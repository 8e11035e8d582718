import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

@Suite("Gold agreement: span matching, scores, act agreement")
struct GoldAgreementTests {
  @Test func overlappingRangesPairOneToOne() {
    // Gold: [0, 10) and [20, 30). Hits: [2, 5) and [4, 8) inside the first span, [40, 45) alone.
    let result = SpanAgreement.match(gold: [0..<10, 20..<30], hits: [2..<5, 4..<8, 40..<45])
    #expect(result.gold == [0, nil])
    #expect(result.hits == [.matched(0), .redundant, .falsePositive])
  }

  @Test func matchingFindsTheMostPairs() {
    // Hit 0 overlaps both spans, hit 1 only the first: greedy pairing of span 0 with hit 0
    // would leave span 1 unpaired; the maximum matching pairs both.
    let result = SpanAgreement.match(gold: [0..<10, 8..<20], hits: [5..<12, 0..<3])
    #expect(result.gold == [1, 0])
    #expect(result.hits == [.matched(1), .matched(0)])
  }

  @Test func touchingRangesDoNotOverlap() {
    let result = SpanAgreement.match(gold: [0..<5], hits: [5..<9])
    #expect(result.gold == [nil])
    #expect(result.hits == [.falsePositive])
  }

  @Test(arguments: [
    (5, 1, 1, 0.8333, 0.8333, 0.8333),
    (2, 2, 0, 0.5, 1.0, 0.6667),
    (0, 3, 2, 0.0, 0.0, 0.0),
  ])
  func scoresFollowTheFormulas(tp: Int, fp: Int, fn: Int, precision: Double, recall: Double, f1: Double) {
    let score = AgreementScore(truePositives: tp, falsePositives: fp, falseNegatives: fn)
    #expect(score.precision == precision)
    #expect(score.recall == recall)
    #expect(score.f1 == f1)
  }

  @Test func scoresWithNothingPredictedOrAnnotatedAreUndefined() {
    let none = AgreementScore(truePositives: 0, falsePositives: 0, falseNegatives: 4)
    #expect(none.precision == nil)
    #expect(none.recall == 0)
    #expect(none.f1 == nil)
  }

  /// The fixture gold (gold/v1.gold, gold/v2.gold) against the fixture lexicon:
  /// fear — v1: both `scared` hits of turn 2 match "scared on the bus" and "not scared",
  /// `worried` in turn 4 matches "worried all week"; v2: `afraid` matches, `worried` in turn 2
  /// is not annotated (FP), `worried` in turn 4 matches, "My stomach is in knots" has no hit
  /// (FN). TP 5, FP 1, FN 1: P = R = F1 = 5/6.
  /// calm — v1: `relaxed` matches "felt relaxed", the therapist's `calm` in turn 3 is not
  /// annotated (FP); v2: "Never calm" matches, the therapist's `calm` in turn 3 is an FP.
  /// TP 2, FP 2, FN 0: P 0.5, R 1, F1 0.6667. Micro: TP 7, FP 3, FN 1: P 0.7, R 0.875,
  /// F1 = 2 · 0.7 · 0.875 / 1.575 = 0.7778.
  @Test func fixtureGoldGivesTheKnownCounts() async throws {
    let matcher = try ValidationFixtures.matcher()
    let inputs = try ValidationFixtures.corpus()
    let gold = try GoldLoader.load(
      directory: ValidationFixtures.path("gold"), inputs: inputs, knownCategories: Set(matcher.categories.map(\.id)))
    let report = try await LexiconValidator.validate(
      inputs, matcher: matcher, gold: gold, goldDirectory: "gold", options: ValidationOptions(jobs: 2))
    let agreement = try #require(report.gold)
    #expect(agreement.sessions == ["v1", "v2"])
    #expect(agreement.categories.map(\.category) == ["fear", "calm"])
    let fear = agreement.categories[0]
    #expect(fear.goldSpans == 6)
    #expect(fear.hits == 6)
    #expect(fear.score == AgreementScore(truePositives: 5, falsePositives: 1, falseNegatives: 1))
    #expect(fear.score.precision == 0.8333)
    #expect(fear.falsePositives.map(\.context) == [
      KwicLine(session: "v2", turn: 2, role: .client, speaker: "C", left: "sister was afraid and I was", match: "worried", right: ". Never calm.")
    ])
    #expect(fear.falsePositives.map(\.entry) == ["worr*"])
    #expect(fear.falseNegatives.map(\.context) == [
      KwicLine(session: "v2", turn: 4, role: .client, speaker: "C", left: "No. I am worried about everything.", match: "My stomach is in knots", right: ".")
    ])
    #expect(fear.falseNegatives.map(\.goldLine) == [7])
    let calm = agreement.categories[1]
    #expect(calm.score == AgreementScore(truePositives: 2, falsePositives: 2, falseNegatives: 0))
    #expect(calm.score.f1 == 0.6667)
    #expect(calm.falsePositives.map { "\($0.context.session) \($0.context.turn) \($0.context.negated)" } == ["v1 3 false", "v2 3 true"])
    #expect(agreement.micro == AgreementScore(truePositives: 7, falsePositives: 3, falseNegatives: 1))
    #expect(agreement.micro.precision == 0.7)
    #expect(agreement.micro.recall == 0.875)
    #expect(agreement.micro.f1 == 0.7778)
    #expect(agreement.macroF1 == 0.75)
    #expect(agreement.unknownCategories == ["empathy"])
    #expect(agreement.notAnnotated == ["family", "tension", "work"])
    #expect(agreement.goldActs == ["open-question": 2, "reflection": 1, "closed-question": 1])
    #expect(agreement.acts == nil)
  }

  /// Gold acts: v1 turn 1 open-question, turn 3 reflection; v2 turn 1 open-question, turn 3
  /// closed-question. Predicted: v1 turn 1 open-question, turn 3 nothing (counts as other);
  /// v2 turn 1 open-question, turn 3 a simple reflection (compared with the gold `reflection`
  /// group at group level). Labels in hierarchy order: open-question, closed-question,
  /// reflection, other. Confusion (rows gold, columns predicted):
  /// OQ [2 0 0 0], CQ [0 0 1 0], R [0 0 0 1], other [0 0 0 0]. Accuracy 2/4.
  /// open-question: TP 2 → 1, 1, 1; closed-question: TP 0, FN 1, nothing predicted → P
  /// undefined, R 0; reflection: TP 0, FP 1, FN 1 → P 0, R 0, F1 0; other: TP 0, FP 1, nothing
  /// annotated → P 0, R undefined.
  @Test func actAgreementFromFixturePredictions() throws {
    let gold = try ["v1", "v2"].map { session in
      try GoldLoader.load(
        path: ValidationFixtures.path("gold/\(session).gold"), session: session,
        transcript: ValidationFixtures.transcript(session))
    }
    let agreement = ActAgreement.evaluate(
      gold: gold, predicted: ["v1": [1: .openQuestion], "v2": [1: .openQuestion, 3: .simpleReflection, 2: .closedQuestion]])
    #expect(agreement.labels == [.openQuestion, .closedQuestion, .reflection, .other])
    #expect(agreement.confusion == [[2, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [0, 0, 0, 0]])
    #expect(agreement.turns == 4)
    #expect(agreement.accuracy == 0.5)
    #expect(agreement.acts.map(\.score) == [
      AgreementScore(truePositives: 2, falsePositives: 0, falseNegatives: 0),
      AgreementScore(truePositives: 0, falsePositives: 0, falseNegatives: 1),
      AgreementScore(truePositives: 0, falsePositives: 1, falseNegatives: 1),
      AgreementScore(truePositives: 0, falsePositives: 1, falseNegatives: 0),
    ])
    #expect(agreement.acts.map(\.score.f1) == [1, nil, 0, nil])
    #expect(agreement.acts.map(\.gold) == [2, 1, 1, 0])
    #expect(agreement.acts.map(\.predicted) == [2, 0, 1, 1])
    #expect(agreement.disagreements.map { "\($0.session):\($0.turn) \($0.gold.rawValue)->\($0.predicted.rawValue) line \($0.line)" } == [
      "v1:3 reflection->other line 5", "v2:3 closed-question->reflection line 5",
    ])
  }

  @Test func anActPredictorIsScoredInTheReport() async throws {
    let matcher = try ValidationFixtures.matcher()
    let inputs = try ValidationFixtures.corpus()
    let gold = try GoldLoader.load(directory: ValidationFixtures.path("gold"), inputs: inputs)
    // Predicts an open question for every therapist turn ending in "?".
    let options = ValidationOptions(actPredictor: { tagged in
      var acts: [Int: TherapistAct] = [:]
      for turn in tagged.transcript.turns
      where tagged.transcript.speakers[turn.speaker].role == .therapist && turn.text.hasSuffix("?") {
        acts[turn.number] = .openQuestion
      }
      return acts
    })
    let report = try await LexiconValidator.validate(inputs, matcher: matcher, gold: gold, options: options)
    let acts = try #require(report.gold?.acts)
    // v1: 1 OQ→OQ, 3 R→OQ ("Your mother called?"); v2: 1 OQ→OQ, 3 CQ→OQ ("Never calm at all?").
    // Rows and columns open-question, closed-question, reflection.
    #expect(acts.labels == [.openQuestion, .closedQuestion, .reflection])
    #expect(acts.confusion == [[2, 0, 0], [1, 0, 0], [1, 0, 0]])
    #expect(acts.accuracy == 0.5)
  }
}
