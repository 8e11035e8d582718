import Foundation
import RapportIngest
import RapportSupport

/// A trained turn coder as `rapport acts train` writes it (Schemas/acts-model-1.schema.json;
/// docs/acts-model.md describes every key): the labels it codes, the feature families and
/// weights of a multinomial logistic regression, how it was trained, and its cross-validated
/// scores. The same training inputs give the same bytes.
public struct ActModel: Sendable, Codable {
  /// Version of the file's shape; a change to the shape bumps it.
  public static let schemaVersion = "rapport-acts-model/1"
  /// The schema file in Schemas/.
  public static let schemaFile = "acts-model-1.schema.json"
  /// Decimals weights are written with.
  public static let weightDecimals = 6

  /// One feature family: its name prefix and what it means.
  public struct Family: Sendable, Hashable, Codable {
    public var prefix: String
    public var meaning: String
  }

  /// A file the model was trained from, with its SHA-256.
  public struct FileHash: Sendable, Hashable, Codable {
    public var path: String
    public var sha256: String
  }

  /// A transcript the model was trained from.
  public struct SessionHash: Sendable, Hashable, Codable {
    public var session: String
    public var sha256: String
  }

  /// How the model was trained: enough to train it again.
  public struct Training: Sendable, Hashable, Codable {
    public var tool: String
    public var toolVersion: String
    public var codes: FileHash
    public var labelColumn: String
    /// The label map file, when one was given.
    public var labelMap: FileHash?
    /// Every option that shapes the model, by its command-line name.
    public var options: [String: String]
    public var transcripts: [SessionHash]
    public var sessions: Int
    /// Coded turns per label.
    public var turnsPerLabel: [String: Int]
    /// Iterations the optimizer ran, and whether it met its stopping test.
    public var iterations: Int
    public var converged: Bool
  }

  /// `role`'s turns are what the model codes (`therapist` or `client`).
  public var schema: String
  public var role: Role
  /// The labels, in order; each feature's weights are in this order.
  public var labels: [String]
  public var families: [Family]
  /// Feature name → one weight per label; features whose weights all round to zero are left
  /// out. Sorted by name when written.
  public var weights: [String: [Double]]
  public var training: Training
  /// Scores of the same training run by session folds; absent with `--folds 0`.
  public var crossValidation: CrossValidation?

  /// Whether the model codes therapist acts (its labels are MITI codes or groups).
  public var codesActs: Bool { role == .therapist }

  /// The label probabilities of a turn with `features`; names the model does not know are
  /// skipped.
  public func probabilities(_ features: [String]) -> [Double] {
    SoftmaxRegression.probabilities(features.compactMap { weights[$0] }, labels: labels.count)
  }

  /// The most probable label of a turn with `features` (the first in label order on a tie).
  public func label(_ features: [String]) -> String {
    let probabilities = probabilities(features)
    var best = 0
    for index in probabilities.indices where probabilities[index] > probabilities[best] { best = index }
    return labels[best]
  }

  /// The model's file bytes: sorted keys, weights at `weightDecimals` decimals.
  public func encoded() throws(RapportError) -> [UInt8] {
    do {
      return try JSONOutput.encode(self)
    } catch {
      throw RapportError(.configuration, problem: "the model could not be encoded: \(error)", remedy: "Report this as a bug")
    }
  }

  /// `value` rounded to `decimals` decimals, -0 written as 0.
  static func rounded(_ value: Double, decimals: Int = weightDecimals) -> Double {
    let scale = pow(10, Double(decimals))
    let result = (value * scale).rounded() / scale
    return result == 0 ? 0 : result
  }
}
