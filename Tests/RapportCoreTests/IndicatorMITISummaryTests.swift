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
@testable import RapportText
@testable import RapportValidation

/// MITI summary scores computed from hand-made acts, so the figures do not depend on the
/// classifier's rules.
@Suite struct IndicatorMITISummaryTests {
  static func turn(_ primary: TherapistAct, _ also: TherapistAct...) -> TurnActs {
    TurnActs(primary: primary, all: [primary] + also)
  }

  /// 3 simple + 1 complex reflection, 1 open + 1 closed question: R:Q 4 / 2 = 2 (good),
  /// %CR 1 / 4 = 25 (below fair), %OQ 50. Adherent acts over every act: affirm in turns 1 and
  /// 7, seeking collaboration in 8, emphasizing autonomy in 9 = 4; non-adherent: advice in 5
  /// and 9, confront in 6 = 3 (advice with permission in 10 is neither).
  static let session: [TurnActs] = [
    turn(.simpleReflection, .affirm), turn(.simpleReflection), turn(.simpleReflection),
    turn(.complexReflection), turn(.openQuestion, .advice), turn(.closedQuestion, .confront),
    turn(.affirm), turn(.seekingCollaboration), turn(.givingInformation, .emphasizingAutonomy, .advice),
    turn(.adviceWithPermission), turn(.other),
  ]

  @Test func countsByCodeAndGroupUsePrimaryActs() {
    let miti = MITISummary(turns: Self.session)
    #expect(miti.therapistTurns == 11)
    #expect(miti.reflections == 4)
    #expect(miti.count(.simpleReflection) == 3)
    #expect(miti.count(.complexReflection) == 1)
    #expect(miti.questions == 2)
    #expect(miti.input == 2)
    #expect(miti.count(.advice) == 0)
    #expect(miti.count(.affirm) == 1)
    #expect(miti.count(.other) == 1)
    #expect(miti.miAdherent == 4)
    #expect(miti.miNonAdherent == 3)
  }

  @Test func ratiosAndBands() {
    let miti = MITISummary(turns: Self.session)
    #expect(miti.reflectionToQuestionRatio == 2)
    #expect(miti.rqBand == .good)
    #expect(miti.percentComplexReflections == 25)
    #expect(miti.crBand == .belowFair)
    #expect(miti.percentOpenQuestions == 50)
  }

  /// MITI 4.2 thresholds are inclusive: R:Q fair ≥ 1, good ≥ 2; %CR fair ≥ 40, good ≥ 50.
  @Test(arguments: [
    (0.9999, 1.0, 2.0, MITISummary.Band.belowFair), (1, 1, 2, .fair), (1.9999, 1, 2, .fair), (2, 1, 2, .good),
    (39.9999, 40, 50, .belowFair), (40, 40, 50, .fair), (50, 40, 50, .good), (100, 40, 50, .good),
  ])
  func bandThresholdsAreInclusive(value: Double, fair: Double, good: Double, band: MITISummary.Band) {
    #expect(MITISummary.Band(value, fair: fair, good: good) == band)
  }

  /// (reflections, questions) → R:Q and its band, nil without questions.
  @Test(arguments: [
    (0, 0, nil, nil), (3, 0, nil, nil), (0, 2, 0.0, MITISummary.Band.belowFair), (1, 3, 1.0 / 3, .belowFair),
    (3, 3, 1, .fair), (5, 2, 2.5, .good),
  ] as [(Int, Int, Double?, MITISummary.Band?)])
  func reflectionToQuestionRatio(reflections: Int, questions: Int, ratio: Double?, band: MITISummary.Band?) {
    let turns = Array(repeating: Self.turn(.simpleReflection), count: reflections)
      + Array(repeating: Self.turn(.closedQuestion), count: questions)
    let miti = MITISummary(turns: turns)
    #expect(miti.reflectionToQuestionRatio == ratio)
    #expect(miti.rqBand == band)
  }

