import RapportSupport

/// A value for the therapist and one for the client; `null` where it is undefined (the role
/// said no words, or the lexicons lack the category).
public struct RoleValues: Sendable, Hashable, Codable {
  @Nullable public var therapist: Double?
  @Nullable public var client: Double?

  public init(therapist: Double?, client: Double?) {
    self.therapist = therapist
    self.client = client
  }
}
