/// Decides each speaker's role from its label, and says how.
enum SpeakerRoles {
  /// Speakers for `labels` (in order of first appearance) with the warnings a researcher
  /// should see: labels no map knows, and roles inferred rather than given. A role the
  /// transcript itself gives (`given`, one per label) wins over the map.
  static func assign(labels: [String], firstLines: [Int?], map: SpeakerMap, given: [Role?] = []) -> ([Speaker], [InputWarning]) {
    var speakers = labels.indices.map { index in
      let label = labels[index]
      if index < given.count, let role = given[index] {
        return Speaker(label: label, role: role, roleSource: .transcript)
      }
      if let role = map.role(for: label) {
        let source: RoleSource = SpeakerMap.builtIn.role(for: label) == role ? .builtIn : .speakerMap
        return Speaker(label: label, role: role, roleSource: source)
      }
      return Speaker(label: label, role: .other, roleSource: .unknown)
    }
    var warnings: [InputWarning] = []
    let unknown = speakers.indices.filter { speakers[$0].roleSource == .unknown }
    let knownRoles = Set(speakers.filter { $0.roleSource != .unknown }.map(\.role))
    // A two-party session with one labelled side: the other name is the other side.
    if unknown.count == 1, speakers.count == 2, knownRoles.count == 1, let known = knownRoles.first, known != .other {
      let index = unknown[0]
      speakers[index].role = known == .therapist ? .client : .therapist
      speakers[index].roleSource = .inferred
      warnings.append(InputWarning(
        code: "inferred-role",
        message: "speaker '\(speakers[index].label)' is not in the speaker map; taken as \(speakers[index].role.rawValue) because the other speaker is the \(known.rawValue). Add '\(speakers[index].label) = \(speakers[index].role.rawValue)' to a --speaker-map file to say so",
        line: firstLines[index]))
    } else {
      for index in unknown {
        warnings.append(InputWarning(
          code: "unknown-speaker",
          message: "speaker '\(speakers[index].label)' is not in the speaker map and counts as 'other'. Add '\(speakers[index].label) = therapist' (or client) to a --speaker-map file",
          line: firstLines[index]))
      }
    }
    return (speakers, warnings)
  }
}
