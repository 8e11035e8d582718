import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportTag
@testable import RapportValidation

/// corpus.json's sums: exact, and the same whichever worker saw which session.
@Suite struct SummaryCorpusTests {
  static func summary(therapist: (words: Int, fear: Int), client: (words: Int, fear: Int)) -> SessionSummary {
    func speaker(_ label: String, _ role: Role, _ words: Int, _ fear: Int) -> SpeakerSummary {
      SpeakerSummary(
        label: label, role: role, roleSource: .builtIn, turns: 1, words: words, summaryVariables: SummaryVariables(wc: words), events: [:],
        categories: ["fear": CategoryCount(count: fear, negated: 0, weighted: Double(fear), rate: 0)], segments: [])
    }
    let source = TranscriptSource(
      path: "x.txt", format: "text", encoding: "UTF-8", hadByteOrderMark: false, sha256: "", byteCount: 0)
    let empty = RoleValues(therapist: nil, client: nil)
    return SessionSummary(
      schema: SessionSummary.schemaVersion, session: "x",
      provenance: Provenance(tool: "rapport", toolVersion: "0", source: source, lexicons: [], options: [:]),
      turns: 2, words: therapist.words + client.words,
      summaryVariables: SummaryVariables(wc: therapist.words + client.words), segments: [],
      speakers: [speaker("T", .therapist, therapist.words, therapist.fear), speaker("C", .client, client.words, client.fear)],
      indicators: AllianceIndicators(
        notes: [],
        languageStyleMatching: LanguageStyleMatching(categories: [], missing: [], session: nil, byCategory: [:], segments: []),
        collaboration: Collaboration(weRate: empty, collaborationRate: empty, goalsRate: empty, tasksRate: empty),
        bond: Bond(
          therapistEmpathyRate: nil, clientTrustSafetyRate: nil, clientDistrustThreatRate: nil, laughter: Bond.Laughter(therapist: 0, client: 0, shared: 0)),
        miti: .empty,
        talkBalance: TalkBalance(
          therapist: TalkBalance.Share(words: 0, turns: 0, meanTurnLength: nil),
          client: TalkBalance.Share(words: 0, turns: 0, meanTurnLength: nil), clientWordShare: nil),
        ruptureRepair: RuptureRepair(
          withdrawalMarkers: nil, confrontationMarkers: nil, ruptureTurns: nil, repairStatements: nil,
          repairedRuptures: nil, unrepairedRuptures: nil, sequences: []),
        affectTrajectory: AffectTrajectory(negativeEmotion: nil, trust: nil), composite: nil),
      warnings: [], hits: nil)
  }

  /// Client fear: 1 of 3 words (33.3333), 2 of 8 (25), 0 of 0 (no words: left out).
  /// Mean rate (33.3333 + 25) / 2 = 29.16665 → 29.1666 (half to even); pooled 3 / 11 × 100 =
  /// 27.2727; mean count 3 / 2 = 1.5.
  @Test func meansOfClientRates() {
    var corpus = CorpusAccumulator(categories: ["fear"])
    corpus.add(Self.summary(therapist: (10, 0), client: (3, 1)))
    corpus.add(Self.summary(therapist: (10, 1), client: (8, 2)))
    corpus.add(Self.summary(therapist: (10, 0), client: (0, 0)))
    let client = corpus.means()["fear"]!.client
    #expect(client.sessions == 2)
    #expect(client.count == 3)
    #expect(client.words == 11)
    #expect(client.meanCount == 1.5)
    #expect(client.meanRate == 29.1666)
    #expect(client.pooledRate == 27.2727)
    #expect(corpus.sessions == 3)
    #expect(corpus.means()["fear"]!.therapist.meanRate == 3.3333)  // (0 + 10 + 0) / 3
  }

  @Test func mergingInAnyOrderGivesTheSameMeans() {
    let sessions = (1...7).map { Self.summary(therapist: ($0 * 3, $0 % 3), client: ($0 * 7, $0 % 4)) }
    var all = CorpusAccumulator(categories: ["fear"])
    for session in sessions { all.add(session) }
    var odd = CorpusAccumulator(categories: ["fear"])
    var even = CorpusAccumulator(categories: ["fear"])
    for (index, session) in sessions.enumerated().reversed() {
      if index % 2 == 0 { even.add(session) } else { odd.add(session) }
    }
    even.merge(odd)
    #expect(even.means() == all.means())
    #expect(even.words == all.words)
  }
}
