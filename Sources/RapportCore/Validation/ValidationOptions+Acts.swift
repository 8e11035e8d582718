extension ValidationOptions {
  /// Rapport's own therapist act classifier (`TherapistActs`, the one `rapport analyze` uses)
  /// as a predictor for act agreement: every therapist turn's act, by 1-based turn number.
  public static let classifierActs: @Sendable (TaggedTranscript) -> [Int: GoldAct.Label] = { tagged in
    var acts: [Int: GoldAct.Label] = [:]
    for (index, act) in Summarizer.therapistActs(tagged, vocabulary: nil).enumerated() {
      guard let act, let label = GoldAct.Label(act.primary) else { continue }
      acts[tagged.transcript.turns[index].number] = label
    }
    return acts
  }
}
