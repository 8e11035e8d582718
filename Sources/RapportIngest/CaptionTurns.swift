import RapportSupport
import RapportText

/// Turns from caption cues: the speaker of each cue line from a voice tag or a `Name:`
/// prefix, lines without one continuing the speaker before them, and consecutive cues of one
/// speaker merged into one turn unless asked to keep them apart.
enum CaptionTurns {
  /// The transcript that `cues` of the file at `path` hold.
  static func build(
    _ cues: [CaptionCue], decoded: DecodedText, units: [UInt16], path: String, options: IngestOptions,
    references: Bool
  ) throws(RapportError) -> ParsedTranscript {
    var table = SpeakerTable()
    var segments: [Segment] = []
    for cue in cues {
      var inCue: Segment?
      for line in cue.lines {
        var cleaned = CaptionLine(line.text(in: units), references: references)
        if cleaned.voice == nil, let (label, rest) = PlainTextParser.splitLabel(Array(cleaned.text.utf16)[...]) {
          cleaned = CaptionLine(voice: label, text: UTF16Text.string(rest))
        }
        if let label = cleaned.voice {
          let speaker = table.index(of: label, line: line.number)
          if let open = inCue, open.speaker == speaker {
            inCue!.add(cleaned.text, through: line.span.upperBound)
            continue
          }
          if let open = inCue { segments.append(open) }
          inCue = Segment(speaker: speaker, cue: cue, line: line, text: cleaned.text)
        } else if inCue != nil {
          inCue!.add(cleaned.text, through: line.span.upperBound)
        } else if !cleaned.text.isEmpty {
          guard let previous = segments.last?.speaker else {
            throw RapportError(
              .input, file: path, line: line.number, problem: "cue \(cue.number) names no speaker",
              remedy: "Start its text with a voice tag such as '<v Therapist>' or a label such as 'Therapist:'")
          }
          inCue = Segment(speaker: previous, cue: cue, line: line, text: cleaned.text)
        }
      }
      if let open = inCue { segments.append(open) }
    }
    guard !segments.isEmpty else {
      throw RapportError(
        .input, file: path, problem: "no cues with text found",
        remedy: "Check that the file holds captions, or choose another format with --input-format")
    }

    var merged: [Segment] = []
    for segment in segments {
      if !options.keepCues, let last = merged.last, last.speaker == segment.speaker {
        merged[merged.count - 1].extend(with: segment)
      } else {
        merged.append(segment)
      }
    }
    var parsed = ParsedTranscript()
    parsed.turns = merged.enumerated().map { index, segment in
      let text = segment.texts.filter { !$0.isEmpty }.joined(separator: " ")
      return Turn(
        number: index + 1, speaker: segment.speaker, text: text, start: segment.start, end: segment.end,
        line: segment.line,
        byteRange: decoded.byteOffset(ofUTF16: segment.unitStart)..<decoded.byteOffset(ofUTF16: segment.unitEnd),
        events: TranscriptionMarks.find(in: text))
    }
    (parsed.speakers, parsed.warnings) = table.speakers(map: options.speakerMap)
    return parsed
  }

  /// What one speaker says in one or more cues, before it becomes a turn.
  private struct Segment {
    var speaker: Int
    var texts: [String]
    var start: Double
    var end: Double
    var line: Int
    var unitStart: Int
    var unitEnd: Int

    init(speaker: Int, cue: CaptionCue, line: CaptionCue.Line, text: String) {
      self.speaker = speaker
      texts = [text]
      start = cue.start
      end = cue.end
      self.line = line.number
      unitStart = line.span.lowerBound
      unitEnd = line.span.upperBound
    }

    mutating func add(_ text: String, through unitEnd: Int) {
      texts.append(text)
      self.unitEnd = unitEnd
    }

    mutating func extend(with next: Segment) {
      texts += next.texts
      end = max(end, next.end)
      unitEnd = next.unitEnd
    }
  }
}
