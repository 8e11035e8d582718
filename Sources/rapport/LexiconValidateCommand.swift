import ArgumentParser
import Foundation
import RapportCore

/// `rapport lexicon validate`: how a lexicon behaves on a corpus and against gold annotations.
struct LexiconValidateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check lexicons against a corpus and its gold annotations.",
    discussion: """
      Writes validation.json and validation.md to --out and prints a short summary. Per \
      category and entry: hits by speaker, negated share, sessions covered, entries that never \
      match or dominate, overlaps between categories, keyword-in-context samples, Cronbach's \
      alpha and KR-20, and precision, recall and F1 against gold annotations with the false \
      positives and negatives listed. With --labels, document-level precision, recall and F1 \
      of each category against a data set's per-session labels. docs/lexicon-validation.md \
      explains every number.

      The report contains transcript text: its keyword-in-context samples and agreement cases \
      quote the turns. Use --redact to mask names, e-mail addresses, phone numbers and dates.

      Exit status: 0 all sessions read, 1 some sessions could not be read (the report covers \
      the rest), 2 a usage or configuration error (including gold lines that do not match \
      their transcript).
      """)

  @OptionGroup var input: ValidationInputOptions

  @Option(name: .long, help: ArgumentHelp("Transcript files or folders (repeatable). Default: ./Corpus.", valueName: "path"))
  var corpus: [String] = []

  @Option(name: .long, help: ArgumentHelp("Folder of <session>.gold files. Default: <corpus>/gold when there is one.", valueName: "dir"))
  var gold: String?

  @Flag(name: .long, help: "Do not look for gold annotations.")
  var noGold = false

  @Option(name: .long, help: ArgumentHelp("Folder for validation.json and validation.md.", valueName: "dir"))
  var out: String = "rapport-validation"

  @Option(name: .long, help: ArgumentHelp("Report only this category (repeatable). Default: every content category.", valueName: "id"))
  var category: [String] = []

  @Option(name: .long, help: "Keyword-in-context samples per entry.")
  var samples: Int = 3

  @Option(name: .long, help: "Words on each side of a sample or agreement case.")
  var window: Int = 6

  @Option(name: .long, help: ArgumentHelp("Flag entries with more than this share of their category's hits.", valueName: "share"))
  var dominance: Double = 0.3

  @Option(name: .long, help: "Word tokens before a hit in which a negator, intensifier or hedge applies.")
  var negationWindow: Int = 3

  @Option(name: .long, help: "Sessions read at once (default: number of cores).")
  var jobs: Int?

  @Option(name: .long, help: ArgumentHelp("CSV of document labels: columns session and labels (names separated by ';'). Scores each category per session.", valueName: "file"))
  var labels: String?

  @Option(name: .long, help: ArgumentHelp("Lines 'label = category' (# comments) mapping the labels' names to lexicon categories.", valueName: "file"))
  var labelMap: String?

  @Option(name: .long, help: "With --labels: hits (children rolled up) a category needs in a session to fire.")
  var minHits: Int = 1

  @Flag(name: .long, help: "With --labels: count negated hits toward firing (left out by default).")
  var countNegated = false

  func validate() throws {
    guard samples >= 0, samples <= 50 else { throw ValidationError("--samples must be between 0 and 50.") }
    guard window >= 0, window <= 50 else { throw ValidationError("--window must be between 0 and 50 words.") }
    guard dominance > 0, dominance <= 1 else {
      throw ValidationError("--dominance must be a share above 0 and at most 1, such as 0.3.")
    }
    guard negationWindow >= 1, negationWindow <= 20 else {
      throw ValidationError("--negation-window must be between 1 and 20 tokens; the default is 3.")
    }
    if gold != nil, noGold { throw ValidationError("Give either --gold or --no-gold, not both.") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    if labels == nil {
      if labelMap != nil { throw ValidationError("--label-map maps the names of --labels; please give --labels FILE.csv too.") }
      if minHits != 1 || countNegated {
        throw ValidationError("--min-hits and --count-negated apply to --labels; please give --labels FILE.csv too.")
      }
    }
    guard minHits >= 1 else { throw ValidationError("--min-hits must be at least 1; the default is 1.") }
  }

  func run() async throws {
    try await CommandSupport.reportingErrors {
      let lexicons = try CommandSupport.loadLexicons(input.lexicon)
      let matcher = try Matcher(lexicons: lexicons)
      let paths = corpus.isEmpty ? [CommandSupport.defaultCorpus] : corpus
      let inputs = try CommandSupport.inputs(paths)
      var options = ValidationOptions(
        ingest: try input.ingest(), tag: TagOptions(window: negationWindow), categories: category,
        samplesPerEntry: samples, window: window, dominanceThreshold: dominance, redact: input.redact)
      if let jobs { options.jobs = jobs }
      options.actPredictor = ValidationOptions.classifierActs
      options.minHits = minHits
      options.countNegated = countNegated
      let content = Set(matcher.categories.filter { $0.role == .content }.map(\.id))
      let documentLabels = try labels.map { path throws(RapportError) in
        try DocumentLabels.load(path: path, mapPath: labelMap, categories: content)
      }

      let goldDirectory = noGold ? nil : gold ?? defaultGold(paths)
      var goldSet: GoldSet?
      if let goldDirectory {
        let loaded = try GoldLoader.load(
          directory: goldDirectory, inputs: inputs, ingest: options.ingest,
          knownCategories: Set(matcher.categories.map(\.id)))
        for warning in loaded.warnings { CommandSupport.printStatus("warning: \(warning)") }
        if !loaded.errors.isEmpty {
          for error in loaded.errors { CommandSupport.printError(error) }
          CommandSupport.printStatus("\(loaded.errors.count) gold line(s) do not match their transcripts; fix them, or run with --no-gold")
          throw ExitCode(2)
        }
        goldSet = loaded
      }

      let report = try await LexiconValidator.validate(
        inputs, matcher: matcher, gold: goldSet, goldDirectory: goldDirectory, labels: documentLabels,
        options: options)
      try report.write(to: out)
      for line in report.summaryLines() { print(line) }
      print("wrote \(ValidationReport.jsonFile) and \(ValidationReport.markdownFile) to \(out)")
      if !report.corpus.failures.isEmpty {
        for failure in report.corpus.failures { CommandSupport.printError(failure) }
        throw ExitCode(1)
      }
    }
  }

  /// `<corpus>/gold` when a single corpus folder is given and it has one.
  private func defaultGold(_ paths: [String]) -> String? {
    guard paths.count == 1 else { return nil }
    let candidate = (paths[0] as NSString).appendingPathComponent("gold")
    return FileSystem.isDirectory(candidate) ? candidate : nil
  }
}
