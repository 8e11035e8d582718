import RapportResources
import RapportSupport

/// Reads theme definitions and seed terms (Schemas/themes-1.xsd).
public enum ThemeSeeds {
  public static let schemaName = "themes-1.xsd"

  /// The themes in the file at `path`, in file order.
  public static func load(path: String) throws(RapportError) -> [ThemeSeed] {
    let bytes = try FileSystem.readConfiguration(path, what: "the theme seeds", remedy: "Check the path of the seeds file")
    return try document(bytes, path: path, kind: "theme seeds file").children(named: "theme").map { theme in
      ThemeSeed(
        id: theme[attribute: "id"] ?? "", label: theme[attribute: "label"] ?? "",
        group: theme[attribute: "group"] ?? "", definition: theme.childText("definition") ?? "",
        seeds: theme.children(named: "seed").map { ThemeSeed.Seed(term: $0.text.trimmingWhitespace(), line: $0.line) },
        line: theme.line)
    }
  }

  /// The root element of a themes file given as `bytes`, validated against the schema; a
  /// file that does not validate is "not a valid `kind`".
  package static func document(_ bytes: [UInt8], path: String, kind: String) throws(RapportError) -> XMLElementNode {
    do {
      return try LibXML.read(bytes, name: path, schema: Array(EmbeddedSchemas.all[schemaName]!.utf8))
    } catch {
      let first = error.diagnostics.first ?? LibXML.Diagnostic(line: 0, message: "unreadable XML")
      throw RapportError(
        .configuration, file: path, line: first.line > 0 ? first.line : nil,
        problem: "not a valid \(kind): \(first.message)",
        remedy: "Fix the file so it matches Schemas/\(schemaName)")
    }
  }
}
