import RapportSupport
import RapportMeasure
import RapportTag

extension ValidationOptions {
  /// Rapport's own therapist act classifier (`TherapistActs`, the one `rapport analyze` uses)
  /// as a predictor for act agreement: every therapist turn's primary act, by 1-based turn
  /// number. `ActAgreement` compares it at each gold label's level.
  public static let classifierActs: @Sendable (TaggedTranscript) throws(RapportError) -> [Int: TherapistAct] = { (tagged) throws(RapportError) in
    var acts: [Int: TherapistAct] = [:]
    for (index, act) in try Summarizer.therapistActs(tagged, vocabulary: nil).enumerated() {
      guard let act else { continue }
      acts[tagged.transcript.turns[index].number] = act.primary
    }
    return acts
  }
}