  /// Ratios are kept at full precision; only the writers round (JSON, XML and CSV alike).
  @Test func ratiosAreRoundedOnlyByTheWriters() throws {
    let miti = MITISummary(turns: [Self.turn(.simpleReflection), Self.turn(.openQuestion), Self.turn(.closedQuestion), Self.turn(.closedQuestion)])
    #expect(miti.reflectionToQuestionRatio == 1.0 / 3)
    #expect(miti.percentOpenQuestions == 100.0 / 3)
    let json = try #require(String(validating: try JSONOutput.encode(miti), as: UTF8.self))
    #expect(json.contains("\"reflectionToQuestionRatio\" : 0.3333"))
    #expect(json.contains("\"percentOpenQuestions\" : 33.3333"))
    #expect(json.contains("\"percentComplexReflections\" : 0,"))
    #expect(SessionsTable.cell(miti.fields.first { $0.name == "reflectionToQuestionRatio" }!.value) == "0.3333")
  }

  @Test func jsonHoldsEveryFieldAndReadsBack() throws {
    let miti = MITISummary(turns: Self.session)
    let bytes = try JSONOutput.encode(miti)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    #expect(Set(object.keys) == Set(miti.fields.map(\.name)))
    #expect(try JSONDecoder().decode(MITISummary.self, from: Data(bytes)) == miti)
  }

  @Test func withoutActsEveryScoreIsNull() throws {
    let miti = MITISummary(turns: [])
    #expect(miti == .empty)
    #expect(miti.reflectionToQuestionRatio == nil && miti.percentComplexReflections == nil && miti.percentOpenQuestions == nil)
    let json = try #require(String(validating: try JSONOutput.encode(miti), as: UTF8.self))
    #expect(json.contains("\"rqBand\" : null"))
    #expect(json.contains("\"crBand\" : null"))
  }

  /// The team's evaluation script takes the first column matching this pattern as R:Q.
  @Test func exactlyOneSessionsColumnReadsAsTheReflectionToQuestionRatio() throws {
    let pattern = try Regex("(^|_)(rq|qr)(_?ratio)?$|reflection_to_question|(^|_)r_?to_?q($|_)")
    let header = SessionsTable(categories: ["fear", "trust", "question"], segments: 5, composite: true).header
    let matching = header.filter { $0.firstMatch(of: pattern) != nil }
    #expect(matching == ["miti_reflection_to_question_ratio"])
  }

  @Test func everyFieldHasAColumnAndAnXMLAttributeName() {
    let names = MITISummary.empty.fields.map(\.name)
    #expect(Set(names).count == names.count)
    #expect(MITISummary.empty.fields.map(\.column).prefix(4) == ["miti_therapist_turns", "miti_questions", "miti_open_questions", "miti_closed_questions"])
  }

  @Test func theTurnsTableWritesEveryActInOrder() {
    #expect(TurnsTable.actsCell(TurnActs(primary: .complexReflection, all: [.affirm, .complexReflection, .openQuestion])) == "affirm;complex-reflection;open-question")
    #expect(TurnsTable.actsCell(TurnActs(primary: .other, all: [])) == "other")
    #expect(TurnsTable.actsCell(nil) == "")
    #expect(TurnsTable.header(categories: ["acts"]).suffix(3) == ["act", "acts", "category_acts"])
  }

  /// Whatever acts the classifier finds, the summary and the turn rows carry all of them: the
  /// session's MITI counts are those of the acts of its turns, and every therapist row's
  /// `acts` holds its `act`.
  @Test func theSummarizerCarriesEveryActOfEveryTurn() throws {
    let (analysis, _) = try CLI.analysis("hand-dialogue", session: "h", options: AnalysisOptions(turnDetails: true))
    let acts = analysis.turns.compactMap(\.acts)
    #expect(acts.count == analysis.turns.filter { $0.role == .therapist }.count)
    #expect(analysis.summary.indicators.miti == MITISummary(turns: acts))
    let header = TurnsTable.header(categories: analysis.categories)
    let act = try #require(header.firstIndex(of: "act"))
    let all = try #require(header.firstIndex(of: "acts"))
    for (turn, row) in zip(analysis.turns, TurnsTable.rows(analysis)) {
      if turn.role == .therapist {
        #expect(row[all].split(separator: ";").map(String.init).contains(row[act]))
        #expect(row[all] == turn.acts!.all.map(\.rawValue).joined(separator: ";"))
      } else {
        #expect(row[act].isEmpty && row[all].isEmpty)
      }
    }
  }
}
