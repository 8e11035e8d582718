import RapportSupport

/// The MITI 4.2 summary scores of one session, from the therapist acts the classifier
/// (`TherapistActs`) finds: counts per code and group, reflection-to-question ratio (R:Q),
/// percent complex reflections (%CR), percent open questions (%OQ), and the MI-adherent and
/// MI-non-adherent totals. docs/indicators.md ("MITI summary scores") gives every formula and
/// band, from the MITI 4.2.1 manual (Moyers, Manuel & Ernst, 2014; Moyers et al., 2016).
///
/// Counts by code and group count each therapist turn once, by its primary act; the
/// MI-adherent and MI-non-adherent totals count every act found in every turn (MITI counts
/// each behaviour). Ratios are kept in full precision; the writers round them.
public struct MITISummary: Sendable, Hashable {
  /// Where a summary score falls among the MITI 4.2 reference thresholds. A band, not a
  /// verdict: the acts are found by heuristics, not by a trained coder.
  public enum Band: String, Sendable, Hashable, Codable, CaseIterable {
    /// Below the manual's "fair" threshold.
    case belowFair = "below fair"
    /// At least "fair", below "good".
    case fair
    /// At least "good".
    case good

    /// The band of `value` given the manual's `fair` and `good` thresholds (both inclusive).
    public init(_ value: Double, fair: Double, good: Double) {
      self = value >= good ? .good : value >= fair ? .fair : .belowFair
    }
  }

  /// MITI 4.2: R:Q fair at 1:1, good at 2:1.
  public static let reflectionToQuestionThresholds = (fair: 1.0, good: 2.0)
  /// MITI 4.2: %CR fair at 40 %, good at 50 %.
  public static let complexReflectionThresholds = (fair: 40.0, good: 50.0)

  /// Therapist turns with an act.
  public var therapistTurns: Int
  /// Therapist turns by primary act; every code is present (zeros included).
  public var primary: [TherapistAct: Int]
  /// Affirm + seeking collaboration + emphasizing autonomy, over every act of every turn.
  public var miAdherent: Int
  /// Confront + advice without permission (MITI's persuade), over every act of every turn.
  public var miNonAdherent: Int

  /// A summary of `therapistTurns` turns whose primary acts are counted in `primary` (codes
  /// left out count zero).
  public init(therapistTurns: Int, primary: [TherapistAct: Int], miAdherent: Int, miNonAdherent: Int) {
    self.therapistTurns = therapistTurns
    self.primary = Dictionary(uniqueKeysWithValues: TherapistAct.allCases.map { ($0, primary[$0] ?? 0) })
    self.miAdherent = miAdherent
    self.miNonAdherent = miNonAdherent
  }

  /// Turns whose primary act is `act`.
  public func count(_ act: TherapistAct) -> Int { primary[act] ?? 0 }
  /// Turns whose primary act is in `group`.
  public func count(group: TherapistAct.Group) -> Int {
    primary.reduce(0) { $0 + ($1.key.group == group ? $1.value : 0) }
  }

  public var questions: Int { count(group: .question) }
  public var reflections: Int { count(group: .reflection) }
  /// Giving information and advice with and without permission.
  public var input: Int { count(group: .input) }

  /// Reflections / questions; nil without a question.
  public var reflectionToQuestionRatio: Double? {
    questions > 0 ? Double(reflections) / Double(questions) : nil
  }
  /// Complex reflections as percent of reflections; nil without a reflection.
  public var percentComplexReflections: Double? {
    Rounding.percent(count(.complexReflection), of: reflections)
  }
  /// Open questions as percent of questions; nil without a question. MITI 4.2 sets no
  /// threshold for it, so it has no band.
  public var percentOpenQuestions: Double? { Rounding.percent(count(.openQuestion), of: questions) }
  /// MITI band of R:Q; nil when R:Q is.
  public var rqBand: Band? {
    reflectionToQuestionRatio.map {
      Band($0, fair: Self.reflectionToQuestionThresholds.fair, good: Self.reflectionToQuestionThresholds.good)
    }
  }
  /// MITI band of %CR; nil when %CR is.
  public var crBand: Band? {
    percentComplexReflections.map {
      Band($0, fair: Self.complexReflectionThresholds.fair, good: Self.complexReflectionThresholds.good)
    }
  }

  /// Acts found over every turn that count as MI-adherent (MITI 4.2 "Total MIA").
  public static let adherentActs: Set<TherapistAct> = [.affirm, .seekingCollaboration, .emphasizingAutonomy]
  /// Acts found over every turn that count as MI-non-adherent (MITI 4.2 "Total MINA":
  /// confront and persuade, i.e. advice without permission).
  public static let nonAdherentActs: Set<TherapistAct> = [.confront, .advice]

  /// The summary of the therapist turns whose acts are `turns`, in order: primary acts
  /// counted once per turn, MI-adherent and non-adherent acts over every act of every turn.
  ///
  /// - Complexity: O(n) in the acts of the turns.
  public init(turns: [TurnActs]) {
    var primary: [TherapistAct: Int] = [:]
    var adherent = 0
    var nonAdherent = 0
    for acts in turns {
      primary[acts.primary, default: 0] += 1
      for act in acts.all {
        if Self.adherentActs.contains(act) { adherent += 1 }
        if Self.nonAdherentActs.contains(act) { nonAdherent += 1 }
      }
    }
    self.init(therapistTurns: turns.count, primary: primary, miAdherent: adherent, miNonAdherent: nonAdherent)
  }

  static func compute(_ input: inout IndicatorInput) -> MITISummary {
    let summary = MITISummary(turns: input.turns.compactMap(\.acts))
    if summary.therapistTurns > 0, summary.questions == 0 {
      input.notes.insert(
        "no therapist question was found; miti.reflectionToQuestionRatio, rqBand and percentOpenQuestions are null")
    }
    if summary.therapistTurns > 0, summary.reflections == 0 {
      input.notes.insert("no therapist reflection was found; miti.percentComplexReflections and crBand are null")
    }
    return summary
  }
}
