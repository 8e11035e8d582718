/// Reads theme definitions and seed terms (Schemas/themes-1.xsd).
public enum ThemeSeeds {
  public static let schemaName = "themes-1.xsd"

  /// The themes in the file at `path`, in file order.
  public static func load(path: String) throws(RapportError) -> [ThemeSeed] {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw RapportError(
        .configuration, file: path, problem: "cannot read the theme seeds (\(error.reason))",
        remedy: "Check the path of the seeds file")
    }
    let root: XMLElementNode
    do {
      root = try LibXML.read(bytes, name: path, schema: Array(EmbeddedSchemas.all[schemaName]!.utf8))
    } catch {
      let first = error.diagnostics.first ?? LibXML.Diagnostic(line: 0, message: "unreadable XML")
      throw RapportError(
        .configuration, file: path, line: first.line > 0 ? first.line : nil,
        problem: "not a valid theme seeds file: \(first.message)",
        remedy: "Fix the file so it matches Schemas/\(schemaName)")
    }
    return root.children(named: "theme").map { theme in
      ThemeSeed(
        id: theme[attribute: "id"] ?? "", label: theme[attribute: "label"] ?? "",
        group: theme[attribute: "group"] ?? "", definition: theme.childText("definition") ?? "",
        seeds: theme.children(named: "seed").map { ThemeSeed.Seed(term: $0.text.trimmingWhitespace(), line: $0.line) },
        line: theme.line)
    }
  }
}
