import RapportIngest
import RapportSupport

/// Reads a lexicon in any format Rapport knows and returns the same `Lexicon` value the XML
/// loader gives, with the importer's warnings beside it.
public enum LexiconReader {
  /// Reads the lexicon at `path`; `format` overrides detection from the extension.
  public static func read(path: String, format: LexiconFormat? = nil) throws(RapportError) -> LexiconImport {
    let bytes = try FileSystem.readConfiguration(path, what: "the lexicon", remedy: "Check the lexicon path")
    return try read(bytes: bytes, path: path, format: format)
  }

  /// Reads a lexicon from `bytes`, named `path` in messages.
  public static func read(bytes: [UInt8], path: String, format: LexiconFormat? = nil) throws(RapportError) -> LexiconImport {
    let chosen = format ?? LexiconFormat.detect(path: path, bytes: bytes)
    let imported: LexiconImport
    switch chosen {
    case .xml: return LexiconImport(lexicon: try LexiconLoader.load(bytes: bytes, path: path))
    case .dic: imported = try DicImporter.read(bytes: bytes, path: path)
    case .dicx: imported = try DicxImporter.read(bytes: bytes, path: path)
    case .table: imported = try TableImporter.read(bytes: bytes, path: path)
    }
    // An import that kept nothing was almost certainly the wrong kind of file (a transcript
    // given to --lexicon, say): say so rather than analyze with an empty lexicon.
    guard imported.lexicon.categories.contains(where: { !$0.entries.isEmpty }) else {
      throw RapportError(
        .configuration, file: path,
        problem: "no lexicon entries found when reading the file as \(chosen.rawValue) (\(imported.warnings.count) line(s) skipped)",
        remedy: "Check that this is a lexicon file, or name its format with --format")
    }
    return imported
  }

  /// The text of a non-XML lexicon file, decoded the way transcripts are (byte order mark,
  /// UTF-8, then ICU's charset detection for legacy files), split into lines without their
  /// line ends.
  static func lines(_ bytes: [UInt8], path: String) throws(RapportError) -> (lines: [Substring], encoding: String) {
    let decoded: DecodedText
    do {
      decoded = try TextDecoding.decode(bytes, path: path)
    } catch {
      // A lexicon that cannot be read stops the whole run, so it is a configuration error.
      var failure = error
      failure.scope = .configuration
      throw failure
    }
    // "\r\n" is one Character in Swift, so it is matched whole, not as "\n".
    let lines = decoded.text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    return (lines, decoded.encoding)
  }
}
