import RapportSupport

/// How coders' label names become Rapport's acts: `label = act` lines, `act` a MITI code
/// (`simple-reflection`) or group (`reflection`). Comments start with `#`; blank lines are
/// skipped; labels are matched ignoring case and surrounding spaces. A label the map does not
/// name is taken as it is when it already names a Rapport code or group.
///
///     # MISC / MITI abbreviations
///     SR = simple-reflection
///     CR = complex-reflection
///     therapist_input = input
public struct ActLabelMap: Sendable, Hashable {
  /// The file the map was read from, for messages; nil for no map.
  public var path: String?
  /// Lowercased coder label → act label.
  public var labels: [String: ActLabel]

  /// A map holding `labels` (coder label → act), read from `path`.
  public init(path: String? = nil, labels: [String: ActLabel] = [:]) {
    self.path = path
    self.labels = Dictionary(labels.map { (Self.key($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
  }

  /// The map in the file at `path`.
  public static func load(path: String) throws(RapportError) -> ActLabelMap {
    let bytes = try FileSystem.readConfiguration(path, what: "the label map", remedy: "Check the --label-map path")
    return try parse(String(decoding: bytes, as: UTF8.self), path: path)
  }

  /// The map written in `text`; `path` names the file in errors.
  public static func parse(_ text: String, path: String) throws(RapportError) -> ActLabelMap {
    var map = ActLabelMap(path: path)
    var lines: [String: Int] = [:]
    for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
      let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      if line.allSatisfy(\.isWhitespace) { continue }
      let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let label = parts.first.map(Self.key) ?? ""
      guard parts.count == 2, !label.isEmpty else {
        throw RapportError(
          .configuration, file: path, line: index + 1,
          problem: "expected 'label = act', found '\(line.trimmingWhitespace())'",
          remedy: "Write one coder label and the Rapport act it means per line, for example 'SR = simple-reflection'")
      }
      let actName = parts[1].trimmingWhitespace()
      guard let act = ActLabel(rawValue: actName) else {
        throw RapportError(
          .configuration, file: path, line: index + 1, problem: "'\(actName)' is not a Rapport act",
          remedy: "Write a MITI code or group after '=', one of \(ActLabel.names)")
      }
      if let earlier = lines[label], map.labels[label] != act {
        throw RapportError(
          .configuration, file: path, line: index + 1,
          problem: "'\(parts[0].trimmingWhitespace())' is already mapped on line \(earlier)",
          remedy: "Keep one line per label")
      }
      lines[label] = index + 1
      map.labels[label] = act
    }
    return map
  }

  /// The act label coder label `label` means: its map entry, or the code or group it names;
  /// nil when it is neither.
  public func act(for label: String) -> ActLabel? {
    labels[Self.key(label)] ?? ActLabel(rawValue: label.trimmingWhitespace().lowercased())
  }

  static func key(_ label: some StringProtocol) -> String { label.trimmingWhitespace().lowercased() }
}
