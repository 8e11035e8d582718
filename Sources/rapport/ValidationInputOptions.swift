import ArgumentParser
import RapportCore

/// How `lexicon validate`, `lexicon suggest` and `kwic` read transcripts and lexicons.
struct ValidationInputOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("A lexicon to use (repeatable): Rapport XML, LIWC .dic, LIWC-22 .dicx, or a term<TAB>category table. Default: every .xml lexicon in ./Lexicons, else the built-in lexicons. A folder stands for the lexicons in it.", valueName: "file"))
  var lexicon: [String] = []

  @Option(name: .long, help: ArgumentHelp("A file of 'label = role' lines (roles: therapist, client, other) extending the built-in speaker labels.", valueName: "file"))
  var speakerMap: String?

  @Option(name: .long, help: ArgumentHelp("Read every transcript in this charset instead of detecting it (e.g. windows-1252).", valueName: "name"))
  var encoding: String?

  @OptionGroup(title: "Input formats")
  var format: InputFormatOptions

  @Flag(name: .long, help: "Mask names, e-mail addresses, phone numbers and dates in the transcript text shown (a heuristic; see docs/lexicon-validation.md).")
  var redact = false

  /// Ingest options from the flags.
  func ingest() throws(RapportError) -> IngestOptions {
    format.applied(to: try CommandSupport.ingestOptions(speakerMap: speakerMap, encoding: encoding))
  }
}
