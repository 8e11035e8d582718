/// Collaboration in Bordin's sense of agreement on goals and tasks: first-person plural
/// (`we`, `us`, `our`), collaborative phrasing, and goal and task language, each as hits per
/// 100 words of each side.
public struct Collaboration: Sendable, Hashable, Codable {
  /// The `we` category (first-person plural pronouns).
  public var weRate: RoleValues
  /// The `collaboration` category (`let's`, `together`, `what do you think`).
  public var collaborationRate: RoleValues
  /// The `goals` category.
  public var goalsRate: RoleValues
  /// The `tasks` category.
  public var tasksRate: RoleValues

  static func compute(_ input: inout IndicatorInput) -> Collaboration {
    func rates(_ id: String, _ field: String) -> RoleValues {
      guard let index = input.category(id, for: "collaboration.\(field) is null") else {
        return RoleValues(therapist: nil, client: nil)
      }
      return input.byRole { $0.rate([index]) }
    }
    return Collaboration(
      weRate: rates("we", "weRate"), collaborationRate: rates("collaboration", "collaborationRate"),
      goalsRate: rates("goals", "goalsRate"), tasksRate: rates("tasks", "tasksRate"))
  }
}
