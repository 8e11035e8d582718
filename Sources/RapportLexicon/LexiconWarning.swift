/// A problem an importer or exporter met and worked around: a skipped line, a merged
/// duplicate, a feature the target format cannot hold. The file still loads.
public struct LexiconWarning: Sendable, Hashable, CustomStringConvertible {
  /// The file the warning is about, as the user named it.
  public var file: String
  /// 1-based line in `file`, where there is one.
  public var line: Int?
  /// What happened and what Rapport did about it, as a sentence without a trailing period.
  public var message: String

  public init(file: String, line: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: warning: message`, the form compilers use.
  public var description: String {
    "\(file)\(line.map { ":\($0)" } ?? ""): warning: \(message)"
  }
}
