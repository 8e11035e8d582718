import RapportSupport

/// Reads JSON transcripts: Rapport's own `rapport-transcript/1` format (see
/// `Schemas/transcript-1.schema.json`), and the shapes speech-to-text tools write — a
/// top-level array of segments `{speaker, start, end, text}`, or an object with such an array
/// under `segments` (WhisperX and pyannote exports; a segment without a `speaker` takes the one
/// most of its `words` carry), or Rev.ai's `monologues`. Consecutive segments of one speaker become one turn unless
/// `IngestOptions.keepCues` is set; turns of the native format are never merged.
public enum JSONTranscriptParser {
  /// The `schema` value of the native format this version reads.
  public static let schema = "rapport-transcript/1"

  /// Parses decoded JSON; `path` names the file in errors.
  public static func parse(_ decoded: DecodedText, path: String, options: IngestOptions) throws(RapportError) -> ParsedTranscript {
    let units = decoded.units
    let document = Document(path: path, decoded: decoded, lines: LineIndex(units))
    let root: JSONNode
    do {
      root = try JSONNode.parse(units)
    } catch {
      throw RapportError(
        .input, file: path, line: document.lines.line(ofUTF16: error.offset),
        problem: "not valid JSON: \(error.problem)", remedy: "Fix the JSON at that line")
    }
    if let segments = root.array {
      return try document.segments(segments, options: options)
    }
    if root.isObject, root["schema"] != nil {
      return try document.native(root, options: options)
    }
    if root.isObject, let monologues = root["monologues"] {
      guard let items = monologues.array else {
        throw document.error(at: monologues, "\"monologues\" is \(monologues.kindDescription), not an array", remedy: "Make \"monologues\" an array of {\"speaker\", \"elements\"} objects")
      }
      return try document.monologues(items, options: options)
    }
    if root.isObject, let segments = root["segments"] {
      guard let items = segments.array else {
        throw document.error(at: segments, "\"segments\" is \(segments.kindDescription), not an array", remedy: "Make \"segments\" an array of {\"speaker\", \"start\", \"end\", \"text\"} objects")
      }
      return try document.segments(items, options: options)
    }
    throw document.error(
      at: root,
      "expected a Rapport transcript (an object with \"schema\": \"\(schema)\"), an array of segments, or an object with a \"segments\" or \"monologues\" array",
      remedy: "See docs/transcript-formats.md for the JSON shapes Rapport reads")
  }

  /// A parsed JSON file and what is needed to turn its nodes into turns and errors.
  struct Document {
    var path: String
    var decoded: DecodedText
    var lines: LineIndex

    /// An input error at the line where `node` starts.
    func error(at node: JSONNode, _ problem: String, remedy: String) -> RapportError {
      RapportError(.input, file: path, line: lines.line(ofUTF16: node.start), problem: problem, remedy: remedy)
    }

    /// A string member `key` of `item`, or an error calling `item` by `name`.
    func text(_ item: JSONNode, _ key: String, of name: String, remedy: String) throws(RapportError) -> String {
      guard let text = item[key]?.string else {
        throw error(at: item, "\(name) has no \"\(key)\" string", remedy: remedy)
      }
      return text
    }

    /// The start and end times of `item` in seconds: numbers, or times such as "00:01:02.5".
    func times(_ item: JSONNode, of name: String) throws(RapportError) -> (Double?, Double?) {
      var values: [Double?] = []
      for key in ["start", "end"] {
        guard let node = item[key], !node.isNull else {
          values.append(nil)
          continue
        }
        let value: Double? =
          switch node.value {
          case .number(let number, _): number >= 0 ? number : nil
          case .string(let text): CaptionTiming.secondsOrTime(text)
          default: nil
          }
        guard let value else {
          throw error(at: node, "\"\(key)\" of \(name) is not a time", remedy: "Write seconds as a number (12.5) or a time as a string (\"00:00:12.5\")")
        }
        values.append(value)
      }
      if let start = values[0], let end = values[1], end < start {
        throw error(
          at: item, "\(name) ends (\(CaptionTiming.format(end))) before it starts (\(CaptionTiming.format(start)))",
          remedy: "Correct its \"start\" and \"end\"")
      }
      return (values[0], values[1])
    }

    /// A turn from the JSON nodes `first` through `last`.
    func turn(number: Int, speaker: Int, text: String, start: Double?, end: Double?, first: JSONNode, last: JSONNode) -> Turn {
      Turn(
        number: number, speaker: speaker, text: text, start: start, end: end,
        line: lines.line(ofUTF16: first.start),
        byteRange: decoded.byteOffset(ofUTF16: first.start)..<decoded.byteOffset(ofUTF16: last.end),
        events: TranscriptionMarks.find(in: text))
    }

    /// Adds the turn of `item` to `parsed`, joined to the previous turn when the same speaker
    /// goes on (unless `keepCues`); `firstItem` is the node where the turn being built began.
    func add(
      _ text: String, speaker: Int, start: Double?, end: Double?, item: JSONNode, keepCues: Bool,
      to parsed: inout ParsedTranscript, firstItem: inout JSONNode?
    ) {
      if !keepCues, let last = parsed.turns.last, last.speaker == speaker, let first = firstItem {
        let joined = [last.text, text].filter { !$0.isEmpty }.joined(separator: " ")
        parsed.turns[parsed.turns.count - 1] = turn(
          number: last.number, speaker: speaker, text: joined, start: last.start ?? start, end: end ?? last.end,
          first: first, last: item)
      } else {
        parsed.turns.append(
          turn(number: parsed.turns.count + 1, speaker: speaker, text: text, start: start, end: end, first: item, last: item))
        firstItem = item
      }
    }

    /// Turns from speech-to-text segments.
    func segments(_ items: [JSONNode], options: IngestOptions) throws(RapportError) -> ParsedTranscript {
      let remedy = "Give every segment a \"speaker\" and a \"text\""
      var table = SpeakerTable()
      var parsed = ParsedTranscript()
      var turnFirstItem: JSONNode?
      for (index, item) in items.enumerated() {
        let name = "segment \(index + 1)"
        guard item.isObject else {
          throw error(at: item, "\(name) is \(item.kindDescription), not an object", remedy: remedy)
        }
        // WhisperX leaves "speaker" off a segment it could not assign, but may give its words one.
        guard let label = Self.label(item["speaker"]) ?? Self.wordSpeaker(item) else {
          throw error(
            at: item, "\(name) has no \"speaker\" (nor do its words)",
            remedy: "Export the transcript with speaker labels (diarization), or add a \"speaker\" to every segment")
        }
        guard let rawText = Self.segmentText(item) else {
          throw error(at: item, "\(name) has no \"text\" string (nor \"words\")", remedy: remedy)
        }
        let text = rawText.trimmingWhitespace()
        let (start, end) = try times(item, of: name)
        let speaker = table.index(of: label, line: lines.line(ofUTF16: item.start))
        add(
          text, speaker: speaker, start: start, end: end, item: item, keepCues: options.keepCues, to: &parsed,
          firstItem: &turnFirstItem)
      }
      guard !parsed.turns.isEmpty else {
        throw RapportError(.input, file: path, line: 1, problem: "the JSON holds no segments", remedy: "Check that the export finished")
      }
      (parsed.speakers, parsed.warnings) = table.speakers(map: options.speakerMap)
      return parsed
    }
  }
}
