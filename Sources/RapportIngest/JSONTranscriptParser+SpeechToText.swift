import RapportSupport

/// The diarized speech-to-text shapes beyond plain segments: WhisperX / pyannote segments whose
/// speaker is given on their words, and Rev.ai's `monologues`.
extension JSONTranscriptParser.Document {
  /// A label from a `speaker` value: a non-empty string or a number (`0` → `0`).
  static func label(_ node: JSONNode?) -> String? {
    switch node?.value {
    case .string(let text) where !text.trimmingWhitespace().isEmpty: text.trimmingWhitespace()
    case .number(_, let text): text
    default: nil
    }
  }

  /// The speaker of a WhisperX segment that has no `speaker` of its own: the one most of its
  /// `words` carry (the first of them on a tie), or nil when no word has one.
  static func wordSpeaker(_ item: JSONNode) -> String? {
    guard let words = item["words"]?.array else { return nil }
    var counts: [String: Int] = [:]
    var order: [String] = []
    for word in words {
      guard let label = label(word["speaker"]) else { continue }
      if counts[label] == nil { order.append(label) }
      counts[label, default: 0] += 1
    }
    return order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
  }

  /// A segment's text: its `text`, or its `words` joined with spaces when it has none.
  static func segmentText(_ item: JSONNode) -> String? {
    if let text = item["text"]?.string { return text }
    guard let words = item["words"]?.array else { return nil }
    let parts = words.compactMap { $0["word"]?.string ?? $0["text"]?.string }
    return parts.isEmpty ? nil : parts.map { $0.trimmingWhitespace() }.joined(separator: " ")
  }

  /// Turns from Rev.ai's `{"monologues": [{"speaker": 0, "speaker_name": "…", "elements":
  /// [{"type": "text", "value": "Hello", "ts": 0.5, "end_ts": 0.9}, {"type": "punct", …}]}]}`:
  /// one turn per monologue (consecutive ones of one speaker merged unless `keepCues`), the
  /// label `speaker_name` when given, else `Speaker N`.
  func monologues(_ items: [JSONNode], options: IngestOptions) throws(RapportError) -> ParsedTranscript {
    let remedy = "Give every monologue a \"speaker\" and an \"elements\" array of {\"type\", \"value\"} objects"
    var table = SpeakerTable()
    var parsed = ParsedTranscript()
    var turnFirstItem: JSONNode?
    for (index, item) in items.enumerated() {
      let name = "monologue \(index + 1)"
      guard item.isObject else { throw error(at: item, "\(name) is \(item.kindDescription), not an object", remedy: remedy) }
      let label: String
      if let given = Self.label(item["speaker_name"]) {
        label = given
      } else if let number = Self.label(item["speaker"]) {
        label = "Speaker \(number)"
      } else {
        throw error(at: item, "\(name) has no \"speaker\"", remedy: remedy)
      }
      guard let elements = item["elements"]?.array else {
        throw error(at: item, "\(name) has no \"elements\" array", remedy: remedy)
      }
      var text = ""
      var start: Double?
      var end: Double?
      for element in elements {
        guard let value = element["value"]?.string else { continue }
        text += value
        if element["type"]?.string == "text" {
          if start == nil, case .number(let seconds, _)? = element["ts"]?.value, seconds >= 0 { start = seconds }
          if case .number(let seconds, _)? = element["end_ts"]?.value, seconds >= 0 { end = seconds }
        }
      }
      text = text.trimmingWhitespace()
      let speaker = table.index(of: label, line: lines.line(ofUTF16: item.start))
      add(
        text, speaker: speaker, start: start, end: end, item: item, keepCues: options.keepCues, to: &parsed,
        firstItem: &turnFirstItem)
    }
    guard !parsed.turns.isEmpty else {
      throw RapportError(.input, file: path, line: 1, problem: "the JSON holds no monologues", remedy: "Check that the export finished")
    }
    (parsed.speakers, parsed.warnings) = table.speakers(map: options.speakerMap)
    return parsed
  }
}
