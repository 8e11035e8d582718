import ArgumentParser
import Foundation
import RapportCore

/// The options `acts train` and `acts evaluate --folds` share: how a model is trained.
struct ActsTrainingOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("L2 penalty on the weights (larger: a smoother model).", valueName: "λ"))
  var l2: Double = ActTrainingOptions().l2

  @Option(name: .long, help: ArgumentHelp("Training turns a feature must occur in to be kept.", valueName: "n"))
  var minCount: Int = ActTrainingOptions().minimumCount

  @Option(name: .long, help: ArgumentHelp("Optimizer iterations at most.", valueName: "n"))
  var maxIterations: Int = ActTrainingOptions().maxIterations

  @Flag(name: .long, help: "Weigh labels so rare ones count as much as common ones (raises macro F1 when labels are unbalanced).")
  var balanced = false

  func validate() throws {
    guard l2 > 0, l2.isFinite else { throw ValidationError("--l2 must be a positive number, such as 0.003.") }
    guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1.") }
    guard maxIterations >= 1 else { throw ValidationError("--max-iterations must be at least 1.") }
  }

  func options(role: Role, folds: Int) -> ActTrainingOptions {
    ActTrainingOptions(role: role, l2: l2, minimumCount: minCount, folds: folds, maxIterations: maxIterations, balanced: balanced)
  }
}

/// `rapport acts train`: learns a turn coder from a researcher's codes and writes the model.
struct ActsTrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Learn a turn coder from a CSV of human codes and write it as a model file.",
    discussion: """
      Reads the codes as 'acts evaluate' does (columns session, utterance = the 1-based turn \
      number, role, and the label column; therapist labels mapped to MITI codes or groups \
      with --label-map; client labels such as change / sustain / neutral used as written), \
      reads the transcripts, and fits a multinomial logistic regression over features a \
      person can read (words, word pairs, openings, question form, the rule-based act, \
      overlap with the other speaker, position, length). Cross-validates by session folds \
      (--folds, default 5) and writes the model, its provenance and the cross-validated \
      scores to --out. Use it with 'rapport analyze --acts-model'. docs/acts-model.md \
      describes the model and every option.

      Exit status: 0 trained, 2 a usage or configuration error (unreadable codes or \
      transcripts, codes naming unknown sessions or turns, a label with fewer than 5 turns).
      """)

  @Option(name: .long, help: ArgumentHelp("Transcript files or folders (repeatable). Session id = file name without extension.", valueName: "path"))
  var transcripts: [String] = []

  @Option(name: .long, help: ArgumentHelp("CSV of human codes with columns session, utterance, role and the label column.", valueName: "file"))
  var codes: String

  @Option(name: .long, help: ArgumentHelp("A file of 'label = act' lines mapping therapist labels to Rapport's codes or groups.", valueName: "file"))
  var labelMap: String?

  @Option(name: .long, help: ArgumentHelp("The column holding the coders' labels.", valueName: "name"))
  var labelColumn: String = "behaviour"

  @Option(name: .long, help: ArgumentHelp("Whose turns the model codes: therapist or client.", valueName: "role"))
  var role: String = "therapist"

  @Option(name: .long, help: ArgumentHelp("Cross-validation folds by session (0: none).", valueName: "k"))
  var folds: Int = 5

  @Option(name: .long, help: ArgumentHelp("The model file to write.", valueName: "file"))
  var out: String

  @OptionGroup(title: "Training")
  var training: ActsTrainingOptions

  @Option(name: .long, help: ArgumentHelp("A file of 'label = role' lines extending the built-in speaker labels.", valueName: "file"))
  var speakerMap: String?

  func validate() throws {
    try ActsCommand.validate(role: role, transcripts: transcripts, labelColumn: labelColumn, labelMap: labelMap)
    guard folds == 0 || folds >= 2 else { throw ValidationError("--folds must be 0 (no cross-validation) or at least 2.") }
  }

  func run() throws {
    try CommandSupport.reportingErrors { () throws(RapportError) in
      let role = Role(rawValue: role)!
      let loaded = try ActModelTraining.load(
        codes: codes, labelColumn: labelColumn, labelMap: labelMap, role: role,
        inputs: try CommandSupport.inputs(transcripts),
        ingest: try CommandSupport.ingestOptions(speakerMap: speakerMap, encoding: nil))
      let model = try ActModelTrainer.train(loaded.data, options: training.options(role: role, folds: folds), sources: loaded.sources)
      try ActModelTraining.write(try model.encoded(), to: out)
      let counts = model.training.turnsPerLabel
      print(
        "acts train: a \(role.rawValue) model of \(model.labels.count) labels (\(model.labels.map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", "))) "
          + "from \(counts.values.reduce(0, +)) turn(s) of \(model.training.sessions) session(s); \(model.weights.count) features, "
          + "\(model.training.iterations) iterations\(model.training.converged ? "" : " (stopped before converging; raise --max-iterations)")")
      for line in model.crossValidation?.lines(role: role) ?? [] { print(line) }
      print("wrote \(out)")
    }
  }
}
