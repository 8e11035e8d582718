import RapportResources
import RapportSupport

/// Lint's entry point: reads a lexicon in any format and reports, with file and line, what
/// would make it count wrongly or not at all.
///
/// Errors: a file that does not read, an unknown parent or a cycle, an entry that vanishes
/// under normalization or can never match because of tokenization, a duplicate entry.
/// Warnings: what an importer repaired or skipped, an entry that changes under normalization,
/// a wildcard stem of two letters or fewer, an exclusion that cannot apply, a zero or negative
/// weight, a category that can never count, and the meaning checks of `MeaningChecker` (a
/// wildcard that matches its -less opposite, an entry that also matches a sibling category's
/// entry, a very common word in an emotion category). Information: an entry in several
/// categories.
public enum LexiconLinter {
  /// The findings for the lexicon at `path`, in line order.
  public static func lint(path: String, format: LexiconFormat? = nil) -> [LintMessage] {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      return [LintMessage(file: path, line: nil, severity: .error, message: "cannot read the file (\(error.reason))")]
    }
    return lint(bytes: bytes, path: path, format: format)
  }

  /// The findings for a lexicon given as `bytes`, named `path` in messages.
  public static func lint(bytes: [UInt8], path: String, format: LexiconFormat? = nil) -> [LintMessage] {
    let chosen = format ?? LexiconFormat.detect(path: path, bytes: bytes)
    var messages: [LintMessage] = []
    let lexicon: Lexicon
    do {
      if chosen == .xml {
        if let problems = schemaProblems(bytes, path: path) { return problems }
        lexicon = try LexiconLoader.parse(bytes: bytes, path: path)
      } else {
        let imported = try LexiconReader.read(bytes: bytes, path: path, format: chosen)
        lexicon = imported.lexicon
        messages += imported.warnings.map {
          LintMessage(file: $0.file, line: $0.line, severity: .warning, message: $0.message)
        }
      }
    } catch {
      return [LintMessage(file: path, line: error.line, severity: .error, message: error.problem)]
    }
    messages += LexiconLoader.hierarchyProblems(lexicon).map {
      LintMessage(file: path, line: $0.line, severity: .error, message: $0.problem)
    }
    do {
      var checker = try EntryChecker(path: path)
      messages += checker.check(lexicon)
      var meaning = try MeaningChecker(path: path)
      messages += meaning.check(lexicon)
    } catch {
      messages.append(LintMessage(file: path, line: nil, severity: .error, message: error.problem))
    }
    return sorted(messages)
  }

  /// Every XML and schema problem of a native lexicon, or nil when it is valid.
  static func schemaProblems(_ bytes: [UInt8], path: String) -> [LintMessage]? {
    do {
      _ = try LibXML.read(bytes, name: path, schema: Array(EmbeddedSchemas.all[LexiconLoader.schemaName]!.utf8))
      return nil
    } catch {
      return error.diagnostics.map {
        LintMessage(
          file: path, line: $0.line > 0 ? $0.line : nil, severity: .error,
          message: "not a valid Rapport lexicon: \($0.message)")
      }
    }
  }

  /// Messages by line (file-wide ones first), keeping the order found within a line.
  static func sorted(_ messages: [LintMessage]) -> [LintMessage] {
    messages.enumerated().sorted { a, b in
      let lineA = a.element.line ?? 0
      let lineB = b.element.line ?? 0
      return lineA != lineB ? lineA < lineB : a.offset < b.offset
    }.map(\.element)
  }
}
