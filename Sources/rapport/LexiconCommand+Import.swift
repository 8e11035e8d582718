import ArgumentParser
import RapportCore

extension LexiconCommand {
  /// `rapport lexicon import`: any format in, Rapport's XML out.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert a .dic, .dicx or term table into a Rapport XML lexicon.",
      discussion: """
        Legacy quirks (runs of tabs, categories by name, repeated entries, conditional \
        codes, unknown categories) are repaired or skipped, each reported as \
        'file:line: warning: ...' on standard error. Legacy encodings such as \
        Windows-1252 are detected as for transcripts. The XML written validates against \
        Schemas/lexicon-1.xsd.
        """)

    @Argument(help: ArgumentHelp("The lexicon to convert.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Where to write the XML lexicon. Default: standard output.", valueName: "file.xml"))
    var out: String?

    @OptionGroup var options: FormatOption

    func run() throws {
      try CommandSupport.reportingErrors { () throws(RapportError) in
        let imported = try CommandSupport.readLexicon(file, format: options.format)
        let bytes = try imported.lexicon.xmlBytes()
        // The writer's output must read back; if it ever does not, say so rather than
        // leave an invalid file behind.
        _ = try LexiconLoader.load(bytes: bytes, path: out ?? "(output)")
        try LexiconCommand.write(bytes, to: out)
        let lexicon = imported.lexicon
        let entries = lexicon.categories.reduce(0) { $0 + $1.entries.count }
        CommandSupport.printStatus(
          "imported \(lexicon.categories.count) categories and \(entries) entries from \(file)"
            + (out.map { " into \($0)" } ?? "") + " with \(imported.warnings.count) warning(s)")
      }
    }
  }
}
