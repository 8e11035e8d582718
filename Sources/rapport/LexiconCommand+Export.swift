import ArgumentParser
import RapportCore

extension LexiconCommand {
  /// `rapport lexicon export`: any format in, LIWC .dic or .dicx out.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a lexicon as a LIWC .dic or LIWC-22 .dicx file, or write out a built-in lexicon.",
      discussion: """
        A child category's entries are also written under its parents' codes, as LIWC \
        expects, unless --no-rollup is given. What the target format cannot hold (weights in \
        .dic, exclusions, which category is whose child, modifier roles, negation settings) \
        is dropped with a warning on standard error. Terms are written in code-point order; \
        categories keep the lexicon's order. --builtin NAME writes one of the lexicons \
        compiled into the binary (see 'rapport lexicon list'), as XML unless --to says \
        otherwise, so it can be edited and loaded with --lexicon.
        """)

    @Argument(help: ArgumentHelp("The lexicon to export (any format Rapport reads).", valueName: "file"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("Export the built-in lexicon NAME (see 'rapport lexicon list') instead of a file.", valueName: "name"))
    var builtin: String?

    @Option(name: .long, help: ArgumentHelp("The format to write: dic or dicx (xml and table also work). Default: xml with --builtin.", valueName: "format"))
    var to: LexiconFormat?

    @Flag(name: .long, help: "Do not write child categories' entries under their parents' codes.")
    var noRollup = false

    @Option(name: .long, help: ArgumentHelp("Where to write. Default: standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var options: FormatOption

    func validate() throws {
      if (file == nil) == (builtin == nil) {
        throw ValidationError("Name one lexicon: a file, or --builtin NAME (see 'rapport lexicon list').")
      }
      if builtin == nil, to == nil { throw ValidationError("Missing --to: the format to write (dic, dicx, xml or table).") }
    }

    func run() throws {
      try CommandSupport.reportingErrors { () throws(RapportError) in
        if let out, let file, FileSystem.exists(out), CommandSupport.sameFile(out, file) {
          throw RapportError(
            .configuration, file: out, problem: "--out names the lexicon being exported; writing it would overwrite the input",
            remedy: "Choose another --out file")
        }
        if let builtin {
          guard let entry = BuiltInLexicons.entry(named: builtin) else {
            throw RapportError(
              .configuration, file: builtin, problem: "there is no built-in lexicon of this name",
              remedy: "Choose one of \(BuiltInLexicons.all.map(\.name).joined(separator: ", "))")
          }
          let format = to ?? .xml
          if format == .xml {
            try LexiconCommand.write(entry.bytes, to: out)
            return
          }
          let lexicon = try LexiconLoader.load(bytes: entry.bytes, path: entry.path)
          let export = try LexiconExporter.export(lexicon, as: format, rollup: !noRollup)
          CommandSupport.printWarnings(export.warnings)
          try LexiconCommand.write(export.bytes, to: out)
          return
        }
        let imported = try CommandSupport.readLexicon(file!, format: options.format)
        let export = try LexiconExporter.export(imported.lexicon, as: to!, rollup: !noRollup)
        CommandSupport.printWarnings(export.warnings)
        try LexiconCommand.write(export.bytes, to: out)
      }
    }
  }

  /// `rapport lexicon list`: the lexicons compiled into the binary.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the lexicons built into this binary, with their versions and SHA-256 hashes.",
      discussion: """
        These are the shipped Lexicons/*.xml, byte for byte. Rapport uses them when a command \
        is given no --lexicon and there is no ./Lexicons folder. Write one out to edit with \
        'rapport lexicon export --builtin NAME --out NAME.xml'.
        """)

    func run() throws {
      try CommandSupport.reportingErrors { () throws(RapportError) in
        print("name\tlexicon\tversion\tcategories\tsha256")
        for entry in BuiltInLexicons.all {
          let lexicon = try LexiconLoader.load(bytes: entry.bytes, path: entry.path)
          print("\(entry.name)\t\(lexicon.name)\t\(lexicon.version)\t\(lexicon.categories.count)\t\(entry.sha256)")
        }
      }
    }
  }
}
