import RapportSupport

/// Reads WebVTT captions: a `WEBVTT` header, then cues (an optional identifier line, a timing
/// line `00:00:01.000 --> 00:00:04.000` with optional settings, text lines), with `NOTE`,
/// `STYLE` and `REGION` blocks skipped. Speakers come from `<v Name>` voice tags or `Name:`
/// prefixes (see `CaptionTurns`).
public enum WebVTTParser {
  /// Parses decoded WebVTT; `path` names the file in errors.
  public static func parse(_ decoded: DecodedText, path: String, options: IngestOptions) throws(RapportError) -> ParsedTranscript {
    let units = decoded.units
    var blocks = CaptionCue.blocks(units)[...]
    let header = blocks.first.map { $0[0].text(in: units) } ?? ""
    guard header.hasPrefix("WEBVTT"), header.count == 6 || header.dropFirst(6).first?.isWhitespace == true,
      blocks.first?.first?.number == 1
    else {
      throw RapportError(
        .input, file: path, line: 1, problem: "a WebVTT file must start with the line 'WEBVTT'",
        remedy: "Add 'WEBVTT' as the first line, or choose the file's real format with --input-format")
    }
    if let cueInHeader = blocks.first?.first(where: { $0.text(in: units).contains("-->") }) {
      throw RapportError(
        .input, file: path, line: cueInHeader.number, problem: "the first cue follows the 'WEBVTT' header without a blank line",
        remedy: "Put one blank line after the header lines")
    }
    blocks = blocks.dropFirst()

    var cues: [CaptionCue] = []
    for block in blocks {
      let first = block[0].text(in: units)
      if ["NOTE", "STYLE", "REGION"].contains(where: { first == $0 || first.hasPrefix($0 + " ") || first.hasPrefix($0 + "\t") }) {
        continue
      }
      let number = cues.count + 1
      let timingIndex = first.contains("-->") ? 0 : 1
      guard timingIndex < block.count, block[timingIndex].text(in: units).contains("-->") else {
        throw RapportError(
          .input, file: path, line: block[0].number,
          problem: "cue \(number) has no timing line (found \(ContentDigest.describe(first.trimmingWhitespace())))",
          remedy: "Give each cue a line such as '00:00:01.000 --> 00:00:04.000', and separate cues with one blank line")
      }
      cues.append(try CaptionCue(
        number, block: block, timingIndex: timingIndex, units: units, path: path, example: "00:00:01.000 --> 00:00:04.000"))
    }
    return try CaptionTurns.build(cues, decoded: decoded, units: units, path: path, options: options, references: true)
  }
}
