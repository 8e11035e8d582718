import RapportIngest
import RapportSupport

/// Generate's entry point: writes a folder of synthetic transcripts for scale and speed tests.
///
/// The same seed always gives the same bytes (see `SeededRandom`); session `k` is the same
/// whatever the number of sessions asked for, so a larger corpus extends a smaller one. The
/// text is stitched from `PhraseBank` templates: realistic in length (5,000–9,000 words),
/// vocabulary and markup, but not in meaning — never use it to judge a lexicon or an indicator.
public enum CorpusGenerator {
  /// Words a generated session has at least and at most, as Rapport counts them.
  public static let wordRange = 5_000...9_000

  /// Session `number` (1-based) of the corpus generated with `seed`.
  public static func session(_ number: Int, seed: UInt64) -> SyntheticSession {
    var composer = SessionComposer(seed: seed, number: number)
    return composer.compose()
  }

  /// The file name of session `number` in `format`: `synthetic-0001.vtt`.
  public static func fileName(_ number: Int, format: TranscriptFormat) -> String {
    let digits = String(number)
    let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    let fileExtension =
      switch format {
      case .text: "txt"
      case .webvtt: "vtt"
      default: format.rawValue
      }
    return "synthetic-\(padded).\(fileExtension)"
  }

  /// Writes sessions 1 through `sessions` in `format` into `folder`; returns the paths written.
  public static func write(
    sessions: Int, seed: UInt64, format: TranscriptFormat, to folder: String
  ) throws(RapportError) -> [String] {
    try FileSystem.createOutputFolder(folder)
    var written: [String] = []
    for number in 1...max(sessions, 1) {
      let path = folder + (folder.hasSuffix("/") ? "" : "/") + fileName(number, format: format)
      try FileSystem.writeOutput(
        session(number, seed: seed).encoded(as: format), to: path,
        remedy: "Check the output folder's permissions and free space")
      written.append(path)
    }
    return written
  }
}
