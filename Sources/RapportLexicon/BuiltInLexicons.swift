import RapportIngest
import RapportResources
import RapportSupport

/// The lexicons compiled into the binary: the shipped Lexicons/*.xml, used when a command is
/// given no `--lexicon` and there is no ./Lexicons folder, and the modifier categories the
/// matcher falls back on when the loaded lexicons leave a modifier role empty.
public enum BuiltInLexicons {
  /// The path recorded in provenance for the built-in modifier fallback.
  public static let path = "(built-in)"

  /// One lexicon compiled into the binary.
  public struct Entry: Sendable, Equatable {
    /// The shipped file's name, such as `emotions.xml`.
    public var fileName: String
    /// The file's bytes, exactly as in Lexicons/.
    public var bytes: [UInt8]
    /// The path recorded in provenance: `(built-in)/emotions.xml`.
    public var path: String { "\(BuiltInLexicons.path)/\(fileName)" }
    /// The name used on the command line: the file name without `.xml`.
    public var name: String { String(fileName.dropLast(4)) }
    /// The SHA-256 of `bytes`, in lowercase hex.
    public var sha256: String { TranscriptReader.sha256Hex(bytes) }
  }

  /// Every built-in lexicon, in file-name order.
  public static let all: [Entry] = EmbeddedLexicons.files.map { Entry(fileName: $0.name, bytes: Array($0.text.utf8)) }

  /// The built-in lexicon called `name` (`emotions` or `emotions.xml`), if there is one.
  public static func entry(named name: String) -> Entry? {
    all.first { $0.name == name || $0.fileName == name }
  }

  /// Every built-in lexicon, loaded, with `(built-in)/NAME.xml` as its path.
  public static func loadAll() throws(RapportError) -> [Lexicon] {
    var lexicons: [Lexicon] = []
    for entry in all { lexicons.append(try LexiconLoader.load(bytes: entry.bytes, path: entry.path)) }
    return lexicons
  }

  /// The shipped Lexicons/modifiers.xml as compiled into the binary: negators, intensifiers,
  /// hedges and clause boundaries.
  public static func modifiers() throws(RapportError) -> Lexicon {
    try LexiconLoader.load(bytes: Array(EmbeddedLexicons.modifiers.utf8), path: path)
  }

  /// The modifier roles a matcher falls back on built-in categories for.
  public static let modifierRoles: [CategoryRole] = [.negator, .intensifier, .hedge, .clauseBoundary]
}
