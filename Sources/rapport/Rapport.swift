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
    subcommands: [Analyze.self, MergeCommand.self, LexiconCommand.self, KwicCommand.self, CorpusCommand.self, ActsCommand.self, ReportCommand.self],
    defaultSubcommand: nil)
}

extension Rapport {
  /// Runs the command line like ArgumentParser does, except that usage errors exit with
  /// status 2 (Rapport's convention: 0 all good, 1 some inputs failed, 2 usage or
  /// configuration) instead of ArgumentParser's 64.
  ///
  /// Every error goes to standard error with one prefix, `error: ` (ArgumentParser's own
  /// `Error: ` is rewritten), and a misspelt command (`analyse`) names the one meant.
  static func main() async {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let first = arguments.first, let meant = suggestion(forCommand: first) {
      FileHandle.standardError.write(Data("error: unknown command '\(first)'; did you mean '\(meant)'? (rapport \(meant) --help)\n".utf8))
      Foundation.exit(2)
    }
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success || message.isEmpty { exit(withError: error) }
      FileHandle.standardError.write(Data((errorPrefixed(message) + "\n").utf8))
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }

  /// `message` starting with `error: ` instead of ArgumentParser's `Error: `.
  static func errorPrefixed(_ message: String) -> String {
    if message.hasPrefix("Error: ") { return "error: " + message.dropFirst("Error: ".count) }
    if message.hasPrefix("error: ") { return message }
    return "error: " + message
  }

  /// The command a researcher most likely meant by `word`, when `word` is not a command or
  /// an option but is a known variant of one (British spelling, a plural, a near miss).
  static func suggestion(forCommand word: String) -> String? {
    let commands = ["analyze", "merge", "lexicon", "kwic", "corpus", "acts"]
    guard !word.hasPrefix("-"), !commands.contains(word) else { return nil }
    let variants = ["analyse": "analyze", "analysis": "analyze", "analyser": "analyze", "analyze.": "analyze", "lexicons": "lexicon", "lexikon": "lexicon", "act": "acts"]
    if let meant = variants[word.lowercased()] { return meant }
    return nil
  }
}
