import RapportIngest
import RapportSupport

/// The whole of `rapport acts train` and `acts evaluate --folds/--model` below the command
/// line: read the codes and label map, read and featurize the transcripts, align, train or
/// score, write.
public enum ActModelTraining {
  /// The codes file at `codes` (labels in `labelColumn`, therapist labels mapped to acts with
  /// the label map at `labelMap`), aligned with `inputs`, and the provenance of both files.
  public static func load(
    codes: String, labelColumn: String, labelMap: String?, role: Role, inputs: [BatchInput], ingest: IngestOptions,
    forTraining: Bool = true
  ) throws(RapportError) -> (data: ActTrainingData, sources: ActModelTrainer.Sources) {
    let map: ActLabelMap? =
      role == .therapist ? try labelMap.map { path throws(RapportError) in try ActLabelMap.load(path: path) } ?? ActLabelMap() : nil
    let coded = try ActCodes.load(path: codes, labelColumn: labelColumn, map: map)
    let sessions = try ActTrainingData.read(inputs, ingest: ingest)
    let data = try ActTrainingData.align(codes: coded, sessions: sessions, role: role, forTraining: forTraining)
    let sources = ActModelTrainer.Sources(
      codes: ActModel.FileHash(path: codes, sha256: try hash(codes, what: "the codes file")), labelColumn: labelColumn,
      labelMap: try labelMap.map { path throws(RapportError) in
        ActModel.FileHash(path: path, sha256: try hash(path, what: "the label map"))
      })
    return (data, sources)
  }

  /// Writes `bytes` to `path` atomically.
  public static func write(_ bytes: [UInt8], to path: String) throws(RapportError) {
    try FileSystem.writeOutput(bytes, to: path, remedy: "Check that the folder exists and is writable, or choose another --out")
  }

  /// `value` as JSON bytes (sorted keys).
  public static func json(_ value: some Encodable) throws(RapportError) -> [UInt8] {
    do {
      return try JSONOutput.encode(value)
    } catch {
      throw RapportError(.configuration, problem: "cannot encode as JSON (\(error))", remedy: "Report this as a bug")
    }
  }

  static func hash(_ path: String, what: String) throws(RapportError) -> String {
    TranscriptReader.sha256Hex(try FileSystem.readConfiguration(path, what: what, remedy: "Check the path"))
  }
}
