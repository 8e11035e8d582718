import ArgumentParser
import RapportCore

@main
struct Rapport: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rapport",
    abstract: "Emotion, relational-theme and alliance measures for psychotherapy transcripts.",
    discussion: """
      Rapport reads batches of therapy session transcripts, normalizes their text with ICU, \
      tags emotions and relational themes with lexicons, and writes per-session summaries \
      and tables across sessions. Outputs hold no transcript text unless asked.
      """,
    version: RapportVersion.current,
    subcommands: [Analyze.self, LexiconCommand.self],
    defaultSubcommand: nil)
}
