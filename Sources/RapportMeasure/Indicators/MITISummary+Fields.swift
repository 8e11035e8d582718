/// The one walk over the MITI summary's fields that JSON, XML and sessions.csv all write, so
/// a score cannot appear in one output and be missing from another.
extension MITISummary {
  /// A field's value: a count, a number (nil when undefined) or a band (nil when undefined).
  public enum Value: Sendable, Hashable {
    case count(Int)
    case number(Double?)
    case band(Band?)
  }

  /// One field: its JSON key and XML attribute (`reflectionToQuestionRatio`), and its value
  /// at full precision.
  public struct Field: Sendable, Hashable {
    public var name: String
    public var value: Value

    /// The sessions.csv column: `miti_` and the name in snake case
    /// (`miti_reflection_to_question_ratio`).
    public var column: String {
      var column = "miti_"
      for character in name {
        if character.isUppercase {
          column += "_" + character.lowercased()
        } else {
          column.append(character)
        }
      }
      return column
    }
  }

  /// A session without therapist acts; its `fields` give the names every summary has, in order.
  public static let empty = MITISummary(therapistTurns: 0, primary: [:], miAdherent: 0, miNonAdherent: 0)

  /// The field name of each leaf code's count, in code order.
  static let codeFields: [(TherapistAct, String)] = [
    (.openQuestion, "openQuestions"), (.closedQuestion, "closedQuestions"),
    (.simpleReflection, "simpleReflections"), (.complexReflection, "complexReflections"),
    (.givingInformation, "givingInformation"), (.advice, "advice"),
    (.adviceWithPermission, "adviceWithPermission"), (.affirm, "affirm"),
    (.seekingCollaboration, "seekingCollaboration"), (.emphasizingAutonomy, "emphasizingAutonomy"),
    (.confront, "confront"), (.other, "other"),
  ]

  /// Every field in output order: therapist turns; questions, reflections and input with the
  /// codes of each; the codes without a group of their own; the MI-adherent and
  /// MI-non-adherent totals; then R:Q, %CR and %OQ with the bands of the first two.
  ///
  /// Exactly one field's column matches what scripts look for as R:Q
  /// (`reflection_to_question`, `rq_ratio`): `miti_reflection_to_question_ratio`.
  public var fields: [Field] {
    var fields = [Field(name: "therapistTurns", value: .count(therapistTurns))]
    let groups: [(TherapistAct.Group, String)] = [(.question, "questions"), (.reflection, "reflections"), (.input, "input")]
    for (group, name) in groups {
      fields.append(Field(name: name, value: .count(count(group: group))))
      for (act, field) in Self.codeFields where act.group == group {
        fields.append(Field(name: field, value: .count(count(act))))
      }
    }
    for (act, field) in Self.codeFields where !groups.contains(where: { $0.0 == act.group }) {
      fields.append(Field(name: field, value: .count(count(act))))
    }
    fields += [
      Field(name: "miAdherent", value: .count(miAdherent)),
      Field(name: "miNonAdherent", value: .count(miNonAdherent)),
      Field(name: "reflectionToQuestionRatio", value: .number(reflectionToQuestionRatio)),
      Field(name: "rqBand", value: .band(rqBand)),
      Field(name: "percentComplexReflections", value: .number(percentComplexReflections)),
      Field(name: "crBand", value: .band(crBand)),
      Field(name: "percentOpenQuestions", value: .number(percentOpenQuestions)),
    ]
    return fields
  }
}
