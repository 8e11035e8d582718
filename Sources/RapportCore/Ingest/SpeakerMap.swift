/// Maps speaker labels to roles: a built-in table of common labels, extended (and overridden)
/// by a researcher's own map.
///
/// A map file has one `label = role` (or `label<TAB>role`) per line; `#` starts a comment;
/// roles are `therapist`, `client` or `other`; labels compare case-insensitively.
public struct SpeakerMap: Sendable, Equatable {
  private var roles: [String: Role]

  /// Labels Rapport knows without being told.
  public static let builtIn = SpeakerMap(roles: [
    "t": .therapist, "th": .therapist, "ther": .therapist, "therapist": .therapist,
    "counselor": .therapist, "counsellor": .therapist, "psychologist": .therapist,
    "psychotherapist": .therapist, "clinician": .therapist, "interviewer": .therapist,
    "analyst": .therapist, "doctor": .therapist, "dr": .therapist,
    "c": .client, "cl": .client, "client": .client, "patient": .client, "pt": .client,
    "p": .client, "interviewee": .client, "participant": .client,
  ])

  init(roles: [String: Role]) { self.roles = roles }

  /// The built-in map extended by the map file at `path`.
  public static func load(path: String) throws(RapportError) -> SpeakerMap {
    let bytes = try FileSystem.readConfiguration(path, what: "the speaker map", remedy: "Check the --speaker-map path")
    return try parse(String(decoding: bytes, as: UTF8.self), path: path)
  }

  /// The built-in map extended by a map file's text.
  public static func parse(_ text: String, path: String) throws(RapportError) -> SpeakerMap {
    var map = builtIn
    for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
      let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      if line.allSatisfy(\.isWhitespace) { continue }
      let parts = line.contains("\t")
        ? line.split(separator: "\t", maxSplits: 1) : line.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, !parts[0].trimmingWhitespace().isEmpty else {
        throw RapportError(
          .configuration, file: path, line: index + 1,
          problem: "expected 'label = role', found '\(line.trimmingWhitespace())'",
          remedy: "Write one label and its role per line, for example 'Dr. Lee = therapist'")
      }
      let roleName = parts[1].trimmingWhitespace().lowercased()
      guard let role = Role(rawValue: roleName) else {
        throw RapportError(
          .configuration, file: path, line: index + 1,
          problem: "unknown role '\(roleName)'", remedy: "Use therapist, client or other")
      }
      map.roles[key(parts[0].trimmingWhitespace())] = role
    }
    return map
  }

  /// The role for `label`, if the map knows it; `Dr. Lee` and `Therapist Ana` count as
  /// therapists through their first word.
  public func role(for label: String) -> Role? {
    let whole = Self.key(label)
    if let role = roles[whole] { return role }
    if let first = label.split(separator: " ").first, label.contains(" ") {
      let title = Self.key(first)
      if let role = Self.builtIn.roles[title], role == .therapist { return role }
    }
    return nil
  }

  private static func key(_ label: some StringProtocol) -> String {
    var key = label.lowercased()
    while key.hasSuffix(".") { key.removeLast() }
    return key
  }
}
