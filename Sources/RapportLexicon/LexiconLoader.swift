import RapportIngest
import RapportResources
import RapportSupport

/// Lexicon's entry point: reads a lexicon file, checks it, and returns a `Lexicon`.
public enum LexiconLoader {
  /// The namespace of the native format.
  public static let namespace = "urn:rapport:lexicon:1"
  /// The schema file the native format is validated against, in Schemas/.
  public static let schemaName = "lexicon-1.xsd"

  /// Reads the lexicon at `path`.
  public static func load(path: String) throws(RapportError) -> Lexicon {
    let bytes = try FileSystem.readConfiguration(path, what: "the lexicon", remedy: "Check the --lexicon path")
    return try load(bytes: bytes, path: path)
  }

  /// Reads a native XML lexicon from `bytes`, named `path` in messages.
  public static func load(bytes: [UInt8], path: String) throws(RapportError) -> Lexicon {
    let lexicon = try parse(bytes: bytes, path: path)
    try checkHierarchy(lexicon)
    return lexicon
  }

  /// Reads a native XML lexicon without checking its hierarchy (lint reports every problem
  /// instead of stopping at the first).
  static func parse(bytes: [UInt8], path: String) throws(RapportError) -> Lexicon {
    let root: XMLElementNode
    do {
      root = try LibXML.read(bytes, name: path, schema: Array(EmbeddedSchemas.all[schemaName]!.utf8))
    } catch {
      let first = error.diagnostics.first ?? LibXML.Diagnostic(line: 0, message: "unreadable XML")
      let more = error.diagnostics.count > 1 ? " (and \(error.diagnostics.count - 1) more problem(s))" : ""
      throw RapportError(
        .configuration, file: path, line: first.line > 0 ? first.line : nil,
        problem: "not a valid Rapport lexicon: \(first.message)\(more)",
        remedy: "Fix the file so it matches Schemas/\(schemaName) (docs/lexicon-format.md describes the format)")
    }
    let lexicon = Lexicon(
      name: root[attribute: "name"] ?? "", version: root[attribute: "version"] ?? "",
      language: root[attribute: "language"] ?? "en", license: root[attribute: "license"],
      description: root.childText("description"), provenance: root.childText("provenance"),
      categories: root.children(named: "category").map(category),
      path: path, sha256: TranscriptReader.sha256Hex(bytes))
    return lexicon
  }

  private static func category(_ node: XMLElementNode) -> LexiconCategory {
    LexiconCategory(
      id: node[attribute: "id"] ?? "", label: node[attribute: "label"] ?? "",
      description: node.childText("description"), provenance: node.childText("provenance"),
      parent: node[attribute: "parent"], seed: node[attribute: "seed"],
      negation: (node[attribute: "negation"] ?? "true") == "true" || node[attribute: "negation"] == "1",
      role: CategoryRole(rawValue: node[attribute: "role"] ?? "content") ?? .content,
      entries: node.children(named: "entry").map { entry in
        LexiconEntry(
          term: entry[attribute: "term"] ?? "",
          weight: entry[attribute: "weight"].flatMap(Double.init) ?? 1,
          exclusions: entry.children(named: "unless").map { $0.text.trimmingWhitespace() },
          line: entry.line)
      },
      line: node.line)
  }

  /// Every parent must exist, and following parents must never come back to the start.
  static func checkHierarchy(_ lexicon: Lexicon) throws(RapportError) {
    if let first = hierarchyProblems(lexicon).first { throw first }
  }

  /// Every unknown parent and every cycle, one error per category at fault, in file order.
  static func hierarchyProblems(_ lexicon: Lexicon) -> [RapportError] {
    let byId = Dictionary(lexicon.categories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var problems: [RapportError] = []
    for category in lexicon.categories {
      guard let parent = category.parent else { continue }
      guard byId[parent] != nil else {
        problems.append(RapportError(
          .configuration, file: lexicon.path, line: category.line,
          problem: "category '\(category.id)' names parent '\(parent)', which the lexicon does not define",
          remedy: "Define a category with id '\(parent)' or correct the parent attribute"))
        continue
      }
      var seen: Set<String> = [category.id]
      var next: String? = parent
      while let current = next {
        if seen.contains(current) {
          // Only a category on the cycle is reported; one that merely leads into it is not.
          if current == category.id {
            problems.append(RapportError(
              .configuration, file: lexicon.path, line: category.line,
              problem: "category '\(category.id)' is its own ancestor (its parents lead back to it)",
              remedy: "Remove one parent attribute so the hierarchy is a tree"))
          }
          break
        }
        seen.insert(current)
        next = byId[current]?.parent
      }
    }
    return problems
  }
}
