/// The bond side of the alliance (Bordin): the therapist's empathy and validation, the
/// client's talk of trust and safety, and laughter the two share.
public struct Bond: Sendable, Hashable, Codable {
  /// Laughter marks (`[laughs]`, `(chuckles)`) per side, and shared-laughter moments.
  public struct Laughter: Sendable, Hashable, Codable {
    public var therapist: Int
    public var client: Int
    /// Turns whose laughter answers the other side's laughter in one of the two turns before,
    /// plus marks that say both laughed (`[both laugh]`).
    public var shared: Int
  }

  /// `empathy` hits per 100 therapist words.
  @Nullable public var therapistEmpathyRate: Double?
  /// `trust` plus `safety` hits per 100 client words.
  @Nullable public var clientTrustSafetyRate: Double?
  public var laughter: Laughter

  static func compute(_ input: inout IndicatorInput) -> Bond {
    let empathy = input.category("empathy", for: "bond.therapistEmpathyRate is null")
    let trustSafety = ["trust", "safety"].compactMap {
      input.category($0, for: "bond.clientTrustSafetyRate counts only what remains of trust and safety (null when neither is loaded)")
    }
    var laughter = Laughter(therapist: 0, client: 0, shared: 0)
    let turns = input.turns
    for (index, turn) in turns.enumerated() where turn.laughter > 0 && turn.role != .other {
      if turn.role == .therapist { laughter.therapist += turn.laughter } else { laughter.client += turn.laughter }
      let answers = turns[max(0, index - 2)..<index].contains {
        $0.laughter > 0 && $0.role != .other && $0.role != turn.role
      }
      if turn.bothLaugh || answers { laughter.shared += 1 }
    }
    return Bond(
      therapistEmpathyRate: empathy.flatMap { input.therapist.rate([$0]) }.map(Rounding.round),
      clientTrustSafetyRate: input.client.rate(trustSafety).map(Rounding.round),
      laughter: laughter)
  }
}
