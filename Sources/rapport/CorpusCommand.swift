import ArgumentParser
import RapportCore

/// `rapport corpus`: commands that make corpora.
struct CorpusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus",
    abstract: "Make corpora of transcripts.",
    subcommands: [CorpusGenerate.self])
}

/// `rapport corpus generate`: synthetic transcripts for scale and speed tests.
struct CorpusGenerate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write synthetic transcripts for scale and speed tests only.",
    discussion: """
      Writes deterministic synthetic therapy transcripts of 5,000-9,000 words each, with \
      realistic vocabulary and markup (curly quotes, transcription marks, timestamps, \
      accented names). The same --seed always gives the same bytes. The text is stitched from \
      templates and means nothing clinically: use it to test scale and speed, never to judge \
      a lexicon, an indicator or a hypothesis.
      """)

  @Option(name: .long, help: "How many sessions to write (1-100000).")
  var sessions: Int

  @Option(name: .long, help: "Seed of the generator; the same seed gives the same files.")
  var seed: UInt64 = 1

  @Option(name: .long, help: ArgumentHelp("Folder to write the transcripts into.", valueName: "dir"))
  var out: String

  @Option(
    name: .long, help: ArgumentHelp("Transcript format: text, vtt, srt, json or csv (default: text).", valueName: "format"),
    transform: { name in
      guard let format = TranscriptFormat(name: name), format != .tsv else {
        throw ValidationError("Unknown --format '\(name)'. Use text, vtt, srt, json or csv.")
      }
      return format
    })
  var format: TranscriptFormat = .text

  func validate() throws {
    guard (1...100_000).contains(sessions) else {
      throw ValidationError("--sessions must be between 1 and 100000.")
    }
  }

  func run() throws {
    try CommandSupport.reportingErrors { () throws(RapportError) in
      let written = try CorpusGenerator.write(sessions: sessions, seed: seed, format: format, to: out)
      CommandSupport.printStatus("wrote \(written.count) synthetic session(s) to \(out) (seed \(seed), for scale and speed tests only)")
    }
  }
}
