/// Seed terms of a theme in a themes file (seeds/themes.xml, Schemas/themes-1.xsd), for
/// `rapport lexicon suggest`.
public enum SuggestionSeeds {
  /// The seed terms of theme `theme` in the themes file at `path`; empty when the file has no
  /// such theme.
  public static func load(path: String, theme: String) throws(RapportError) -> [String] {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw RapportError(
        .configuration, file: path, problem: "cannot read the themes file (\(error.reason))",
        remedy: "Check the --seeds path")
    }
    let root: XMLElementNode
    do {
      root = try LibXML.read(bytes, name: path, schema: Array(EmbeddedSchemas.all["themes-1.xsd"]!.utf8))
    } catch {
      let first = error.diagnostics.first ?? LibXML.Diagnostic(line: 0, message: "unreadable XML")
      throw RapportError(
        .configuration, file: path, line: first.line > 0 ? first.line : nil,
        problem: "not a valid themes file: \(first.message)",
        remedy: "Fix the file so it matches Schemas/themes-1.xsd")
    }
    guard let node = root.children(named: "theme").first(where: { $0[attribute: "id"] == theme }) else { return [] }
    return node.children(named: "seed").map { $0.text.trimmingWhitespace() }
  }
}
