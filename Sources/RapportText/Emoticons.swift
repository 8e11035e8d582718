/// Common ASCII emoticons, found in a turn's UTF-16 text so that the tokenizer can make each
/// one a single token of kind `.emoticon` (ICU's word breaks split `:(` into two punctuation
/// tokens, and `<3` into a symbol and a number).
///
/// The list (docs/lexicon-format.md, section 3): `:)`, `:-)`, `:(`, `:-(`, `:'(`, `:D`, `:-D`,
/// `;)`, `;-)`, `:/`, `:-/`, `:P`, `:p`, `:-P`, `:-p`, `<3`, `</3`, `D:`, `xD`, `XD`. An
/// emoticon counts only when it stands alone: after the start of the turn or a space, and
/// before the end, a space, or one of `. , ! ?` — so `time:(10 minutes)` and `http://` hold
/// none.
///
/// `Sendable` notes: a value type; the tokenizer keeps one per worker and reuses its storage.
struct Emoticons {
  /// The emoticons, as UTF-16 code units.
  static let all: [[UInt16]] = [
    ":)", ":-)", ":(", ":-(", ":'(", ":D", ":-D", ";)", ";-)", ":/", ":-/", ":P", ":p", ":-P", ":-p",
    "<3", "</3", "D:", "xD", "XD",
  ].map { Array($0.utf16) }

  /// Whether an emoticon can start with `unit` (`:` `;` `<` `D` `x` `X`): a switch, not a set
  /// lookup, since it runs for every code unit of every turn.
  private static func canStart(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x3A, 0x3B, 0x3C, 0x44, 0x78, 0x58: true
    default: false
    }
  }

  /// Whether a segment starting with UTF-16 unit `unit` is an emoji: a lead surrogate of the
  /// pictographic planes (U+1F000–U+1FBFF: faces, hearts, gestures) or a code unit of the
  /// Miscellaneous Symbols and Dingbats blocks (U+2600–U+27BF: `☹`, `❤`). Such a segment is one
  /// token that lexicon entries can name, as ASCII emoticons are.
  static func isEmoji(_ unit: UInt16) -> Bool {
    (0xD83C...0xD83E).contains(unit) || (0x2600...0x27BF).contains(unit)
  }

  /// Starts and ends (UTF-16 offsets) of the emoticons found by the last `find`, in order.
  private(set) var spans: [(start: Int, end: Int)] = []
  /// Index of the first span not yet passed by `token(at:)`.
  private var next = 0

  /// Finds the emoticons of `text`, replacing those of the previous call.
  ///
  /// - Complexity: O(n) in the length of `text`; no allocation when it holds none.
  mutating func find(in text: UnsafeBufferPointer<UInt16>) {
    spans.removeAll(keepingCapacity: true)
    next = 0
    var index = 0
    while index < text.count {
      let unit = text[index]
      guard Self.canStart(unit), index == 0 || Self.isSpace(text[index - 1]) else {
        index += 1
        continue
      }
      var matched = 0
      for emoticon in Self.all where emoticon[0] == unit && emoticon.count > matched && index + emoticon.count <= text.count {
        if zip(emoticon.indices, emoticon).allSatisfy({ text[index + $0] == $1 }) { matched = emoticon.count }
      }
      let end = index + matched
      if matched > 0, end == text.count || Self.isSpace(text[end]) || Self.isClosing(text[end]) {
        spans.append((index, end))
        index = end
      } else {
        index += 1
      }
    }
  }

  /// What the tokenizer does with the ICU segment starting at `start`: nil to keep it as it
  /// is, `-1` to drop it (it lies inside an emoticon already emitted), or the end of the
  /// emoticon that starts there. Segments must be asked about in order.
  mutating func token(at start: Int) -> Int? {
    while next < spans.count, spans[next].end <= start { next += 1 }
    guard next < spans.count, spans[next].start <= start else { return nil }
    return spans[next].start == start ? spans[next].end : -1
  }

  private static func isSpace(_ unit: UInt16) -> Bool {
    unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0
  }

  private static func isClosing(_ unit: UInt16) -> Bool {
    unit == 0x2E || unit == 0x2C || unit == 0x21 || unit == 0x3F  // . , ! ?
  }
}
