/// What a coder says a therapist utterance does: one MITI 4.2 code (`simple-reflection`) or one
/// group of codes (`reflection`). A label is compared with Rapport's act at the label's own
/// level: a group label agrees with any act of the group, a code label only with that code.
///
/// Names that are both a code and a group (`affirm`, `seeking-collaboration`,
/// `emphasizing-autonomy`, `confront`, `other`) are read as the code; their group holds that
/// code alone, so the two levels agree on every act.
public enum ActLabel: Sendable, Hashable, Comparable, RawRepresentable, Codable, CustomStringConvertible {
  case code(TherapistAct)
  case group(TherapistAct.Group)

  /// Every label in order: each group of more than one code (`question`, `reflection`,
  /// `input`) followed by its codes, the other codes in between in `TherapistAct` order.
  public static let all: [ActLabel] = TherapistAct.allCases.flatMap { act -> [ActLabel] in
    let group = act.group
    let first = TherapistAct.allCases.first { $0.group == group }
    let shared = TherapistAct.allCases.filter { $0.group == group }.count > 1
    return shared && first == act ? [.group(group), .code(act)] : [.code(act)]
  }

  /// The label named `rawValue` (a code or group name as Rapport writes it), or nil.
  public init?(rawValue: String) {
    if let act = TherapistAct(rawValue: rawValue) {
      self = .code(act)
    } else if let group = TherapistAct.Group(rawValue: rawValue) {
      self = .group(group)
    } else {
      return nil
    }
  }

  public var rawValue: String {
    switch self {
    case .code(let act): act.rawValue
    case .group(let group): group.rawValue
    }
  }

  public var description: String { rawValue }

  /// Whether `act` is what this label names, at the label's level.
  public func agrees(with act: TherapistAct) -> Bool {
    switch self {
    case .code(let code): code == act
    case .group(let group): act.group == group
    }
  }

  /// `act` written at this label's level: the act itself for a code label, its group for a
  /// group label (as a code where the group holds one code).
  public func atLevel(_ act: TherapistAct) -> ActLabel {
    switch self {
    case .code: .code(act)
    case .group: ActLabel(rawValue: act.group.rawValue) ?? .group(act.group)
    }
  }

  /// Labels a coder's file may use, for messages: every code and group name.
  public static var names: String { all.map(\.rawValue).joined(separator: ", ") }

  public static func < (a: ActLabel, b: ActLabel) -> Bool {
    (all.firstIndex(of: a) ?? all.count) < (all.firstIndex(of: b) ?? all.count)
  }
}
