import RapportIngest
import RapportMeasure
import RapportSupport
import RapportTag

extension ActsEvaluation {
  /// `inputs` read, tagged and summarized as `rapport analyze` does (the same reader, tagger
  /// and `Summarizer`), kept as the turns and acts the evaluation compares; transcripts that
  /// cannot be read are returned as failures and left out.
  public static func analyze(
    _ inputs: [BatchInput], matcher: Matcher, ingest: IngestOptions, tag: TagOptions = TagOptions()
  ) throws(RapportError) -> (sessions: [AnalyzedSession], failures: [RapportError]) {
    let tagger = try Tagger(matcher: matcher, options: tag)
    var sessions: [AnalyzedSession] = []
    var failures: [RapportError] = []
    for input in inputs {
      let analysis: SessionAnalysis
      do {
        let transcript = try TranscriptReader.read(path: input.path, options: ingest)
        analysis = try Summarizer.analyze(
          try tagger.tag(transcript), session: input.session, matcher: matcher, vocabulary: tagger.tokenizer.vocabulary,
          options: AnalysisOptions(turnDetails: true))
      } catch {
        if error.scope == .configuration { throw error }
        failures.append(error)
        continue
      }
      sessions.append(AnalyzedSession(
        session: input.session,
        turns: analysis.turns.map { AnalyzedSession.Turn(number: $0.number, role: $0.role, acts: $0.acts) },
        reflectionToQuestionRatio: analysis.summary.indicators.miti.reflectionToQuestionRatio))
    }
    return (sessions, failures)
  }
}
