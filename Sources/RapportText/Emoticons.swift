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
/// `Sendable` notes: a value type; the tokenizer keeps one per worker.
struct Emoticons {
  /// The emoticons, as UTF-16 code units.
  static let all: [[UInt16]] = [
    ":)", ":-)", ":(", ":-(", ":'(", ":D", ":-D", ";)", ";-)", ":/", ":-/", ":P", ":p", ":-P", ":-p",
    "<3", "</3", "D:", "xD", "XD",
  ].map { Array($0.utf16) }

  /// Whether an emoticon can start with `unit` (`:` `;` `<` `D` `x` `X`): a switch, not a set
  /// lookup, since it runs for every code unit of every turn.
  @inline(__always)
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
  @inline(__always)
  static func isEmoji(_ unit: UInt16) -> Bool {
    (0xD83C...0xD83E).contains(unit) || (0x2600...0x27BF).contains(unit)
  }

  /// The end (UTF-16 offset) of the last emoticon `token(at:in:)` found in the turn.
  private var end = 0

  /// Starts a new turn.
  mutating func reset() { end = 0 }

  /// What the tokenizer does with the ICU segment starting at `start` of `text`: nil to keep
  /// it as it is, `-1` to drop it (it lies inside an emoticon already emitted), or the end of
  /// the emoticon that starts there. Segments must be asked about in order.
  ///
  /// Only segment starts are looked at, not every code unit: an emoticon starts the turn or
  /// follows a space, and ICU's word breaks (UAX #29) always break there, since none of the
  /// characters an emoticon starts with joins a space before it.
  ///
  /// - Complexity: O(1) for a segment that cannot start an emoticon, which is nearly all.
  @inline(__always)
  mutating func token(at start: Int, in text: UnsafeBufferPointer<UInt16>) -> Int? {
    if start < end { return -1 }
    let unit = text[start]
    guard Self.canStart(unit) else { return nil }
    return emoticon(at: start, in: text)
  }

  /// The rest of `token(at:in:)` for a segment whose first unit can start an emoticon: kept
  /// out of line, so the tokenizer's loop holds only the two checks above.
  @inline(never)
  private mutating func emoticon(at start: Int, in text: UnsafeBufferPointer<UInt16>) -> Int? {
    let unit = text[start]
    guard start == 0 || Self.isSpace(text[start - 1]) else { return nil }
    var matched = 0
    for emoticon in Self.all where emoticon[0] == unit && emoticon.count > matched && start + emoticon.count <= text.count {
      if zip(emoticon.indices, emoticon).allSatisfy({ text[start + $0] == $1 }) { matched = emoticon.count }
    }
    let stop = start + matched
    guard matched > 0, stop == text.count || Self.isSpace(text[stop]) || Self.isClosing(text[stop]) else { return nil }
    end = stop
    return stop
  }

  private static func isSpace(_ unit: UInt16) -> Bool {
    unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0
  }

  private static func isClosing(_ unit: UInt16) -> Bool {
    unit == 0x2E || unit == 0x2C || unit == 0x21 || unit == 0x3F  // . , ! ?
  }
}
