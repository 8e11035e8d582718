import RapportLexicon
import RapportSupport

/// Seed terms of a theme in a themes file (seeds/themes.xml, Schemas/themes-1.xsd), for
/// `rapport lexicon suggest`.
public enum SuggestionSeeds {
  /// The seed terms of theme `theme` in the themes file at `path`; empty when the file has no
  /// such theme.
  public static func load(path: String, theme: String) throws(RapportError) -> [String] {
    let bytes = try FileSystem.readConfiguration(path, what: "the themes file", remedy: "Check the --seeds path")
    let root = try ThemeSeeds.document(bytes, path: path, kind: "themes file")
    guard let node = root.children(named: "theme").first(where: { $0[attribute: "id"] == theme }) else { return [] }
    return node.children(named: "seed").map { $0.text.trimmingWhitespace() }
  }
}
