import ArgumentParser
import RapportCore

/// The options that say how to read transcripts in formats other than plain text.
struct InputFormatOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read every transcript as this format instead of detecting it: text, webvtt (vtt), srt, json, csv or tsv.",
      valueName: "format"),
    transform: { name in
      guard let format = TranscriptFormat(name: name) else {
        throw ValidationError("Unknown --input-format '\(name)'. Use text, webvtt, srt, json, csv or tsv.")
      }
      return format
    })
  var inputFormat: TranscriptFormat?

  @Flag(name: .long, help: "Keep every caption cue and speech-to-text segment as its own turn, instead of merging consecutive ones of one speaker.")
  var keepCues = false

  @Option(name: .long, help: ArgumentHelp("CSV/TSV: the header of the speaker column (default: speaker, interlocutor or role).", valueName: "name"))
  var speakerColumn: String?

  @Option(name: .long, help: ArgumentHelp("CSV/TSV: the header of the text column (default: text, utterance or utterance_text).", valueName: "name"))
  var textColumn: String?

  /// `options` with these choices applied.
  func applied(to options: IngestOptions) -> IngestOptions {
    var options = options
    options.format = inputFormat
    options.keepCues = keepCues
    options.speakerColumn = speakerColumn
    options.textColumn = textColumn
    return options
  }
}
