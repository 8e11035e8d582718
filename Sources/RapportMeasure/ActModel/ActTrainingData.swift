import RapportIngest
import RapportSupport
import RapportTag

/// Coded turns ready for training: each transcript's turns as the act model's features, and
/// the coders' label of every coded turn of the role trained. Reading checks that every code
/// row names a transcript given and a turn of the role in it, once.
public struct ActTrainingData: Sendable {
  /// One transcript, featurized.
  public struct Session: Sendable {
    public var session: String
    public var sha256: String
    /// Each turn's number, role and features, in order.
    public var turns: [(number: Int, role: Role, coded: ActFeatures.Coded)]
  }

  /// One coded turn.
  public struct Example: Sendable, Hashable {
    /// Index into `sessions`, and into that session's turns.
    public var session: Int
    public var turn: Int
    public var label: String
    /// The code row's line in the codes file.
    public var line: Int
  }

  public var sessions: [Session]
  public var examples: [Example]
  /// The labels in order: Rapport's act order for therapist labels, sorted for others.
  public var labels: [String]

  /// Turns per label.
  public var turnsPerLabel: [String: Int] {
    var counts: [String: Int] = [:]
    for example in examples { counts[example.label, default: 0] += 1 }
    return counts
  }

  /// Every transcript of `inputs` read and featurized, as `rapport analyze` reads it.
  public static func read(_ inputs: [BatchInput], ingest: IngestOptions) throws(RapportError) -> [Session] {
    let tagger = try Tagger(matcher: try Matcher(lexicons: []))
    var sessions: [Session] = []
    for input in inputs {
      let transcript = try TranscriptReader.read(path: input.path, options: ingest)
      let tagged = try tagger.tag(transcript)
      let turns = try ActFeatures.turns(tagged, vocabulary: tagger.tokenizer.vocabulary)
      let coded = ActFeatures.session(turns)
      sessions.append(Session(
        session: input.session, sha256: transcript.source.sha256,
        turns: transcript.turns.indices.map { (transcript.turns[$0].number, turns[$0].role, coded[$0]) }))
    }
    return sessions
  }

  /// The examples of `codes` (rows of `role` with a label) over `sessions`. Throws, naming the
  /// codes file's line, when a row names a session not given, a turn the transcript does not
  /// have or that is not `role`'s, or a turn coded twice; or when a label has fewer than
  /// `ActTrainingOptions.minimumExamplesPerLabel` turns.
  /// With `forTraining` false (scoring a model on other sessions) the label counts are not
  /// checked.
  public static func align(
    codes: ActCodes, sessions: [Session], role: Role, forTraining: Bool = true
  ) throws(RapportError) -> ActTrainingData {
    var sessionIndex: [String: Int] = [:]
    for (index, session) in sessions.enumerated() { sessionIndex[session.session] = index }
    var turnIndex: [Int: [Int: Int]] = [:]
    var examples: [Example] = []
    var seen: [String: [Int: Int]] = [:]
    for row in codes.rows where row.role == role.rawValue {
      guard let index = sessionIndex[row.session] else {
        throw RapportError(
          .configuration, file: codes.path, line: row.line,
          problem: "the codes name session '\(row.session)', but no transcript of that name was given (\(sessions.count) transcript(s) read)",
          remedy: "Give its transcript with --transcripts (the session id is the file name without extension), or remove its rows")
      }
      if turnIndex[index] == nil {
        var map: [Int: Int] = [:]
        for (position, turn) in sessions[index].turns.enumerated() { map[turn.number] = position }
        turnIndex[index] = map
      }
      guard let position = turnIndex[index]![row.utterance] else {
        throw RapportError(
          .configuration, file: codes.path, line: row.line,
          problem: "utterance \(row.utterance) of session '\(row.session)' is not a turn of its transcript, which has \(sessions[index].turns.count) turn(s)",
          remedy: "Number utterances by the 1-based turn as Rapport reads the transcript")
      }
      let turn = sessions[index].turns[position]
      guard turn.role == role else {
        throw RapportError(
          .configuration, file: codes.path, line: row.line,
          problem: "utterance \(row.utterance) of session '\(row.session)' is a \(turn.role.rawValue) turn in the transcript, not a \(role.rawValue) turn",
          remedy: "Check the utterance number, or the speaker labels with --speaker-map")
      }
      if let earlier = seen[row.session]?[row.utterance] {
        throw RapportError(
          .configuration, file: codes.path, line: row.line,
          problem: "utterance \(row.utterance) of session '\(row.session)' is already coded on line \(earlier)",
          remedy: "Keep one code row per utterance")
      }
      seen[row.session, default: [:]][row.utterance] = row.line
      let label = role == .therapist ? row.act?.rawValue : (row.label.isEmpty ? nil : row.label.lowercased())
      guard let label else { continue }
      examples.append(Example(session: index, turn: position, label: label, line: row.line))
    }
    guard !examples.isEmpty else {
      throw RapportError(
        .configuration, file: codes.path,
        problem: "no \(role.rawValue) row has a label in column '\(codes.labelColumn)'",
        remedy: "Check --label-column and --role")
    }
    let data = ActTrainingData(sessions: sessions, examples: examples, labels: orderedLabels(Set(examples.map(\.label)), role: role))
    guard forTraining else { return data }
    let counts = data.turnsPerLabel
    for label in data.labels where counts[label]! < ActTrainingOptions.minimumExamplesPerLabel {
      let first = examples.first { $0.label == label }!.line
      throw RapportError(
        .configuration, file: codes.path, line: first,
        problem: "the label '\(label)' codes only \(counts[label]!) \(role.rawValue) turn(s) (first on this line); a label needs at least \(ActTrainingOptions.minimumExamplesPerLabel) to be learned",
        remedy: "Code more turns with it, or map it onto a broader label with --label-map")
    }
    guard data.labels.count >= 2 else {
      throw RapportError(
        .configuration, file: codes.path,
        problem: "every coded \(role.rawValue) turn has the label '\(data.labels[0])'; a model needs at least two labels",
        remedy: "Code turns with at least two labels")
    }
    return data
  }

  /// `labels` in Rapport's act order when they are act labels (therapist), else sorted.
  static func orderedLabels(_ labels: Set<String>, role: Role) -> [String] {
    guard role == .therapist else { return labels.sorted() }
    return labels.sorted { (ActLabel(rawValue: $0)!, $0) < (ActLabel(rawValue: $1)!, $1) }
  }

  /// The sessions that have examples, sorted by id, dealt to `folds` folds in turn (the i-th
  /// session to fold i mod K), so a session's turns are all in one fold.
  public func folds(_ count: Int) -> [[Int]] {
    let coded = Set(examples.map(\.session)).sorted { sessions[$0].session < sessions[$1].session }
    var folds = [[Int]](repeating: [], count: count)
    for (position, session) in coded.enumerated() { folds[position % count].append(session) }
    return folds
  }
}
