import RapportSupport

/// Who talks how much: words, turns and mean turn length per side, and the client's share of
/// the words the two said.
public struct TalkBalance: Sendable, Hashable, Codable {
  /// One side's talk.
  public struct Share: Sendable, Hashable, Codable {
    public var words: Int
    public var turns: Int
    /// Words per turn; null without turns.
    @Nullable public var meanTurnLength: Double?
  }

  public var therapist: Share
  public var client: Share
  /// Client words / (therapist words + client words), between 0 and 1; null when neither
  /// said a word.
  @Nullable public var clientWordShare: Double?

  static func compute(_ input: IndicatorInput) -> TalkBalance {
    func share(_ role: RoleCounts) -> Share {
      Share(
        words: role.words[0], turns: role.turns,
        meanTurnLength: role.turns > 0 ? Rounding.round(Double(role.words[0]) / Double(role.turns)) : nil)
    }
    return TalkBalance(
      therapist: share(input.therapist), client: share(input.client),
      clientWordShare: clientWordShare(input).map(Rounding.round))
  }

  /// Client words / (therapist words + client words) at full precision, which the composite
  /// reads (`clientWordShare` is rounded as it is written); nil when neither said a word.
  static func clientWordShare(_ input: IndicatorInput) -> Double? {
    let total = input.therapist.words[0] + input.client.words[0]
    return total > 0 ? Double(input.client.words[0]) / Double(total) : nil
  }
}
