import RapportIngest
import RapportMeasure
import RapportSupport

/// Compares Rapport's therapist acts with human codes: aligns code rows with transcript turns
/// by session id and turn number, compares each utterance at its label's level
/// (`ActConfusion`), and correlates per-session R:Q. A pure function of its inputs; the
/// reading is `ActsEvaluation+Reading.swift`.
public enum ActsEvaluation {
  /// One analyzed transcript: each turn's number, role and acts (nil for turns not the
  /// therapist's), and Rapport's R:Q of the session.
  public struct AnalyzedSession: Sendable, Hashable {
    public struct Turn: Sendable, Hashable {
      public var number: Int
      public var role: Role
      public var acts: TurnActs?

      public init(number: Int, role: Role, acts: TurnActs?) {
        self.number = number
        self.role = role
        self.acts = acts
      }
    }

    public var session: String
    public var turns: [Turn]
    public var reflectionToQuestionRatio: Double?

    public init(session: String, turns: [Turn], reflectionToQuestionRatio: Double?) {
      self.session = session
      self.turns = turns
      self.reflectionToQuestionRatio = reflectionToQuestionRatio
    }
  }

  /// Problems listed per unaligned session at most.
  static let problemsShown = 5

  /// The evaluation of `codes` (rows of `role` only) against `sessions`; `unreadable` are the
  /// transcripts that could not be read, reported as they are. A session is compared only when
  /// its code rows of `role` name each of its `role` turns exactly once and nothing else.
  public static func evaluate(
    codes: ActCodes, labelMap: String?, sessions: [AnalyzedSession], role: Role, unreadable: [RapportError] = []
  ) -> ActsEvaluationReport {
    var rowsBySession: [String: [ActCodes.Row]] = [:]
    for row in codes.rows { rowsBySession[row.session, default: []].append(row) }
    var analyzed: [String: AnalyzedSession] = [:]
    for session in sessions { analyzed[session.session] = session }

    var pairs: [(coded: ActLabel, predicted: TherapistAct)] = []
    var evaluated: [String] = []
    var unaligned: [ActsEvaluationReport.Unaligned] = []
    var withoutTranscript: [String] = []
    var ratios: [ActsEvaluationReport.SessionRatio] = []
    var emptyLabels = 0
    for session in rowsBySession.keys.sorted() {
      let rows = rowsBySession[session]!.filter { $0.role == role.rawValue }
      guard let transcript = analyzed[session] else {
        withoutTranscript.append(session)
        continue
      }
      ratios.append(ActsEvaluationReport.SessionRatio(
        session: session, rapport: transcript.reflectionToQuestionRatio, coders: codersRatio(rows)))
      let turns = transcript.turns.filter { $0.role == role }
      let problems = alignmentProblems(rows, transcript: transcript, role: role)
      guard problems.isEmpty else {
        unaligned.append(ActsEvaluationReport.Unaligned(
          session: session, codedUtterances: rows.count, transcriptTurns: turns.count,
          problems: Array(problems.prefix(problemsShown))))
        continue
      }
      evaluated.append(session)
      var actByTurn: [Int: TherapistAct] = [:]
      for turn in turns { actByTurn[turn.number] = turn.acts?.primary ?? .other }
      for row in rows.sorted(by: { $0.utterance < $1.utterance }) {
        guard let coded = row.act else {
          emptyLabels += 1
          continue
        }
        pairs.append((coded, actByTurn[row.utterance]!))
      }
    }
    let confusion = ActConfusion(pairs)
    let both = ratios.compactMap { ratio in ratio.rapport.flatMap { r in ratio.coders.map { (r, $0) } } }
    return ActsEvaluationReport(
      schema: ActsEvaluationReport.schemaVersion, codes: codes.path, labelColumn: codes.labelColumn,
      labelMap: labelMap, role: role, sessionsCoded: rowsBySession.count, sessionsEvaluated: evaluated,
      unaligned: unaligned, withoutTranscript: withoutTranscript,
      withoutCodes: sessions.map(\.session).filter { rowsBySession[$0] == nil }.sorted(),
      unreadable: unreadable.map { CorpusSummary.Failure(file: $0.file, line: $0.line, message: $0.description) },
      utterances: confusion.count, emptyLabels: emptyLabels, labels: confusion.labels, confusion: confusion.matrix,
      acts: confusion.scores.map {
        ActsEvaluationReport.LabelResult(label: $0.label, coded: $0.coded, predicted: $0.predicted, score: $0.score)
      },
      accuracy: confusion.accuracy, kappa: confusion.kappa,
      reflectionToQuestion: ActsEvaluationReport.RatioAgreement(
        sessions: ratios, pairs: both.count,
        spearman: RankCorrelation.spearman(both.map(\.0), both.map(\.1))))
  }

  /// Why `rows` (code rows of `role`) do not line up with the `role` turns of `transcript`,
  /// one sentence each; empty when every such turn is coded exactly once and nothing else is.
  static func alignmentProblems(_ rows: [ActCodes.Row], transcript: AnalyzedSession, role: Role) -> [String] {
    var problems: [String] = []
    let turns = transcript.turns.filter { $0.role == role }
    if rows.count != turns.count {
      problems.append("the codes have \(rows.count) \(role.rawValue) utterance(s), the transcript \(turns.count) \(role.rawValue) turn(s)")
    }
    var roleByTurn: [Int: Role] = [:]
    for turn in transcript.turns { roleByTurn[turn.number] = turn.role }
    var seen: [Int: Int] = [:]
    for row in rows {
      if let earlier = seen[row.utterance] {
        problems.append("utterance \(row.utterance) is coded twice (lines \(earlier) and \(row.line))")
        continue
      }
      seen[row.utterance] = row.line
      switch roleByTurn[row.utterance] {
      case nil:
        problems.append("utterance \(row.utterance) (line \(row.line)) is not a turn of the transcript, which has \(transcript.turns.count) turn(s)")
      case let other? where other != role:
        problems.append("utterance \(row.utterance) (line \(row.line)) is a \(other.rawValue) turn in the transcript, not a \(role.rawValue) turn")
      default:
        break
      }
    }
    return problems
  }

  /// The coders' R:Q over `rows`: labels in the reflection group over labels in the question
  /// group; nil without a question.
  static func codersRatio(_ rows: [ActCodes.Row]) -> Double? {
    var reflections = 0
    var questions = 0
    for row in rows {
      switch row.act {
      case .code(let act)?:
        if act.group == .reflection { reflections += 1 }
        if act.group == .question { questions += 1 }
      case .group(.reflection)?: reflections += 1
      case .group(.question)?: questions += 1
      default: break
      }
    }
    return questions > 0 ? Double(reflections) / Double(questions) : nil
  }
}
