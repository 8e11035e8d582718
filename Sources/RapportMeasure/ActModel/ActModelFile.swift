import Foundation
import RapportIngest
import RapportSupport

/// A model file as read: where it came from, its SHA-256 (recorded in the provenance of
/// every output coded with it), and the model.
public struct ActModelFile: Sendable, Hashable {
  public var path: String
  public var sha256: String
  public var model: ActModel

  /// The model in the file at `path`. Throws, naming the file, when it cannot be read, is
  /// not a model, or was written for another schema version.
  public static func load(path: String) throws(RapportError) -> ActModelFile {
    let bytes = try FileSystem.readConfiguration(path, what: "the model file", remedy: "Check the model path")
    return try parse(bytes, path: path)
  }

  /// The model in `bytes`; `path` names the file in errors.
  public static func parse(_ bytes: [UInt8], path: String) throws(RapportError) -> ActModelFile {
    struct Header: Decodable { var schema: String? }
    let header: Header
    do {
      header = try JSONDecoder().decode(Header.self, from: Data(bytes))
    } catch {
      throw RapportError(
        .configuration, file: path, problem: "not a Rapport model file (not a JSON object)",
        remedy: "Give a file written by 'rapport acts train'")
    }
    guard let schema = header.schema, schema.hasPrefix("rapport-acts-model/") else {
      throw RapportError(
        .configuration, file: path, problem: "not a Rapport model file (no \"schema\": \"\(ActModel.schemaVersion)\")",
        remedy: "Give a file written by 'rapport acts train'")
    }
    guard schema == ActModel.schemaVersion else {
      throw RapportError(
        .configuration, file: path,
        problem: "the model was written for schema '\(schema)'; this Rapport reads '\(ActModel.schemaVersion)'",
        remedy: "Train the model again with this version's 'rapport acts train'")
    }
    let model: ActModel
    do {
      model = try JSONDecoder().decode(ActModel.self, from: Data(bytes))
    } catch {
      throw RapportError(
        .configuration, file: path, problem: "the model file does not have the shape of \(ActModel.schemaFile): \(Self.describe(error))",
        remedy: "Give the file as 'rapport acts train' wrote it, or train the model again")
    }
    if let bad = model.weights.sorted(by: { $0.key < $1.key }).first(where: { $0.value.count != model.labels.count }) {
      throw RapportError(
        .configuration, file: path,
        problem: "the feature '\(bad.key)' has \(bad.value.count) weight(s) for \(model.labels.count) label(s)",
        remedy: "Give the file as 'rapport acts train' wrote it, or train the model again")
    }
    if model.role == .therapist, let bad = model.labels.first(where: { ActLabel(rawValue: $0) == nil }) {
      throw RapportError(
        .configuration, file: path, problem: "the therapist model's label '\(bad)' is not a Rapport act",
        remedy: "Give the file as 'rapport acts train' wrote it, or train the model again")
    }
    guard model.role != .other, model.labels.count >= 2 else {
      throw RapportError(
        .configuration, file: path, problem: "the model codes no therapist or client labels",
        remedy: "Give the file as 'rapport acts train' wrote it, or train the model again")
    }
    return ActModelFile(path: path, sha256: TranscriptReader.sha256Hex(bytes), model: model)
  }

  /// A decoding error in a sentence: the key path and what was wrong.
  static func describe(_ error: Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
      context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context): return "'\(path(context).isEmpty ? "" : path(context) + ".")\(key.stringValue)' is missing"
    case .typeMismatch(_, let context), .dataCorrupted(let context), .valueNotFound(_, let context):
      return "'\(path(context))': \(context.debugDescription)"
    @unknown default: return "\(error)"
    }
  }

  // A model's weights make hashing them costly; its file's hash names it.
  public static func == (a: ActModelFile, b: ActModelFile) -> Bool { a.sha256 == b.sha256 && a.path == b.path }
  public func hash(into hasher: inout Hasher) { hasher.combine(sha256) }
}
