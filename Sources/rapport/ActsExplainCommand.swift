import ArgumentParser
import Foundation
import RapportCore

/// `rapport acts explain`: the heaviest features of each label of a model.
struct ActsExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "List the heaviest features of each label of a trained model.",
    discussion: """
      Prints, per label, the features with the largest positive weights (what most raises \
      the label's odds), with their weights. docs/acts-model.md names every feature family.
      """)

  @Argument(help: ArgumentHelp("The model file (written by 'rapport acts train').", valueName: "model"))
  var model: String

  @Option(name: .long, help: ArgumentHelp("Only this label.", valueName: "label"))
  var label: String?

  @Option(name: .long, help: ArgumentHelp("Features per label.", valueName: "n"))
  var top: Int = 15

  func validate() throws {
    guard top >= 1 else { throw ValidationError("--top must be at least 1.") }
  }

  func run() throws {
    try CommandSupport.reportingErrors { () throws(RapportError) in
      let file = try ActModelFile.load(path: model)
      if let label, !file.model.labels.contains(label) {
        throw RapportError(
          .configuration, file: model, problem: "the model has no label '\(label)'",
          remedy: "Give one of its labels: \(file.model.labels.joined(separator: ", "))")
      }
      print("\(model): a \(file.model.role.rawValue) model of \(file.model.labels.count) labels, \(file.model.weights.count) features (sha256 \(file.sha256))")
      var current: String?
      for entry in file.model.heaviest(top, label: label) {
        if entry.label != current {
          print("\(entry.label):")
          current = entry.label
        }
        print("  \(String(format: "%+.3f", entry.weight))  \(entry.feature)")
      }
    }
  }
}
