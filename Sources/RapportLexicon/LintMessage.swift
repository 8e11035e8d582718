/// One finding of `rapport lexicon lint`, located by file and line.
public struct LintMessage: Sendable, Hashable, CustomStringConvertible {
  /// How serious a finding is. Any error makes `lint` exit with status 1.
  public enum Severity: String, Sendable, Hashable, Comparable {
    /// The lexicon is wrong: an entry can never match or counts twice, the hierarchy is broken.
    case error
    /// Probably not what the author meant: a stem that matches too much, an entry that changes.
    case warning
    /// Worth knowing: an entry that counts for several categories.
    case info

    public static func < (a: Severity, b: Severity) -> Bool {
      let order: [Severity] = [.error, .warning, .info]
      return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
  }

  public var file: String
  /// 1-based line in `file`, where there is one.
  public var line: Int?
  public var severity: Severity
  /// What was found, as a sentence without a trailing period.
  public var message: String

  public init(file: String, line: Int?, severity: Severity, message: String) {
    self.file = file
    self.line = line
    self.severity = severity
    self.message = message
  }

  /// `file:line: severity: message`, the form compilers use, so editors can jump to it.
  public var description: String {
    "\(file)\(line.map { ":\($0)" } ?? ""): \(severity.rawValue): \(message)"
  }
}
