import RapportSupport

/// Maps speaker labels to roles: a built-in table of common labels, extended (and overridden)
/// by a researcher's own map.
///
/// A map file has one `label = role` (or `label<TAB>role`) per line; `#` starts a comment;
/// roles are `therapist`, `client` or `other`; labels compare case-insensitively. A line
/// `s07: SPEAKER_00 = therapist` holds for session `s07` only (the transcript whose file name
/// without extension is `s07`), and wins over a line for every session. A map may also be a
/// CSV with the header `session,label,role` (an empty session: every session).
public struct SpeakerMap: Sendable, Equatable {
  private var roles: [String: Role]
  /// Per-session roles, by session (file name without extension) and label key.
  private var sessionRoles: [String: [String: Role]] = [:]

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

  /// The map for the transcript at `path`: this map with the lines for its session (its file
  /// name without extension) laid over it.
  public func forFile(_ path: String) -> SpeakerMap {
    guard !sessionRoles.isEmpty else { return self }
    var name = String(path.split(separator: "/").last ?? Substring(path))
    if let dot = name.lastIndex(of: "."), dot > name.startIndex { name = String(name[..<dot]) }
    guard let overrides = sessionRoles[name] ?? sessionRoles[name.lowercased()] else { return self }
    var map = self
    for (label, role) in overrides { map.roles[label] = role }
    map.sessionRoles = [:]
    return map
  }

  /// The sessions the map has lines for, sorted.
  public var sessions: [String] { sessionRoles.keys.sorted() }

  /// The built-in map extended by a map file's text.
  public static func parse(_ text: String, path: String) throws(RapportError) -> SpeakerMap {
    var map = builtIn
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    if let header = lines.first(where: { !$0.allSatisfy(\.isWhitespace) && !$0.hasPrefix("#") }),
      header.split(separator: ",").map({ $0.trimmingWhitespace().lowercased().replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "\u{FEFF}", with: "") }) == ["session", "label", "role"]
    {
      return try parseCSV(lines, path: path)
    }
    for (index, rawLine) in lines.enumerated() {
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
      let label = parts[0].trimmingWhitespace()
      if let colon = label.firstIndex(of: ":") {
        let session = label[..<colon].trimmingWhitespace()
        let sessionLabel = label[label.index(after: colon)...].trimmingWhitespace()
        guard !session.isEmpty, !sessionLabel.isEmpty else {
          throw RapportError(
            .configuration, file: path, line: index + 1, problem: "expected 'session: label = role'",
            remedy: "Write the session (the file name without extension), a colon, then 'label = role', for example 's07: SPEAKER_00 = therapist'")
        }
        map.sessionRoles[session, default: [:]][key(sessionLabel)] = role
      } else {
        map.roles[key(label)] = role
      }
    }
    return map
  }

  /// A `session,label,role` CSV map (no quoted commas); an empty session holds for every one.
  static func parseCSV(_ lines: [Substring], path: String) throws(RapportError) -> SpeakerMap {
    var map = builtIn
    var headerSeen = false
    for (index, rawLine) in lines.enumerated() {
      if rawLine.allSatisfy(\.isWhitespace) || rawLine.hasPrefix("#") { continue }
      if !headerSeen {
        headerSeen = true
        continue
      }
      let fields = rawLine.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingWhitespace().replacingOccurrences(of: "\"", with: "")
      }
      guard fields.count == 3, !fields[1].isEmpty else {
        throw RapportError(
          .configuration, file: path, line: index + 1, problem: "expected three fields: session, label, role",
          remedy: "Write one row per session and label, for example 's07,SPEAKER_00,therapist'")
      }
      guard let role = Role(rawValue: fields[2].lowercased()) else {
        throw RapportError(
          .configuration, file: path, line: index + 1, problem: "unknown role '\(fields[2])'", remedy: "Use therapist, client or other")
      }
      if fields[0].isEmpty {
        map.roles[key(fields[1])] = role
      } else {
        map.sessionRoles[fields[0], default: [:]][key(fields[1])] = role
      }
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
