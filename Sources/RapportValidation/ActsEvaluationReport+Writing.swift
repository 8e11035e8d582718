import RapportSupport

extension ActsEvaluationReport {
  /// Writes the report as JSON (sorted keys, numbers rounded) to `path`, atomically.
  public func write(to path: String) throws(RapportError) {
    let bytes: [UInt8]
    do {
      bytes = try JSONOutput.encode(self)
    } catch {
      throw RapportError(.configuration, file: path, problem: "cannot encode the report as JSON (\(error))")
    }
    do {
      try FileSystem.writeAtomically(bytes, to: path)
    } catch {
      throw RapportError(
        .configuration, file: path, problem: "cannot write the report (\(error.reason))",
        remedy: "Check that the folder exists and is writable, or choose another --out")
    }
  }
}
