import ArgumentParser
import Foundation
import RapportCore

/// `rapport lexicon`: bring dictionaries in and out of Rapport, check them, and validate them
/// against a corpus.
struct LexiconCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexicon",
    abstract: "Import, export, lint, describe and validate lexicons, and find new entries.",
    discussion: """
      Rapport reads its own XML lexicons, LIWC .dic files, LIWC-22 .dicx files and \
      term<TAB>category[<TAB>weight] tables (such as NRC EmoLex's word-level file). The \
      format is chosen from the file's extension (.xml, .dic, .dicx or .csv, .tsv or .txt) \
      unless --format names it. docs/lexicon-format.md describes the formats and the \
      matching rules.
      """,
    subcommands: [
      Import.self, Export.self, List.self, Lint.self, Info.self, LexiconValidateCommand.self,
      LexiconSuggestCommand.self,
    ])

  /// Options every lexicon subcommand shares.
  struct FormatOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the input as this format instead of choosing by extension (xml, dic, dicx, table).", valueName: "format"))
    var format: LexiconFormat?
  }

  /// Writes `bytes` to `path`, or to standard output when there is no path.
  static func write(_ bytes: [UInt8], to path: String?) throws(RapportError) {
    guard let path else {
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    do {
      try FileSystem.writeAtomically(bytes, to: path)
    } catch {
      throw RapportError(
        .configuration, file: path, problem: "cannot write the lexicon (\(error.reason))",
        remedy: "Check that the folder exists and is writable")
    }
  }
}

extension LexiconFormat: ExpressibleByArgument {}
