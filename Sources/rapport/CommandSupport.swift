import Foundation
import RapportCore

/// What the commands share: default locations, lexicon loading, and talking to the terminal.
enum CommandSupport {
  static let defaultCorpus = "Corpus"
  static let defaultLexicons = "Lexicons"

  /// The lexicons at `paths` in any format Rapport reads (chosen by extension: .xml, .dic,
  /// .dicx, .tsv/.txt), or every .xml lexicon in ./Lexicons when none are given. Import
  /// warnings are printed as `file:line: warning: ...`.
  static func loadLexicons(_ paths: [String]) throws(RapportError) -> [Lexicon] {
    var chosen = paths
    if chosen.isEmpty {
      guard FileSystem.isDirectory(defaultLexicons) else {
        throw RapportError(
          .configuration, file: defaultLexicons, problem: "no --lexicon given and no Lexicons folder here",
          remedy: "Run from the Rapport folder, or name lexicon files with --lexicon")
      }
      chosen = FileSystem.files(under: defaultLexicons).filter { $0.hasSuffix(".xml") }
    }
    var lexicons: [Lexicon] = []
    for path in chosen {
      let imported = try LexiconReader.read(path: path)
      printWarnings(imported.warnings)
      lexicons.append(imported.lexicon)
    }
    return lexicons
  }

  static let isTerminal = isatty(STDERR_FILENO) == 1

  /// A progress line on a terminal; nothing in a pipe.
  static func progressReporter() -> (@Sendable (Int, Int) -> Void)? {
    guard isTerminal else { return nil }
    return { done, total in
      FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] sessions".utf8))
    }
  }

  static func finishProgress() {
    if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }

  static func printError(_ error: RapportError) {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  }

  /// Importer and exporter warnings, one `file:line: warning: ...` line each.
  static func printWarnings(_ warnings: [LexiconWarning]) {
    for warning in warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
  }

  static func printStatus(_ message: String) {
    FileHandle.standardError.write(Data("rapport: \(message)\n".utf8))
  }
}
