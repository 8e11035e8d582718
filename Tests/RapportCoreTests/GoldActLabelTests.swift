import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportText
@testable import RapportValidation

/// Gold act labels at two levels: any MITI code or group name is a label, and each label is
/// compared with Rapport's act at its own level.
@Suite struct GoldActLabelTests {
  @Test(arguments: [
    ("reflection", ActLabel.group(.reflection)), ("question", .group(.question)), ("input", .group(.input)),
    ("open-question", .code(.openQuestion)), ("complex-reflection", .code(.complexReflection)),
    ("advice-with-permission", .code(.adviceWithPermission)), ("affirm", .code(.affirm)), ("other", .code(.other)),
  ])
  func everyCodeAndGroupNameIsALabel(name: String, label: ActLabel) {
    #expect(ActLabel(rawValue: name) == label)
    #expect(label.rawValue == name)
  }

  @Test func unknownNamesAreNotLabels() {
    #expect(ActLabel(rawValue: "reflective") == nil)
    #expect(ActLabel(rawValue: "Reflection") == nil)
    #expect(Set(ActLabel.all).count == TherapistAct.allCases.count + 3)
  }

  /// (label, act, agrees, the act at the label's level)
  @Test(arguments: [
    ("reflection", TherapistAct.simpleReflection, true, "reflection"),
    ("reflection", .complexReflection, true, "reflection"),
    ("reflection", .openQuestion, false, "question"),
    ("simple-reflection", .complexReflection, false, "complex-reflection"),
    ("question", .closedQuestion, true, "question"),
    ("input", .adviceWithPermission, true, "input"),
    ("input", .affirm, false, "affirm"),
    ("giving-information", .advice, false, "advice"),
    ("other", .other, true, "other"),
    ("other", .givingInformation, false, "giving-information"),
  ])
  func labelsAgreeAtTheirOwnLevel(name: String, act: TherapistAct, agrees: Bool, level: String) throws {
    let label = try #require(ActLabel(rawValue: name))
    #expect(label.agrees(with: act) == agrees)
    #expect(label.atLevel(act).rawValue == level)
  }

  @Test func goldFilesAcceptEveryCodeAndGroup() throws {
    let transcript = try ValidationFixtures.transcript("v1")
    let text = "1 | act | question\n3 | act | complex-reflection\n"
    let checked = GoldLoader.check(bytes: Array(text.utf8), path: "x.gold", session: "v1", transcript: transcript)
    #expect(checked.errors.isEmpty)
    #expect(checked.sessions["v1"]?.acts.map(\.label) == [.group(.question), .code(.complexReflection)])
  }

  /// Gold rows at two levels in one set: turn 1 `question` (group) and turn 3
  /// `simple-reflection` (code). An open question agrees with `question`; a complex reflection
  /// does not agree with `simple-reflection` and is counted under its own code.
  @Test func actAgreementComparesEachRowAtItsLabelsLevel() {
    let gold = GoldAnnotations(
      session: "s", path: "s.gold", transcriptPath: "s.txt", spans: [],
      acts: [
        GoldAct(turn: 1, label: .group(.question), line: 1), GoldAct(turn: 3, label: .code(.simpleReflection), line: 2),
        GoldAct(turn: 5, label: .group(.question), line: 3),
      ])
    let agreement = ActAgreement.evaluate(
      gold: [gold], predicted: ["s": [1: .openQuestion, 3: .complexReflection, 5: .closedQuestion]])
    #expect(agreement.labels == [.group(.question), .code(.simpleReflection), .code(.complexReflection)])
    #expect(agreement.confusion == [[2, 0, 0], [0, 0, 1], [0, 0, 0]])
    #expect(agreement.accuracy == 0.6667)
    #expect(agreement.disagreements.map { "\($0.turn) \($0.gold)->\($0.predicted)" } == ["3 simple-reflection->complex-reflection"])
  }
}
