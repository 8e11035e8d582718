import RapportSupport

/// Reads SubRip (SRT) captions: numbered cues, each a number line, a timing line
/// `00:00:01,000 --> 00:00:04,000` and text lines, separated by blank lines. Speakers come
/// from `Name:` prefixes (or `<v Name>` voice tags); `<i>`, `<b>`, `<font>` and `{\an8}`
/// markup is removed (see `CaptionTurns`).
public enum SRTParser {
  /// Parses decoded SRT; `path` names the file in errors.
  public static func parse(_ decoded: DecodedText, path: String, options: IngestOptions) throws(RapportError) -> ParsedTranscript {
    let units = decoded.units
    var cues: [CaptionCue] = []
    for block in CaptionCue.blocks(units) {
      let number = cues.count + 1
      let first = block[0].text(in: units).trimmingWhitespace()
      let timingIndex: Int
      if first.contains("-->") {
        timingIndex = 0
      } else if !first.isEmpty, first.allSatisfy(\.isASCIIDigitCharacter), block.count > 1 {
        timingIndex = 1
      } else {
        throw RapportError(
          .input, file: path, line: block[0].number,
          problem: "expected the number of cue \(number) or its timing line, found \(ContentDigest.describe(first))",
          remedy: "Start each cue with its number and a line such as '00:00:01,000 --> 00:00:04,000', and separate cues with one blank line")
      }
      cues.append(try CaptionCue(
        number, block: block, timingIndex: timingIndex, units: units, path: path, example: "00:00:01,000 --> 00:00:04,000"))
    }
    guard !cues.isEmpty else {
      throw RapportError(.input, file: path, problem: "no cues found", remedy: "Check that the file holds SRT captions")
    }
    return try CaptionTurns.build(cues, decoded: decoded, units: units, path: path, options: options, references: false)
  }
}
