/// A problem a researcher can cause and fix: a file that cannot be read, a malformed lexicon,
/// a bad option. Every message names the file (and the line where there is one), says what is
/// wrong, and says what to do.
public struct RapportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Whether the problem is with one input (the batch goes on) or with the whole run.
  public enum Scope: Sendable, Equatable {
    /// One input file is unusable; other inputs still finish. Exit status 1.
    case input
    /// The run cannot start as configured (bad option, unusable lexicon). Exit status 2.
    case configuration
  }

  public var scope: Scope
  /// Path of the file at fault, as the user gave it, if a file is at fault.
  public var file: String?
  /// 1-based line in `file`, where there is one.
  public var line: Int?
  /// What is wrong, as a sentence without a trailing period.
  public var problem: String
  /// What to do about it, as a sentence without a trailing period.
  public var remedy: String?

  public init(
    _ scope: Scope, file: String? = nil, line: Int? = nil, problem: String, remedy: String? = nil
  ) {
    self.scope = scope
    self.file = file
    self.line = line
    self.problem = problem
    self.remedy = remedy
  }

  /// `file:line: problem. remedy.` — the form compilers use, so editors can jump to it.
  public var description: String {
    var text = ""
    if let file {
      text += file
      if let line { text += ":\(line)" }
      text += ": "
    }
    text += Self.sentence(problem)
    if let remedy { text += " " + Self.sentence(remedy) }
    return text
  }

  /// `text` ending in exactly one period (libxml2's messages bring their own).
  private static func sentence(_ text: String) -> String {
    text.hasSuffix(".") ? text : text + "."
  }

  /// The process exit status this error calls for.
  public var exitStatus: Int32 { scope == .input ? 1 : 2 }
}

extension RapportError {
  /// A file that could not be read at all.
  package static func unreadable(_ path: String, reason: String) -> RapportError {
    RapportError(
      .input, file: path, problem: "cannot read the file (\(reason))",
      remedy: "Check that the path exists and is readable")
  }
}
