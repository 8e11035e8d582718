import RapportSupport
import RapportTag
import RapportText

/// Codes a session's turns with trained models (`analyze --acts-model`): a therapist model
/// gives every therapist turn its acts in place of the rules (`ActModel.acts(label:rule:)`),
/// a client model gives every client turn a label (such as change / sustain / neutral talk).
public enum ActModelCoder {
  /// What the models coded: therapist acts by turn (nil without a therapist model), client
  /// labels by turn (nil without a client model; nil entries for other turns), and the
  /// client label counts of the session, every label of the model listed.
  public struct Codes: Sendable, Hashable {
    public var acts: [TurnActs?]?
    public var clientTalk: [String?]?
    public var clientTalkCounts: [String: Int]?
  }

  /// The codes of `tagged`'s turns by `models` (at most one per role); `vocabulary` as for
  /// `ActFeatures.turns`.
  public static func code(_ tagged: TaggedTranscript, vocabulary: Vocabulary?, models: [ActModelFile]) throws(RapportError) -> Codes {
    let turns = try ActFeatures.turns(tagged, vocabulary: vocabulary)
    let coded = ActFeatures.session(turns)
    var codes = Codes()
    if let therapist = models.first(where: { $0.model.role == .therapist })?.model {
      codes.acts = turns.indices.map { index in
        guard turns[index].role == .therapist, let rule = coded[index].rule else { return nil }
        return ActModel.acts(label: therapist.label(coded[index].features), rule: rule)
      }
    }
    if let client = models.first(where: { $0.model.role == .client })?.model {
      let labels = turns.indices.map { turns[$0].role == .client ? client.label(coded[$0].features) : nil }
      var counts = Dictionary(uniqueKeysWithValues: client.labels.map { ($0, 0) })
      for label in labels.compactMap({ $0 }) { counts[label, default: 0] += 1 }
      codes.clientTalk = labels
      codes.clientTalkCounts = counts
    }
    return codes
  }
}
