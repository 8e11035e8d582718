import ArgumentParser
import Foundation
import RapportCore

/// `rapport kwic`: concordance lines for a pattern or a category.
struct KwicCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kwic",
    abstract: "Show keyword-in-context lines for an entry pattern or a category.",
    discussion: """
      PATTERN uses lexicon entry syntax: a word (afraid), a prefix ending in * (worr*), or a \
      phrase whose words may carry * (walk* on eggshells); it is matched with the same \
      normalization as lexicon entries. category:ID shows the hits of a category of the \
      loaded lexicons (and of its children). Matches after a negator are marked (negated) \
      when the modifiers lexicon is loaded.

      Output lines are: speaker, session, turn, left context | match | right context. This \
      output contains transcript text; use --redact to mask names, e-mail addresses, phone \
      numbers and dates.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, tsv
  }

  @Argument(help: "An entry pattern, or category:ID.")
  var pattern: String

  @Argument(help: "Transcript files or folders (searched recursively). Default: ./Corpus.")
  var paths: [String] = []

  @OptionGroup var input: ValidationInputOptions

  @Option(name: .long, help: "Words on each side of the match.")
  var window: Int = 5

  @Option(name: .long, help: ArgumentHelp("Only turns of this speaker role (therapist, client, other).", valueName: "role"))
  var speaker: String?

  @Option(name: .long, help: "Lines shown at most (further matches are counted).")
  var limit: Int = 100

  @Option(name: .long, help: "text (aligned columns) or tsv (tab-separated with a header).")
  var format: Format = .text

  func validate() throws {
    guard window >= 0, window <= 50 else { throw ValidationError("--window must be between 0 and 50 words.") }
    guard limit >= 1 else { throw ValidationError("--limit must be at least 1.") }
    if let speaker, Role(rawValue: speaker) == nil {
      throw ValidationError("--speaker must be therapist, client or other.")
    }
  }

  func run() async throws {
    try await CommandSupport.reportingErrors {
      let target = ConcordanceTarget(pattern)
      let lexicons: [Lexicon]
      if case .pattern = target, input.lexicon.isEmpty, !FileSystem.isDirectory(CommandSupport.defaultLexicons) {
        lexicons = []  // a bare pattern needs no lexicon; modifiers only mark negation
      } else {
        lexicons = try CommandSupport.loadLexicons(input.lexicon)
      }
      let inputs = try CommandSupport.inputs(paths)
      let result = try ConcordanceSearch.search(
        target, lexicons: lexicons, inputs: inputs,
        options: ConcordanceOptions(
          ingest: try input.ingest(), window: window, speaker: speaker.flatMap(Role.init(rawValue:)),
          limit: limit, redact: input.redact))
      let text = format == .tsv ? KwicTable.tsv(result.lines) : KwicTable.aligned(result.lines)
      FileHandle.standardOutput.write(Data(text.utf8))
      for failure in result.failures { CommandSupport.printError(failure) }
      CommandSupport.printStatus(
        "\(result.matches) match(es) in \(inputs.count - result.failures.count) session(s)"
          + (result.matches > result.lines.count ? "; showing the first \(result.lines.count) (raise --limit for more)" : ""))
      if !result.failures.isEmpty { throw ExitCode(1) }
    }
  }
}
