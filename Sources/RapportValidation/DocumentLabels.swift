/// Document-level labels for `rapport lexicon validate --labels`: for each session, the label
/// names a data set gives it (`fear; nervousness`), and which lexicon categories each label
/// names — through a label map (`nervousness = fear`) or by being a category id itself.
public struct DocumentLabels: Sendable, Hashable {
  /// One labelled session, as read.
  public struct Session: Sendable, Hashable {
    public var session: String
    public var labels: [String]
    /// 1-based line of the labels file.
    public var line: Int
  }

  /// The labels file, as given.
  public var path: String
  /// The label map file, as given.
  public var mapPath: String?
  /// In file order.
  public var sessions: [Session]
  /// Categories each label names through the label map, sorted.
  public var map: [String: [String]]

  public init(path: String, mapPath: String? = nil, sessions: [Session], map: [String: [String]] = [:]) {
    self.path = path
    self.mapPath = mapPath
    self.sessions = sessions
    self.map = map
  }

  /// The categories `label` names among `categories` (content category ids): those the map
  /// gives it, else the category of the same id, if any.
  func categories(of label: String, in categories: Set<String>) -> [String] {
    if let mapped = map[label] { return mapped }
    return categories.contains(label) ? [label] : []
  }
}
