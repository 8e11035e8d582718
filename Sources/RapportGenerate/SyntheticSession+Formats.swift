import RapportIngest
import RapportSupport

extension SyntheticSession {
  /// The session written as a transcript file of `format`.
  public func encoded(as format: TranscriptFormat) -> [UInt8] {
    switch format {
    case .text: Array(plainText().utf8)
    case .webvtt: Array(captions(webVTT: true).utf8)
    case .srt: Array(captions(webVTT: false).utf8)
    case .json: nativeJSON()
    case .csv, .tsv: delimited(format == .csv ? "," : "\t")
    }
  }

  /// Speaker-labelled text with `#` metadata lines and, in some sessions, timestamps.
  func plainText() -> String {
    var text = "# \(provenanceNote)\n# Themes: \(themes.joined(separator: ", "))\n\n"
    for turn in turns {
      if timestamped { text += "[\(Self.clock(turn.start, fraction: false))] " }
      text += "\(label(turn)): \(turn.text)\n\n"
    }
    return text
  }

  /// WebVTT (a voice tag on every cue) or SRT (a `Name:` prefix on a turn's first cue), long
  /// turns split into cues of at most sixteen words.
  func captions(webVTT: Bool) -> String {
    var lines: [String] = webVTT ? ["WEBVTT", "", "NOTE", provenanceNote, ""] : []
    var cueNumber = 0
    for turn in turns {
      let pieces = Self.cuePieces(turn.text, maximumWords: 16)
      let total = pieces.reduce(0) { $0 + $1.count }
      var start = turn.start
      for (index, piece) in pieces.enumerated() {
        cueNumber += 1
        let end = index == pieces.count - 1 ? turn.end : start + (turn.end - turn.start) * piece.count / max(total, 1)
        let text = piece.joined(separator: " ")
        if !webVTT { lines.append(String(cueNumber)) }
        let separator: Character = webVTT ? "." : ","
        lines.append("\(Self.clock(start, separator: separator)) --> \(Self.clock(end, separator: separator))")
        if webVTT {
          lines.append("<v \(label(turn))>\(text)")
        } else {
          lines.append(index == 0 ? "\(label(turn)): \(text)" : text)
        }
        lines.append("")
        start = end
      }
    }
    return lines.joined(separator: "\n")
  }

  /// A `rapport-transcript/1` document.
  func nativeJSON() -> [UInt8] {
    var json = "{\n  \"schema\": \(Self.quoted(JSONTranscriptParser.schema)),\n"
    json += "  \"metadata\": {\n    \"title\": \(Self.quoted("Synthetic session \(number)")),\n"
    json += "    \"note\": \(Self.quoted(provenanceNote)),\n    \"themes\": \(Self.quoted(themes.joined(separator: ", ")))\n  },\n"
    json += "  \"speakers\": [\n    {\"label\": \(Self.quoted(therapistLabel)), \"role\": \"therapist\"},\n"
    json += "    {\"label\": \(Self.quoted(clientLabel)), \"role\": \"client\"}\n  ],\n  \"turns\": [\n"
    json += turns.map { turn in
      "    {\"speaker\": \(Self.quoted(label(turn))), \"start\": \(Self.seconds(turn.start)), \"end\": \(Self.seconds(turn.end)), \"text\": \(Self.quoted(turn.text))}"
    }.joined(separator: ",\n")
    json += "\n  ]\n}\n"
    return Array(json.utf8)
  }

  /// One row per turn: speaker, start, end, text.
  func delimited(_ separator: String) -> [UInt8] {
    var table = CSVTable(header: ["speaker", "start", "end", "text"])
    table.rows = turns.map { [label($0), Self.seconds($0.start), Self.seconds($0.end), $0.text] }
    guard separator == "," else {
      let rows = [table.header] + table.rows
      return Array(rows.map { $0.map(CSVTable.field).joined(separator: separator) + "\n" }.joined().utf8)
    }
    return table.encoded()
  }

  /// `hh:mm:ss` or `hh:mm:ss.ttt` for a time in milliseconds.
  static func clock(_ milliseconds: Int, fraction: Bool = true, separator: Character = ".") -> String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    let whole = "\(pad(milliseconds / 3_600_000, 2)):\(pad(milliseconds / 60_000 % 60, 2)):\(pad(milliseconds / 1000 % 60, 2))"
    return fraction ? whole + String(separator) + pad(milliseconds % 1000, 3) : whole
  }

  /// Seconds with three decimals, as JSON and CSV write them.
  static func seconds(_ milliseconds: Int) -> String {
    let fraction = String(milliseconds % 1000)
    return "\(milliseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
  }

  /// A JSON string literal.
  static func quoted(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\t": output += "\\t"
      case "\r": output += "\\r"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }

  /// The words of `text` in groups of at most `maximumWords`, never splitting a bracketed mark.
  static func cuePieces(_ text: String, maximumWords: Int) -> [[String]] {
    var words: [String] = []
    var depth = 0
    var current = ""
    for character in text {
      if "[<(".contains(character) { depth += 1 }
      if "]>)".contains(character) { depth = max(0, depth - 1) }
      if character == " ", depth == 0 {
        if !current.isEmpty { words.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { words.append(current) }
    var pieces: [[String]] = []
    var index = 0
    while index < words.count {
      pieces.append(Array(words[index..<min(words.count, index + maximumWords)]))
      index += maximumWords
    }
    return pieces.isEmpty ? [[]] : pieces
  }
}
