import ArgumentParser
import Foundation
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
    subcommands: [Analyze.self, LexiconCommand.self, KwicCommand.self, CorpusCommand.self, ActsCommand.self, ReportCommand.self],
    defaultSubcommand: nil)
}

extension Rapport {
  /// Runs the command line like ArgumentParser does, except that usage errors exit with
  /// status 2 (Rapport's convention: 0 all good, 1 some inputs failed, 2 usage or
  /// configuration) instead of ArgumentParser's 64.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
