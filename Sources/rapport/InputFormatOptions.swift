import ArgumentParser
import RapportCore

/// The options that say how to read transcripts in formats other than plain text: one group,
/// shared by every command that reads transcripts (analyze, kwic, lexicon validate, lexicon
/// suggest, acts evaluate).
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

  @Option(name: .long, help: ArgumentHelp("CSV/TSV: the header of the start-time column (default: start, start_time, timestamp, time or begin).", valueName: "name"))
  var startColumn: String?

  @Option(
    name: .long,
    help: ArgumentHelp("CSV: the field separator, instead of sniffing one of , ; tab | from the header: a character, or comma, semicolon, tab, pipe.", valueName: "char"),
    transform: { value in
      let names: [String: Unicode.Scalar] = ["comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"]
      if let scalar = names[value.lowercased()] { return scalar }
      guard value.unicodeScalars.count == 1, let scalar = value.unicodeScalars.first, scalar != "\"", scalar != "\n", scalar != "\r" else {
        throw ValidationError("--delimiter must be one character (or comma, semicolon, tab, pipe), not '\(value)'.")
      }
      return scalar
    })
  var delimiter: Unicode.Scalar?

  /// `options` with these choices applied.
  func applied(to options: IngestOptions) -> IngestOptions {
    var options = options
    options.format = inputFormat
    options.keepCues = keepCues
    options.speakerColumn = speakerColumn
    options.textColumn = textColumn
    options.startColumn = startColumn
    options.delimiter = delimiter
    return options
  }
}
