/// What a therapist utterance does, in the behaviour codes of the Motivational Interviewing
/// Treatment Integrity manual (MITI 4.2), as a two-level hierarchy: a coder may work with the
/// leaf codes (`simple-reflection`) or with their groups (`reflection`).
///
/// docs/indicators.md ("Therapist behaviour codes") defines each code, the rules that detect
/// it, examples, and its known failure modes.
public enum TherapistAct: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// A question that invites a wide range of answers (`What…`, `Tell me about…`).
  case openQuestion = "open-question"
  /// A question that asks for a yes/no or a short fact (`Did you…?`, `A or B?`).
  case closedQuestion = "closed-question"
  /// A reflection that repeats or lightly rephrases what the client said.
  case simpleReflection = "simple-reflection"
  /// A reflection that adds meaning or feeling beyond what the client said.
  case complexReflection = "complex-reflection"
  /// Information, feedback or an explanation the therapist gives.
  case givingInformation = "giving-information"
  /// Advice, a suggestion or an argument for change, without the client's permission asked.
  case advice
  /// Advice given after the client's permission was asked or with an explicit choice left to
  /// the client (MITI's persuade with permission).
  case adviceWithPermission = "advice-with-permission"
  /// A statement of the client's strengths, efforts or good intentions.
  case affirm
  /// Inviting the client's ideas, sharing power (`What do you think?`, `Would it be OK if…`).
  case seekingCollaboration = "seeking-collaboration"
  /// Stating the client's freedom of choice (`It's up to you`).
  case emphasizingAutonomy = "emphasizing-autonomy"
  /// Disagreeing, criticising, shaming, warning or arguing with the client.
  case confront
  /// Anything else: greetings, facilitation (`mm-hmm`), structuring, self-disclosure.
  case other

  /// The group a code belongs to; the group of a code with none is the code itself.
  public enum Group: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case question
    case reflection
    case input
    case affirm
    case seekingCollaboration = "seeking-collaboration"
    case emphasizingAutonomy = "emphasizing-autonomy"
    case confront
    case other

    /// The group's place in `allCases`, for tables indexed by group.
    var index: Int {
      switch self {
      case .question: 0
      case .reflection: 1
      case .input: 2
      case .affirm: 3
      case .seekingCollaboration: 4
      case .emphasizingAutonomy: 5
      case .confront: 6
      case .other: 7
      }
    }

    public static func < (a: Group, b: Group) -> Bool { a.index < b.index }

    /// Hashes the group's place, not its raw value (as `TherapistAct` does).
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }
  }

  /// The code's group: `question`, `reflection`, `input`, or the code itself.
  public var group: Group {
    switch self {
    case .openQuestion, .closedQuestion: .question
    case .simpleReflection, .complexReflection: .reflection
    case .givingInformation, .advice, .adviceWithPermission: .input
    case .affirm: .affirm
    case .seekingCollaboration: .seekingCollaboration
    case .emphasizingAutonomy: .emphasizingAutonomy
    case .confront: .confront
    case .other: .other
    }
  }

  /// The code's place in `allCases`, for tables indexed by code.
  var index: Int {
    switch self {
    case .openQuestion: 0
    case .closedQuestion: 1
    case .simpleReflection: 2
    case .complexReflection: 3
    case .givingInformation: 4
    case .advice: 5
    case .adviceWithPermission: 6
    case .affirm: 7
    case .seekingCollaboration: 8
    case .emphasizingAutonomy: 9
    case .confront: 10
    case .other: 11
    }
  }

  /// The codes by `index`.
  static let byIndex = allCases

  /// Whether the code is a question.
  public var isQuestion: Bool { group == .question }
  /// Whether the code is a reflection.
  public var isReflection: Bool { group == .reflection }

  public static func < (a: TherapistAct, b: TherapistAct) -> Bool { a.index < b.index }

  /// Hashes the code's place, not its raw value: the default for a `String`-backed enum hashes
  /// the string, and acts are counted into sets and dictionaries for every therapist turn.
  public func hash(into hasher: inout Hasher) { hasher.combine(index) }
}

/// The acts of one therapist turn: the one the turn is coded by (`primary`), and every act
/// found in it, once each, in the order they first appear (MITI counts each behaviour, not only
/// one per turn).
public struct TurnActs: Sendable, Hashable {
  /// The act that codes the turn as a whole (docs/indicators.md gives the rule).
  public var primary: TherapistAct
  /// Every act found in the turn, each once, in order of first appearance; holds `primary`.
  public var all: [TherapistAct]

  /// Acts of a turn coded `primary` in which `all` were found.
  public init(primary: TherapistAct, all: [TherapistAct]) {
    self.primary = primary
    self.all = all.contains(primary) ? all : all + [primary]
  }
}
