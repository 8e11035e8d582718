import ArgumentParser
import Foundation
import RapportCore

/// `rapport lexicon suggest`: candidate entries for a category, for a person to review.
struct LexiconSuggestCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suggest",
    abstract: "Suggest new entries for a category from a corpus (offline).",
    discussion: """
      Candidates are words and two-word phrases that occur more often within --window words \
      of the category's hits and seed terms than elsewhere, ranked by log-likelihood (G²), \
      shown with PMI, counts and two keyword-in-context samples. Current entries, function \
      words and fillers are left out. Seed terms come from the category's theme in --seeds \
      (default seeds/themes.xml when present) and from --seed. docs/lexicon-validation.md \
      describes the scoring. Every candidate needs a person's judgement before it becomes an \
      entry.

      The samples contain transcript text; use --redact to mask names, e-mail addresses, \
      phone numbers and dates.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(name: .long, help: ArgumentHelp("The category to find entries for.", valueName: "id"))
  var category: String

  @Option(name: .long, help: ArgumentHelp("Transcript files or folders (repeatable). Default: ./Corpus.", valueName: "path"))
  var corpus: [String] = []

  @OptionGroup var input: ValidationInputOptions

  @Option(name: .long, help: ArgumentHelp("A themes file whose seed terms for the category's theme are used as anchors. Default: seeds/themes.xml when present.", valueName: "file"))
  var seeds: String?

  @Option(name: .long, help: ArgumentHelp("An extra seed term in entry syntax (repeatable).", valueName: "term"))
  var seed: [String] = []

  @Option(name: .long, help: "Words on each side of a hit that count as its context.")
  var window: Int = 10

  @Option(name: .long, help: "Fewest occurrences in context for a candidate.")
  var minCount: Int = 3

  @Option(name: .long, help: "Fewest sessions with an occurrence in context for a candidate.")
  var minSessions: Int = 2

  @Option(name: .customLong("min-g2"), help: "Smallest log-likelihood G² for a candidate (3.84: p < .05).")
  var minG2: Double = 3.84

  @Option(name: .long, help: "Candidates listed.")
  var limit: Int = 30

  @Option(name: .long, help: "text or json.")
  var format: Format = .text

  func validate() throws {
    guard window >= 1, window <= 50 else { throw ValidationError("--window must be between 1 and 50 words.") }
    guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1.") }
    guard minSessions >= 1 else { throw ValidationError("--min-sessions must be at least 1.") }
    guard limit >= 1 else { throw ValidationError("--limit must be at least 1.") }
    guard minG2 >= 0 else { throw ValidationError("--min-g2 must be 0 or more.") }
  }

  func run() async throws {
    try await CommandSupport.reportingErrors {
      let lexicons = try CommandSupport.loadLexicons(input.lexicon)
      var seedTerms = seed
      let theme = lexicons.lazy.flatMap(\.categories).first { $0.id == category }?.seed
      let themesFile = seeds ?? (FileSystem.exists("seeds/themes.xml") ? "seeds/themes.xml" : nil)
      if let theme, let themesFile {
        seedTerms = try SuggestionSeeds.load(path: themesFile, theme: theme) + seedTerms
      }
      let inputs = try CommandSupport.inputs(corpus)
      let report = try TermSuggester.suggest(
        category: category, lexicons: lexicons, seeds: seedTerms, inputs: inputs,
        options: SuggestionOptions(
          ingest: try input.ingest(), window: window, minimumCount: minCount, minimumSessions: minSessions,
          minimumG2: minG2, limit: limit, redact: input.redact))
      switch format {
      case .json: FileHandle.standardOutput.write(Data(try JSONOutput.encode(report)))
      case .text: print(report.text(), terminator: "")
      }
      for failure in report.failures { CommandSupport.printError(failure) }
      if !report.failures.isEmpty { throw ExitCode(1) }
    }
  }
}
