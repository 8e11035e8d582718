/// The transcript file formats Rapport reads.
public enum TranscriptFormat: String, Sendable, CaseIterable, Codable {
  /// Speaker-labelled plain text (`T: …`, `Client: …`).
  case text

  /// File extensions (lowercased, no dot) that mark a transcript when walking a folder.
  public static let transcriptExtensions: Set<String> = ["txt", "text"]

  /// The format a file's name and bytes suggest.
  public static func detect(path: String, bytes: [UInt8]) -> TranscriptFormat {
    .text
  }
}
