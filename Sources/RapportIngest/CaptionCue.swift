import RapportSupport
import RapportText

/// One cue of a caption file: its timing and its text lines as written.
struct CaptionCue {
  /// A line of the file: its 1-based number and its UTF-16 range in the decoded text.
  struct Line {
    var number: Int
    var span: Range<Int>

    /// The line's text in the decoded file's UTF-16 `units`, as written.
    func text(in units: [UInt16]) -> String {
      UTF16Text.string(units[span])
    }
  }

  /// 1-based position among the file's cues.
  var number: Int
  var start: Double
  var end: Double
  /// The cue's text lines (after the timing line).
  var lines: [Line]

  /// The file's lines in groups separated by blank lines: the blocks captions are made of.
  static func blocks(_ units: [UInt16]) -> [[Line]] {
    var blocks: [[Line]] = []
    var current: [Line] = []
    for (index, span) in PlainTextParser.lineSpans(units).enumerated() {
      if units[span].allSatisfy(PlainTextParser.isSpace) {
        if !current.isEmpty { blocks.append(current) }
        current = []
      } else {
        current.append(Line(number: index + 1, span: span))
      }
    }
    if !current.isEmpty { blocks.append(current) }
    return blocks
  }

  /// The cue timing on `line`, or the error a researcher needs when it cannot be read.
  static func timing(
    _ line: Line, units: [UInt16], cue: Int, path: String, example: String
  ) throws(RapportError) -> (start: Double, end: Double) {
    let text = line.text(in: units).trimmingWhitespace()
    guard let timing = CaptionTiming.parse(text) else {
      throw RapportError(
        .input, file: path, line: line.number, problem: "cue \(cue) has an unreadable timing line (\(ContentDigest.describe(text)))",
        remedy: "Write it as '\(example)', with minutes and seconds below 60")
    }
    guard timing.end >= timing.start else {
      throw RapportError(
        .input, file: path, line: line.number,
        problem: "cue \(cue) ends (\(CaptionTiming.format(timing.end))) before it starts (\(CaptionTiming.format(timing.start)))",
        remedy: "Correct the cue's times")
    }
    return timing
  }
}

extension CaptionCue {
  /// Cue `number` of `block`, timed by the line at `timingIndex` and holding the lines after
  /// it; `example` shows a well-formed timing line in errors. (In an extension, so the
  /// memberwise initializer stays.)
  init(
    _ number: Int, block: [Line], timingIndex: Int, units: [UInt16], path: String, example: String
  ) throws(RapportError) {
    let (start, end) = try Self.timing(block[timingIndex], units: units, cue: number, path: path, example: example)
    self.init(number: number, start: start, end: end, lines: Array(block[(timingIndex + 1)...]))
  }
}
