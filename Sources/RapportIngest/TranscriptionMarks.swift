import RapportSupport
import RapportText

/// Transcription marks inside a turn: anything in square or angle brackets (`[laughs]`,
/// `<pause>`), and parenthesised marks whose first word is a known mark word (`(inaudible)`,
/// `(long pause)`), so ordinary parenthetical speech stays words.
public enum TranscriptionMarks {
  /// First words that make a parenthesis a transcription mark.
  static let parenthesisWords: Set<String> = [
    "inaudible", "unintelligible", "indistinct", "crosstalk", "overlapping", "laughs", "laughing",
    "laughter", "laugh", "chuckles", "chuckling", "giggles", "sighs", "sighing", "sigh", "pause",
    "pauses", "long", "short", "silence", "silent", "crying", "cries", "tearful", "sobbing",
    "coughs", "clears", "sniffles", "both", "background", "phone", "noise", "unclear", "redacted",
  ]

  /// The marks in `text`, in order, with UTF-16 ranges.
  public static func find(in text: String) -> [TranscriptEvent] {
    Array(text.utf16).withUnsafeBufferPointer { find(in: $0) }
  }

  /// The marks in the UTF-16 text `units`, in order, with ranges from its start.
  static func find(in units: UnsafeBufferPointer<UInt16>) -> [TranscriptEvent] {
    var events: [TranscriptEvent] = []
    var index = 0
    while index < units.count {
      let unit = units[index]
      let closer: UInt16? =
        switch unit {
        case UInt16(ascii: "["): UInt16(ascii: "]")
        case UInt16(ascii: "<"): UInt16(ascii: ">")
        case UInt16(ascii: "("): UInt16(ascii: ")")
        default: nil
        }
      guard let closer else {
        index += 1
        continue
      }
      let limit = min(units.count, index + 42)
      guard let end = units[(index + 1)..<limit].firstIndex(of: closer),
        !units[(index + 1)..<end].contains(unit)
      else {
        index += 1
        continue
      }
      let kind = UTF16Text.string(UnsafeBufferPointer(rebasing: units[(index + 1)..<end]))
        .trimmingWhitespace().lowercased()
      let firstWord = kind.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
      if !kind.isEmpty, closer != UInt16(ascii: ")") || parenthesisWords.contains(firstWord) {
        events.append(TranscriptEvent(kind: kind, range: index..<(end + 1)))
        index = end + 1
      } else {
        index += 1
      }
    }
    return events
  }
}
