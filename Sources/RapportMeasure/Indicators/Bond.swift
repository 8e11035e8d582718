import RapportSupport

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
  /// Positive trust and safety per 100 client words: `trust_positive` plus `safety_positive`
  /// hits that are not negated.
  @Nullable public var clientTrustSafetyRate: Double?
  /// Distrust and threat per 100 client words: `distrust` plus `threat` hits that are not
  /// negated, plus negated `trust_positive` and `safety_positive` hits.
  @Nullable public var clientDistrustThreatRate: Double?
  public var laughter: Laughter

  static func compute(_ input: inout IndicatorInput) -> Bond {
    let empathy = input.category("empathy", for: "bond.therapistEmpathyRate is null")
    let uses = "bond.clientTrustSafetyRate and bond.clientDistrustThreatRate"
    let sides = [SignedTheme.trust, SignedTheme.safety].map { $0.sides(&input, uses: uses) }
    let negatives = sides.compactMap(\.negative)
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
      clientTrustSafetyRate: input.client.rate(sides.flatMap(\.positive)).map(Rounding.round),
      clientDistrustThreatRate: negatives.isEmpty ? nil : input.client.rate(negatives.flatMap { $0 }).map(Rounding.round),
      laughter: laughter)
  }
}
