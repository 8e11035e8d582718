import ArgumentParser
import Foundation
import RapportCore

/// `rapport acts`: therapist acts, checked against human codes, and coders learned from them.
struct ActsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "acts",
    abstract: "Check Rapport's therapist acts against human codes, or learn a coder from them.",
    subcommands: [ActsEvaluateCommand.self, ActsTrainCommand.self, ActsExplainCommand.self])

  /// The checks `acts evaluate` and `acts train` share.
  static func validate(role: String, transcripts: [String], labelColumn: String, labelMap: String?) throws {
    guard ["therapist", "client"].contains(role) else {
      throw ValidationError("--role must be therapist or client; the default is therapist.")
    }
    guard !transcripts.isEmpty else {
      throw ValidationError("Please name the transcripts with --transcripts DIR (a folder or files).")
    }
    guard !labelColumn.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ValidationError("--label-column needs a column name, such as behaviour.")
    }
    if role == "client", labelMap != nil {
      throw ValidationError("--label-map maps labels to therapist acts; client labels (such as change, sustain, neutral) are used as written. Please leave it out with --role client.")
    }
  }
}

/// `rapport acts evaluate`: precision, recall, F1, kappa and R:Q agreement against a codes CSV.
struct ActsEvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Compare Rapport's therapist acts with a CSV of human codes.",
    discussion: """
      Reads the codes (columns session, utterance = the 1-based turn number as Rapport reads \
      the transcript, role, and the label column), maps the coders' labels to Rapport's acts \
      with the label map ('label = act' lines; act a MITI code such as simple-reflection or a \
      group such as reflection), analyzes the transcripts as 'rapport analyze' does, and \
      compares each coded utterance at the level its label uses. Prints per-act precision, \
      recall and F1, accuracy, Cohen's kappa, the confusion matrix and the Spearman \
      correlation of per-session R:Q; writes the same as JSON with --out. Sessions whose codes \
      do not line up with the transcript's turns, and coded sessions without a transcript, \
      are named and left out. docs/acts-evaluation.md describes every figure.

      With --folds K, trains a model (as 'acts train' does) K times, each time on all but one \
      fold of sessions, and scores it on the held-out fold: per-label precision, recall and \
      F1 with their spread across folds, macro F1 and kappa. With --model, scores a trained \
      model on the coded sessions given. Neither compares R:Q.

      Exit status: 0 evaluated, 1 some transcripts could not be read (the rest were \
      evaluated), 2 a usage or configuration error (unreadable or malformed codes, an \
      unknown label).
      """)

  @Option(name: .long, help: ArgumentHelp("Transcript files or folders (repeatable). Session id = file name without extension.", valueName: "path"))
  var transcripts: [String] = []

  @Option(name: .long, help: ArgumentHelp("CSV of human codes with columns session, utterance, role and the label column.", valueName: "file"))
  var codes: String

  @Option(name: .long, help: ArgumentHelp("A file of 'label = act' lines mapping the coders' labels to Rapport's codes or groups.", valueName: "file"))
  var labelMap: String?

  @Option(name: .long, help: ArgumentHelp("The column holding the coders' labels.", valueName: "name"))
  var labelColumn: String = "behaviour"

  @Option(name: .long, help: ArgumentHelp("Whose utterances to compare: therapist or client.", valueName: "role"))
  var role: String = "therapist"

  @Option(name: .long, help: ArgumentHelp("Also write the report as JSON to this file.", valueName: "file"))
  var out: String?

  @Option(name: .long, help: ArgumentHelp("Cross-validate a trained model by session: K folds (at least 2).", valueName: "k"))
  var folds: Int?

  @Option(name: .long, help: ArgumentHelp("Score this trained model (from 'acts train') instead of the rules.", valueName: "file"))
  var model: String?

  @OptionGroup(title: "Training (with --folds)")
  var training: ActsTrainingOptions

  @Option(name: .long, help: ArgumentHelp("A lexicon to load (repeatable), as for analyze. Default: every .xml lexicon in ./Lexicons, else the built-in lexicons.", valueName: "file"))
  var lexicon: [String] = []

  @Option(name: .long, help: ArgumentHelp("A file of 'label = role' lines extending the built-in speaker labels.", valueName: "file"))
  var speakerMap: String?

  func validate() throws {
    try ActsCommand.validate(role: role, transcripts: transcripts, labelColumn: labelColumn, labelMap: labelMap)
    if let folds, folds < 2 { throw ValidationError("--folds must be at least 2.") }
    if folds != nil, model != nil {
      throw ValidationError("--folds trains new models and --model scores a trained one; please give one of them.")
    }
    if role == "client", folds == nil, model == nil {
      throw ValidationError("Rapport's rules code therapist turns only; for client codes please give --folds K or --model FILE.")
    }
  }

  @OptionGroup(title: "Input formats")
  var inputFormat: InputFormatOptions

  func run() throws {
    if folds != nil || model != nil { return try runModel() }
    var failures: [RapportError] = []
    try CommandSupport.reportingErrors { () throws(RapportError) in
      let map = try labelMap.map { path throws(RapportError) in try ActLabelMap.load(path: path) } ?? ActLabelMap()
      let coded = try ActCodes.load(path: codes, labelColumn: labelColumn, map: map)
      let matcher = try Matcher(lexicons: try CommandSupport.loadLexicons(lexicon))
      let inputs = try CommandSupport.inputs(transcripts)
      let ingest = inputFormat.applied(to: try CommandSupport.ingestOptions(speakerMap: speakerMap, encoding: nil))
      let analyzed = try ActsEvaluation.analyze(inputs, matcher: matcher, ingest: ingest)
      let report = ActsEvaluation.evaluate(
        codes: coded, labelMap: labelMap, sessions: analyzed.sessions, role: Role(rawValue: role)!,
        unreadable: analyzed.failures)
      for line in report.lines() { print(line) }
      if let out {
        try report.write(to: out)
        print("wrote \(out)")
      }
      failures = analyzed.failures
    }
    for failure in failures { CommandSupport.printError(failure) }
    if !failures.isEmpty { throw ExitCode(1) }
  }
}

extension ActsEvaluateCommand {
  /// `--folds K` (cross-validated training) or `--model FILE` (a trained model scored).
  func runModel() throws {
    try CommandSupport.reportingErrors { () throws(RapportError) in
      var role = Role(rawValue: role)!
      let file = try model.map { path throws(RapportError) in try ActModelFile.load(path: path) }
      if let file { role = file.model.role }
      let loaded = try ActModelTraining.load(
        codes: codes, labelColumn: labelColumn, labelMap: labelMap, role: role,
        inputs: try CommandSupport.inputs(transcripts),
        ingest: try CommandSupport.ingestOptions(speakerMap: speakerMap, encoding: nil), forTraining: file == nil)
      let result: CrossValidation
      let title: String?
      if let file {
        result = ActModelTrainer.score(file.model, on: loaded.data)
        title = "acts evaluate --model \(file.path): \(result.foldSessions.joined().count) coded session(s), \(result.turns) \(role.rawValue) turn(s) compared"
      } else {
        result = try ActModelTrainer.crossValidate(loaded.data, options: training.options(role: role, folds: folds!))
        title = nil
      }
      for line in result.lines(role: role, title: title) { print(line) }
      if let out {
        try ActModelTraining.write(try ActModelTraining.json(result), to: out)
        print("wrote \(out)")
      }
    }
  }
}
