/// Roles for sessions whose speaker labels say nothing (`SPEAKER_00`, `Speaker 1`), from what
/// the speakers say, and the warning for a session left without a therapist or a client.
public enum RoleInference {
  /// The warning code for a session without a therapist or without a client.
  public static let missingRoleCode = "missing-role"
  /// The warning code for roles inferred from the cues (`--infer-roles`).
  public static let inferredRolesCode = "inferred-roles"
  /// Words every `missing-role` message starts with, so a terminal notice can be recognised.
  public static let missingRoleMarker = "no speaker is the "

  /// Reflection stems: how therapists open a reflection of what the client said.
  static let reflectionStems = [
    "it sounds like", "sounds like", "it seems like", "it seems", "you feel", "you're feeling", "you are feeling",
    "you're saying", "you are saying", "what i'm hearing", "what i hear", "so you", "you seem", "you've been",
  ]

  /// The cues for one speaker: share of its turns that ask a question, its turns that open with
  /// (or hold) a reflection stem, and whether it speaks first.
  struct Cues: Equatable {
    var questionShare: Double
    var reflections: Int
    var first: Bool

    var score: Double { questionShare * 2 + Double(min(reflections, 5)) * 0.4 + (first ? 0.5 : 0) }
  }

  /// `transcript` with roles given to its two speakers when both are unknown (role source
  /// `unknown`): the therapist is the one with the higher score of asking questions (the share
  /// of its turns with a `?`, weight 2), reflection stems (0.4 each, at most 5) and speaking
  /// first (0.5); the other is the client. Recorded as an `inferred-roles` warning with the
  /// evidence. A tie leaves the roles alone.
  public static func inferRoles(_ transcript: Transcript) -> Transcript {
    guard transcript.speakers.count == 2, transcript.speakers.allSatisfy({ $0.roleSource == .unknown }) else { return transcript }
    var cues = [Cues](repeating: Cues(questionShare: 0, reflections: 0, first: false), count: 2)
    var turnCounts = [0, 0]
    var questions = [0, 0]
    for turn in transcript.turns where turn.speaker < 2 {
      turnCounts[turn.speaker] += 1
      if turn.text.contains("?") { questions[turn.speaker] += 1 }
      let lowered = turn.text.lowercased()
      if reflectionStems.contains(where: lowered.contains) { cues[turn.speaker].reflections += 1 }
    }
    if let first = transcript.turns.first, first.speaker < 2 { cues[first.speaker].first = true }
    for index in 0..<2 { cues[index].questionShare = turnCounts[index] == 0 ? 0 : Double(questions[index]) / Double(turnCounts[index]) }
    guard cues[0].score != cues[1].score else {
      var copy = transcript
      copy.warnings.append(InputWarning(
        code: inferredRolesCode,
        message: "--infer-roles could not tell the two speakers apart (equal cues); give their roles in a --speaker-map file"))
      copy.warnings.sort()
      return copy
    }
    let therapist = cues[0].score > cues[1].score ? 0 : 1
    var copy = transcript
    for index in 0..<2 {
      copy.speakers[index].role = index == therapist ? .therapist : .client
      copy.speakers[index].roleSource = .inferred
    }
    func describe(_ index: Int) -> String {
      "'\(transcript.speakers[index].label)' asks in \(questions[index]) of \(turnCounts[index]) turns, \(cues[index].reflections) reflection stem(s)\(cues[index].first ? ", speaks first" : "")"
    }
    copy.warnings.removeAll { $0.code == "unknown-speaker" }
    copy.warnings.append(InputWarning(
      code: inferredRolesCode,
      message: "roles inferred with --infer-roles: '\(transcript.speakers[therapist].label)' = therapist, '\(transcript.speakers[1 - therapist].label)' = client (\(describe(therapist)); \(describe(1 - therapist))). Check them, and give them in a --speaker-map file to be sure"))
    copy.warnings.sort()
    return copy
  }

  /// The `missing-role` warning for `speakers` when none is the therapist or none the client.
  static func missingRoleWarning(_ speakers: [Speaker]) -> InputWarning? {
    let roles = Set(speakers.map(\.role))
    let missing = [Role.therapist, .client].filter { !roles.contains($0) }
    guard !missing.isEmpty else { return nil }
    let labels = speakers.map { "'\($0.label)'" }.joined(separator: ", ")
    return InputWarning(
      code: missingRoleCode,
      message: "no speaker is the \(missing.map(\.rawValue).joined(separator: " and none the ")) (speakers: \(labels)); the session's indicators need both. Give the roles in a --speaker-map file ('LABEL = therapist'), try --infer-roles, or leave out a file that is not a session transcript (such as notes)")
  }
}
