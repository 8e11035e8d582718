import Foundation
import RapportSupport

extension ValidationReport {
  /// File names the report is written under.
  public static let jsonFile = "validation.json"
  public static let markdownFile = "validation.md"

  /// Writes validation.json (sorted keys) and validation.md into `directory`, creating it.
  /// - Returns: the paths written.
  @discardableResult
  public func write(to directory: String) throws(RapportError) -> [String] {
    try FileSystem.createOutputFolder(directory)
    let json: [UInt8]
    do {
      json = try JSONOutput.encode(self)
    } catch {
      throw RapportError(.configuration, problem: "cannot encode the validation report (\(error))")
    }
    var written: [String] = []
    for (name, bytes) in [(Self.jsonFile, json), (Self.markdownFile, Array(markdown().utf8))] {
      let path = (directory as NSString).appendingPathComponent(name)
      try FileSystem.writeOutput(bytes, to: path)
      written.append(path)
    }
    return written
  }
}
