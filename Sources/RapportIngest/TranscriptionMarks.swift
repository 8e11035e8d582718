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
      index = UnitSearch.firstIndex(of: UInt16(ascii: "["), UInt16(ascii: "<"), UInt16(ascii: "("), in: units, from: index)
      guard index < units.count else { break }
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
      let (kind, firstWord) = describe(UnsafeBufferPointer(rebasing: units[(index + 1)..<end]))
      if !kind.isEmpty, closer != UInt16(ascii: ")") || parenthesisWords.contains(firstWord) {
        events.append(TranscriptEvent(kind: kind, range: index..<(end + 1)))
        index = end + 1
      } else {
        index += 1
      }
    }
    return events
  }

  /// A mark's kind (its content trimmed and lowercased) and the kind's first run of letters.
  static func describe(_ content: UnsafeBufferPointer<UInt16>) -> (kind: String, firstWord: String) {
    if let ascii = describeASCII(content) { return ascii }
    let kind = UTF16Text.string(content).trimmingWhitespace().lowercased()
    let firstWord = kind.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
    return (kind, firstWord)
  }

  /// `describe` code unit by code unit when `content` is all ASCII (most marks), where white
  /// space is tab to carriage return and space, letters are A–Z and a–z, and lowercasing maps
  /// one to the other (what `Character` says of ASCII); nil for any other content.
  static func describeASCII(_ content: UnsafeBufferPointer<UInt16>) -> (kind: String, firstWord: String)? {
    for unit in content where unit >= 0x80 { return nil }
    func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || (0x09...0x0D).contains(unit) }
    func isLetter(_ unit: UInt16) -> Bool { (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }
    var start = 0
    var end = content.count
    while start < end, isSpace(content[start]) { start += 1 }
    while end > start, isSpace(content[end - 1]) { end -= 1 }
    var wordStart = start
    while wordStart < end, !isLetter(content[wordStart]) { wordStart += 1 }
    var wordEnd = wordStart
    while wordEnd < end, isLetter(content[wordEnd]) { wordEnd += 1 }
    return (lowercased(content, start..<end), lowercased(content, wordStart..<wordEnd))
  }

  /// The ASCII code units `content[range]` lowercased, as a string.
  private static func lowercased(_ content: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: range.count) { bytes in
      for (offset, index) in range.enumerated() {
        let unit = UInt8(truncatingIfNeeded: content[index])
        bytes[offset] = unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit
      }
      return range.count
    }
  }
}
