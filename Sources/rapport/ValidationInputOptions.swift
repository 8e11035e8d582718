import ArgumentParser
import RapportCore

/// How `lexicon validate`, `lexicon suggest` and `kwic` read transcripts and lexicons.
struct ValidationInputOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("A lexicon to use (repeatable): Rapport XML, LIWC .dic, LIWC-22 .dicx, or a term<TAB>category table. Default: every .xml lexicon in ./Lexicons.", valueName: "file"))
  var lexicon: [String] = []

  @Option(name: .long, help: ArgumentHelp("A file of 'label = role' lines (roles: therapist, client, other) extending the built-in speaker labels.", valueName: "file"))
  var speakerMap: String?

  @Option(name: .long, help: ArgumentHelp("Read every transcript in this charset instead of detecting it (e.g. windows-1252).", valueName: "name"))
  var encoding: String?

  @Flag(name: .long, help: "Mask names, e-mail addresses, phone numbers and dates in the transcript text shown (a heuristic; see docs/lexicon-validation.md).")
  var redact = false

  /// Ingest options from the flags.
  func ingest() throws(RapportError) -> IngestOptions {
    IngestOptions(
      speakerMap: try speakerMap.map { path throws(RapportError) in try SpeakerMap.load(path: path) } ?? .builtIn,
      encoding: encoding)
  }

  /// The transcripts under `paths`, or an error when there are none.
  static func inputs(_ paths: [String]) throws(RapportError) -> [BatchInput] {
    let inputs = try InputDiscovery.inputs(paths)
    guard !inputs.isEmpty else {
      throw RapportError(
        .configuration, file: paths.first,
        problem: "no transcripts found (looked for .\(TranscriptFormat.transcriptExtensions.sorted().joined(separator: ", .")) files)",
        remedy: "Name transcript files or a folder that holds them")
    }
    return inputs
  }
}
