import ArgumentParser
import RapportCore

extension LexiconCommand {
  /// `rapport lexicon export`: any format in, LIWC .dic or .dicx out.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a lexicon as a LIWC .dic or LIWC-22 .dicx file.",
      discussion: """
        What the target format cannot hold (weights in .dic, exclusions, the category \
        hierarchy, modifier roles, negation settings) is dropped with a warning on standard \
        error. Terms are written in code-point order; categories keep the lexicon's order.
        """)

    @Argument(help: ArgumentHelp("The lexicon to export (any format Rapport reads).", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The format to write: dic or dicx (xml and table also work).", valueName: "format"))
    var to: LexiconFormat

    @Option(name: .long, help: ArgumentHelp("Where to write. Default: standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var options: FormatOption

    func run() throws {
      try CommandSupport.reportingErrors { () throws(RapportError) in
        let imported = try CommandSupport.readLexicon(file, format: options.format)
        let export = LexiconExporter.export(imported.lexicon, as: to)
        CommandSupport.printWarnings(export.warnings)
        try LexiconCommand.write(export.bytes, to: out)
      }
    }
  }
}
