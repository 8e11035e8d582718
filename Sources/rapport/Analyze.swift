import ArgumentParser
import Foundation
import RapportCore

struct Analyze: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Analyze transcripts and write per-session summaries and a table across sessions.",
    discussion: """
      With no PATH, analyzes ./Corpus with every lexicon in ./Lexicons and writes to \
      ./rapport-out: <session>.json (and .xml) with provenance, counts per speaker and \
      segment, and alliance indicators; sessions.csv (one row per session), categories.csv \
      (long table), turns.csv with --turns; corpus.json; with --format html, index.html and \
      <session>.html to open in a browser (docs/report.md). docs/outputs.md lists every file \
      and column, docs/indicators.md every formula. Outputs hold no transcript text unless \
      --include-hits is given. Exit status: 0 all inputs analyzed, 1 some inputs failed (the \
      rest were written), 2 a usage or configuration error.
      """)

  @Argument(help: "Transcript files or folders (searched recursively). Default: ./Corpus.")
  var paths: [String] = []

  @Option(name: .long, help: ArgumentHelp("A lexicon to use (repeatable): Rapport XML, LIWC .dic, LIWC-22 .dicx, or a term<TAB>category table. Default: every .xml lexicon in ./Lexicons, else the built-in lexicons. A folder stands for the lexicons in it.", valueName: "file"))
  var lexicon: [String] = []

  @Option(name: .long, help: ArgumentHelp("Folder for the outputs.", valueName: "dir"))
  var out: String = "rapport-out"

  @Option(name: .long, help: ArgumentHelp("A file of 'label = role' lines (roles: therapist, client, other) extending the built-in speaker labels.", valueName: "file"))
  var speakerMap: String?

  @Option(name: .long, help: ArgumentHelp("Read every transcript in this charset instead of detecting it (e.g. windows-1252).", valueName: "name"))
  var encoding: String?

  @OptionGroup(title: "Input formats")
  var inputFormat: InputFormatOptions

  @Option(name: .long, help: "Word tokens before a hit in which a negator, intensifier or hedge applies.")
  var negationWindow: Int = 3

  // Input-format block (issue #13): the old spelling of --negation-window (--window means the
  // context width in every other command), and --verbose for the skipped-file list.
  @Option(name: .customLong("window"), help: .hidden)
  var deprecatedWindow: Int?

  @Flag(name: .long, help: "List every file a folder walk skipped, and why.")
  var verbose = false

  @Flag(name: .long, help: "Give a two-speaker session whose labels are both unknown (SPEAKER_00, Speaker 1) roles from who asks most questions, uses reflection stems and speaks first; recorded as a warning with the evidence.")
  var inferRoles = false

  @Flag(name: .long, help: "Exit 1 when a session has no therapist or no client.")
  var strict = false

  /// The negation window, from --negation-window or its deprecated spelling --window.
  var window: Int { deprecatedWindow ?? negationWindow }

  @Option(name: .long, help: "Files analyzed at once (default: number of cores).")
  var jobs: Int?

  @Option(name: .long, help: ArgumentHelp("Outputs to write, comma-separated: json (<session>.json), xml (<session>.xml), csv (sessions.csv, categories.csv), html (<session>.html and index.html; see docs/report.md). corpus.json is always written.", valueName: "list"))
  var format: String = "json,csv"

  @Option(name: .long, help: ArgumentHelp("Segments of equal word count each session is cut into, for trajectories.", valueName: "n"))
  var segments: Int = 5

  @Flag(name: .long, help: "Also write turns.csv: one row per turn with the therapist act found and the turn's category counts.")
  var turns = false

  @Flag(name: .long, help: "Add every hit with its entry, place, matched text and context to the session files (this puts transcript text in the outputs).")
  var includeHits = false

  @Flag(name: .long, help: "Add a heuristic composite alliance score, with its weights, to the outputs.")
  var composite = false

  @Option(name: .long, help: ArgumentHelp("A model from 'rapport acts train' that codes turns instead of the rules (repeatable: one therapist and one client model). docs/acts-model.md.", valueName: "file"))
  var actsModel: [String] = []

  // Safety and privacy options (issue #16, #13).
  @Flag(name: .long, help: "Analyze every input even when another has the same bytes (by default identical files are analyzed once and reported).")
  var keepDuplicates = false

  @Option(name: .long, help: ArgumentHelp("Largest input file accepted, in MiB; larger files fail with a message.", valueName: "MiB"))
  var maxInputSize: Int = BatchOptions.defaultMaxInputBytes >> 20

  @Flag(name: .long, help: "Replace speaker labels by role pseudonyms (therapist-1, client-1) in every output, and mask names, e-mails, phones and dates in hit contexts.")
  var redact = false

  // Resume and shards (issue #15).
  @Flag(name: .long, help: "Go on with an interrupted run: skip the sessions the output folder already holds from the same input bytes, options and lexicons, analyze the rest, and rebuild the tables.")
  var resume = false

  @Option(name: .long, help: ArgumentHelp("Analyze only part K of N of the inputs (by a hash of the session id) and write its session files and manifest; build the tables with 'rapport merge'. In a Slurm job array the part is taken from SLURM_ARRAY_TASK_ID. docs/cluster.md.", valueName: "K/N"))
  var shard: String?

  func validate() throws {
    if let shard, case .failure(let error) = Shard.parse(shard) { throw ValidationError(error.message) }
    guard maxInputSize >= 1, maxInputSize <= 1 << 20 else {
      throw ValidationError("--max-input-size must be between 1 and 1048576 MiB; the default is \(BatchOptions.defaultMaxInputBytes >> 20).")
    }
    if deprecatedWindow != nil {
      CommandSupport.printStatus("warning: --window is deprecated for analyze; use --negation-window (--window is the context width in kwic and lexicon commands)")
    }
    guard window >= 1, window <= 20 else {
      throw ValidationError("--negation-window must be between 1 and 20 tokens; the default is 3.")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    guard segments >= 1, segments <= 100 else {
      throw ValidationError("--segments must be between 1 and 100; the default is 5.")
    }
    let parsed = OutputFormat.parse(format)
    if let unknown = parsed.unknown {
      throw ValidationError("--format: '\(unknown)' is not a format. Please use a comma-separated list of json, xml, csv and html.")
    }
    guard !parsed.formats.isEmpty else {
      throw ValidationError("--format needs at least one of json, xml, csv and html.")
    }
    if turns, !parsed.formats.contains(.csv) {
      throw ValidationError("--turns writes turns.csv; please add csv to --format.")
    }
  }

  func run() async throws {
    try await CommandSupport.reportingErrors {
      let lexicons = try CommandSupport.loadLexicons(lexicon)
      let matcher = try Matcher(lexicons: lexicons)
      var ingest = inputFormat.applied(
        to: try CommandSupport.ingestOptions(speakerMap: speakerMap, encoding: encoding))
      ingest.inferRoles = inferRoles
      let inputs = try CommandSupport.inputs(paths, verbose: verbose)
      var options = BatchOptions(
        outputDirectory: out, ingest: ingest, tag: TagOptions(window: window),
        analysis: AnalysisOptions(segments: segments, includeHits: includeHits, composite: composite, turnDetails: turns),
        formats: OutputFormat.parse(format).formats, speakerMapPath: speakerMap)
      if let jobs { options.jobs = jobs }
      options.analysis.actsModels = try Self.loadActsModels(actsModel)
      options.keepDuplicates = keepDuplicates
      options.redact = redact
      options.maxInputBytes = maxInputSize << 20
      options.resume = resume
      options.shard = try Self.chosenShard(shard)
      let report = try await BatchRunner.run(
        inputs, matcher: matcher, options: options, progress: CommandSupport.progressReporter())
      CommandSupport.finishProgress()
      for failure in report.failures { CommandSupport.printError(failure) }
      for notice in report.notices { CommandSupport.printStatus(notice) }
      if !report.removed.isEmpty {
        CommandSupport.printStatus(
          "removed \(report.removed.count) file(s) an earlier run wrote to \(out) and this one did not: \(report.removed.prefix(5).joined(separator: ", "))\(report.removed.count > 5 ? ", …" : "")")
      }
      if report.unlocked {
        CommandSupport.printStatus("warning: the file system of \(out) does not lock files; make sure no other run writes there at the same time")
      }
      let resumed = report.resumed > 0 ? " (\(report.resumed) finished earlier, kept by --resume)" : ""
      let analyzed = options.shard.map { "\(report.sessions.count) session(s) of shard \($0.label)" } ?? "\(report.sessions.count) of \(inputs.count) session(s)"
      CommandSupport.printStatus(
        "analyzed \(analyzed)\(resumed), \(report.words) words; wrote \(report.written.count) file(s) to \(out)")
      let missingRoles = report.notices.filter { $0.contains(RoleInference.missingRoleMarker) }.count
      if strict, missingRoles > 0 {
        CommandSupport.printStatus("\(missingRoles) session(s) have no therapist or no client, and --strict was given")
        throw ExitCode(1)
      }
      if !report.failures.isEmpty {
        CommandSupport.printStatus("\(report.failures.count) file(s) failed; see the messages above")
        throw ExitCode(1)
      }
    }
  }
}

extension Analyze {
  /// The shard of `--shard`, else the one a Slurm job array's environment names, else none.
  static func chosenShard(_ option: String?) throws(RapportError) -> Shard? {
    let environment = ProcessInfo.processInfo.environment
    let slurm = environment.filter { Shard.slurmVariables.contains($0.key) }
    if let option, case .success(var shard) = Shard.parse(option) {
      shard.slurm = slurm.isEmpty ? nil : slurm
      return shard
    }
    return try Shard.fromSlurm(environment)
  }

  /// The models of `--acts-model`, at most one per role.
  static func loadActsModels(_ paths: [String]) throws(RapportError) -> [ActModelFile] {
    var models: [ActModelFile] = []
    for path in paths {
      let file = try ActModelFile.load(path: path)
      if let earlier = models.first(where: { $0.model.role == file.model.role }) {
        throw RapportError(
          .configuration, file: path,
          problem: "a \(file.model.role.rawValue) model was already given (\(earlier.path))",
          remedy: "Give --acts-model at most twice: one therapist and one client model")
      }
      models.append(file)
    }
    return models
  }
}
