import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportValidation

/// Indicators of Fixtures/analysis/hand-dialogue.txt with Fixtures/analysis/mini-lexicon.xml
/// and three segments, worked out by hand below.
///
/// The dialogue, with word counts (marks such as [laughs] are not words):
///
///     T1  How are you today?               4   open question (wh-word)
///     C2  I feel sad and alone.            5   sad, alone → negative emotion ×2
///     T3  It sounds like you feel alone.   6   reflection ("it sounds"); empathy "sounds like"
///     C4  Yes. I trust you.                4   trust
///     T5  Did you sleep?                   3   closed question (auxiliary "did")
///     C6  Whatever. I don't know.          4   withdrawal ×2 ("whatever", "i don't know")
///     T7  I'm sorry. That was my mistake.  6   other; repair ×2 ("i'm sorry", "my mistake")
///     C8  I feel a bit less sad now.       7   sad → negative emotion; [laughs]
///     T9  So you feel better.              4   reflection ("so you"); [laughs]
///     C10 Whatever.                        1   withdrawal
///
/// Therapist: 4 + 6 + 3 + 6 + 4 = 23 words in 5 turns. Client: 5 + 4 + 4 + 7 + 1 = 21 words in
/// 5 turns. Session: 44 words.
///
/// Segments (N = 3, W = 44): word p (0-based) is in segment ⌊3p / 44⌋, so segment 1 holds
/// words 0–14 (T1, C2, T3), segment 2 words 15–29 (C4, T5, C6 and the first four words of T7),
/// segment 3 words 30–43 (the rest of T7, C8, T9, C10): 15, 15 and 14 words.
@Suite struct IndicatorHandComputedTests {
  static func analyze() throws -> SessionSummary {
    try CLI.analysis("hand-dialogue", session: "hand", options: AnalysisOptions(segments: 3, composite: true)).0.summary
  }

  @Test func talkBalance() throws {
    let talk = try Self.analyze().indicators.talkBalance
    #expect(talk.therapist.words == 23)
    #expect(talk.therapist.turns == 5)
    #expect(talk.therapist.meanTurnLength == 4.6)  // 23 / 5
    #expect(talk.client.words == 21)
    #expect(talk.client.turns == 5)
    #expect(talk.client.meanTurnLength == 4.2)  // 21 / 5
    #expect(talk.clientWordShare == 0.4773)  // 21 / (23 + 21) = 0.477272…
  }

  @Test func segments() throws {
    let summary = try Self.analyze()
    #expect(summary.segments.map(\.words) == [15, 15, 14])
    #expect(summary.segments.map(\.firstTurn) == [1, 4, 7])
    #expect(summary.segments.map(\.lastTurn) == [3, 7, 10])
    let client = summary.speakers.first { $0.role == .client }!
    let therapist = summary.speakers.first { $0.role == .therapist }!
    #expect(client.segments.map(\.words) == [5, 8, 8])  // C2 | C4 + C6 | C8 + C10
    #expect(therapist.segments.map(\.words) == [10, 7, 6])  // T1 + T3 | T5 + 4 of T7 | 2 of T7 + T9
  }

  /// Language style matching: for each category 1 − |pT − pC| / (pT + pC + 0.0001), p in percent.
  ///
  ///     category  therapist hits   client hits      pT        pC        LSM
  ///     ppron     you×3 i'm my you=6  i×3 i you=5   26.0870   23.8095   1 − 2.2774/49.8966 = 0.954357
  ///     ipron     it that = 2         0              8.6957    0        1 − 8.6957/8.6958  = 0.000011
  ///     article   0                   a = 1          0         4.7619   1 − 4.7619/4.7620  = 0.000021
  ///     conj      0                   and = 1        0         4.7619   0.000021
  ///     prep      0                   0              0         0        1 − 0/0.0001       = 1
  ///     auxverb   are did was = 3     don't = 1     13.0435    4.7619   1 − 8.2816/17.8055 = 0.534886
  ///     adverb    0                   now = 1        0         4.7619   0.000021
  ///     negate    0                   don't = 1      0         4.7619   0.000021
  ///     quant     0                   less = 1       0         4.7619   0.000021
  ///
  /// Mean: (0.954357 + 0.000011 + 5 × 0.000021 + 1 + 0.534886) / 9 = 2.489359 / 9 = 0.276596.
  @Test func languageStyleMatching() throws {
    let lsm = try Self.analyze().indicators.languageStyleMatching
    #expect(lsm.missing == [])
    #expect(lsm.byCategory["ppron"] == 0.9544)
    #expect(lsm.byCategory["ipron"] == 0)
    #expect(lsm.byCategory["prep"] == 1)
    #expect(lsm.byCategory["auxverb"] == 0.5349)
    #expect(lsm.session == 0.2766)
    // Segment 1 (T1, T3: 10 words; C2: 5 words): ppron you×2 = 20% vs i = 20% → 1;
    // ipron it 10% vs 0 → 0.00001; conj 0 vs and 20% → 0.000005; auxverb are 10% vs 0 →
    // 0.00001; article, prep, adverb, negate, quant 0 vs 0 → 1 each.
    // (1 + 0.00001 + 1 + 0.000005 + 1 + 0.00001 + 1 + 1 + 1) / 9 = 0.666669.
    #expect(lsm.segments[0] == 0.6667)
  }

