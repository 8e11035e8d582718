import ArgumentParser
import Foundation
import RapportCore

extension LexiconCommand {
  /// `rapport lexicon lint`: report what would make a lexicon count wrongly.
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check lexicons for entries that cannot match, duplicates, and other defects.",
      discussion: """
        Prints one 'file:line: error|warning|info: message' line per finding on standard \
        output, in line order. Errors: unreadable or invalid files, unknown parents and \
        cycles, entries that vanish under normalization or can never match because of \
        tokenization, duplicate entries. Warnings: repairs made on import, entries that change \
        under normalization, wildcard stems of two letters or fewer, exclusions that cannot \
        apply, zero or negative weights, categories that never count. Information: entries \
        in several categories. Exit status: 0 no errors, 1 at least one error.
        """)

    @Argument(help: ArgumentHelp("The lexicons to check (any format Rapport reads).", valueName: "file"))
    var files: [String]

    @OptionGroup var options: FormatOption

    @Flag(name: .long, help: "Leave out information findings (entries in several categories), which dictionaries with overlapping categories have by the thousand.")
    var noInfo = false

    func validate() throws {
      if files.isEmpty { throw ValidationError("Please name at least one lexicon file to check.") }
    }

    func run() throws {
      var counts: [LintMessage.Severity: Int] = [:]
      for file in files {
        let messages = LexiconLinter.lint(path: file, format: options.format)
        for message in messages where !(noInfo && message.severity == .info) {
          print(message)
          counts[message.severity, default: 0] += 1
        }
      }
      CommandSupport.printStatus(
        "\(files.count) file(s): \(counts[.error] ?? 0) error(s), \(counts[.warning] ?? 0) warning(s), \(counts[.info] ?? 0) info")
      if (counts[.error] ?? 0) > 0 { throw ExitCode(1) }
    }
  }

  /// `rapport lexicon info`: categories with entry counts.
  struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a lexicon's categories with their entry counts.")

    @Argument(help: ArgumentHelp("The lexicon to describe (any format Rapport reads).", valueName: "file"))
    var file: String

    @OptionGroup var options: FormatOption

    func run() throws {
      try CommandSupport.reportingErrors { () throws(RapportError) in
        let imported = try CommandSupport.readLexicon(file, format: options.format)
        print(imported.lexicon.infoText(), terminator: "")
      }
    }
  }
}