  /// Acts: T1 open, T3 reflection, T5 closed, T7 other, T9 reflection.
  /// R:Q = 2 reflections / (1 open + 1 closed) = 1.0 → MITI 4 band "fair" (≥ 1, < 2);
  /// percent open = 1 / 2 × 100 = 50.
  @Test func mitiSummaryScores() throws {
    let miti = try Self.analyze().indicators.miti
    #expect(miti.therapistTurns == 5)
    #expect(miti.reflections == 2)
    #expect(miti.count(.openQuestion) == 1)
    #expect(miti.count(.closedQuestion) == 1)
    #expect(miti.count(.other) == 1)
    #expect(miti.reflectionToQuestionRatio == 1)
    #expect(miti.percentOpenQuestions == 50)
    #expect(miti.rqBand == .fair)
  }

  /// Rupture markers: C6 (whatever, i don't know) and C10 (whatever): 3 withdrawal markers in 2
  /// rupture turns. T7 repairs (i'm sorry, my mistake: 2 statements) one turn after C6, within
  /// three turns: one sequence 6 → 7. Nothing follows C10: 1 unrepaired.
  @Test func ruptureAndRepair() throws {
    let rupture = try Self.analyze().indicators.ruptureRepair
    #expect(rupture.withdrawalMarkers == 3)
    #expect(rupture.confrontationMarkers == 0)
    #expect(rupture.ruptureTurns == 2)
    #expect(rupture.repairStatements == 2)
    #expect(rupture.repairedRuptures == 1)
    #expect(rupture.unrepairedRuptures == 1)
    #expect(rupture.sequences == [RuptureRepair.Sequence(ruptureTurn: 6, repairTurn: 7)])
  }

  /// Client negative emotion per segment: sad + alone = 2 of 5 words = 40; none of 8 = 0;
  /// sad = 1 of 8 = 12.5. Change (last − first) = 12.5 − 40 = −27.5. Least-squares slope over
  /// x = 1, 2, 3 (x̄ = 2): Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = (−1 · 40 + 0 + 1 · 12.5) / 2 = −13.75.
  /// Client trust: 0 of 5, 1 of 8 = 12.5, 0 of 8 → change 0, slope (−1 · 0 + 1 · 0) / 2 = 0.
  @Test func affectTrajectory() throws {
    let affect = try Self.analyze().indicators.affectTrajectory
    let negative = try #require(affect.negativeEmotion)
    #expect(negative.segments == [40, 0, 12.5])
    #expect(negative.first == 40)
    #expect(negative.last == 12.5)
    #expect(negative.change == -27.5)
    #expect(negative.slope == -13.75)
    let trust = try #require(affect.trust)
    #expect(trust.segments == [0, 12.5, 0])
    #expect(trust.change == 0)
    #expect(trust.slope == 0)
  }

  /// Empathy: "sounds like" once in 23 therapist words = 4.3478; client trust + safety: 1 of 21
  /// = 4.7619. Laughter: C8 and T9 each laugh; T9's answers C8's one turn before: 1 shared.
  @Test func bond() throws {
    let bond = try Self.analyze().indicators.bond
    #expect(bond.therapistEmpathyRate == 4.3478)
    #expect(bond.clientTrustSafetyRate == 4.7619)
    #expect(bond.clientDistrustThreatRate == 0)
    #expect(bond.laughter == Bond.Laughter(therapist: 1, client: 1, shared: 1))
  }

  /// Composite components: LSM 0.2766; R:Q 1 / 2 = 0.5; open 50 / 100 = 0.5; repaired 1 of 2
  /// ruptures = 0.5; client voice 0.4773 / 0.5 = 0.9546. Value:
  /// (0.3 · 0.2766 + 0.2 · 0.5 + 0.1 · 0.5 + 0.2 · 0.5 + 0.2 · 0.9546) / 1.0 = 0.52392 → 0.5239.
  @Test func composite() throws {
    let composite = try #require(try Self.analyze().indicators.composite)
    #expect(composite.label == "heuristic")
    #expect(abs(composite.weights.values.reduce(0, +) - 1) < 1e-9)  // summed in hash order
    // 21 / 44 / 0.5 = 0.954545…: read from the unrounded share, not from 0.4773 / 0.5 = 0.9546.
    #expect(composite.components["clientVoice"] == 0.9545)
    #expect(composite.value == 0.5239)
  }

  @Test func noNotesWhenEveryCategoryIsThere() throws {
    #expect(try Self.analyze().indicators.notes == [])
  }
}
