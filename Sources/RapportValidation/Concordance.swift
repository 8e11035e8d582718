import RapportIngest
import RapportSupport
import RapportText

/// One keyword-in-context line: a match with the words around it in its turn.
///
/// KWIC lines hold transcript text; they are written only by commands whose purpose is to show
/// it (`rapport kwic`, `rapport lexicon validate`, `rapport lexicon suggest`).
public struct KwicLine: Sendable, Hashable, Codable {
  public var session: String
  /// 1-based turn number.
  public var turn: Int
  public var role: Role
  /// The speaker's label, or the role's name when samples are redacted.
  public var speaker: String
  /// Up to `window` words before the match, from the same turn.
  public var left: String
  public var match: String
  /// Up to `window` words after the match, from the same turn.
  public var right: String
  /// Whether a negator stands before the match in the same clause.
  public var negated: Bool

  public init(
    session: String, turn: Int, role: Role, speaker: String, left: String, match: String, right: String,
    negated: Bool = false
  ) {
    self.session = session
    self.turn = turn
    self.role = role
    self.speaker = speaker
    self.left = left
    self.match = match
    self.right = right
    self.negated = negated
  }
}

/// Cuts keyword-in-context windows out of turns.
///
/// The window counts word tokens (punctuation rides along but does not count) and never leaves
/// the turn: at a turn's start or end the context is simply shorter, and when fewer than
/// `window` words remain the context runs to the turn's edge. Runs of spaces and line breaks
/// become one space.
public enum Concordance {
  /// Left context, match and right context for the tokens `first...last` of a turn.
  /// - Parameters:
  ///   - masks: stretches to replace by their marker (from `Redactor`), sorted, not overlapping.
  public static func window(
    text: String, tokens: [Token], first: Int, last: Int, window: Int, masks: [RedactionMask] = []
  ) -> (left: String, match: String, right: String) {
    let units = Array(text.utf16)
    var start = 0
    var words = 0
    var index = first - 1
    while index >= 0, words < window {
      if tokens[index].kind.isWord {
        words += 1
        if words == window { start = Int(tokens[index].start) }
      }
      index -= 1
    }
    if window == 0 { start = Int(tokens[first].start) }
    var end = units.count
    words = 0
    index = last + 1
    while index < tokens.count, words < window {
      if tokens[index].kind.isWord {
        words += 1
        if words == window { end = Int(tokens[index].end) }
      }
      index += 1
    }
    if window == 0 { end = Int(tokens[last].end) }
    let matchRange = Int(tokens[first].start)..<Int(tokens[last].end)
    return (
      render(units, start..<matchRange.lowerBound, masks: masks),
      render(units, matchRange, masks: masks),
      render(units, matchRange.upperBound..<end, masks: masks)
    )
  }

  /// The text of `range`, masked stretches replaced by their marker, spaces collapsed.
  package static func render(_ units: [UInt16], _ range: Range<Int>, masks: [RedactionMask]) -> String {
    var out: [UInt16] = []
    var position = range.lowerBound
    var nextMask = masks.firstIndex { $0.range.upperBound > range.lowerBound } ?? masks.count
    while position < range.upperBound {
      if nextMask < masks.count, masks[nextMask].range.lowerBound <= position {
        out.append(contentsOf: masks[nextMask].marker.utf16)
        position = masks[nextMask].range.upperBound
        nextMask += 1
        continue
      }
      let unit = units[position]
      if GoldLoader.isSpace(unit) {
        if let previous = out.last, previous != 0x20 { out.append(0x20) }
      } else {
        out.append(unit)
      }
      position += 1
    }
    while out.last == 0x20 { out.removeLast() }
    return UTF16Text.string(out)
  }
}

extension KwicLine {
  /// Left context, match and right context as running text, the match passed through
  /// `mark`; no space is put before closing punctuation (`scared, but`).
  public func sentence(mark: (String) -> String = { $0 }) -> String {
    var text = left
    if !text.isEmpty, !match.isEmpty, !Self.opens(text.last!) { text += " " }
    text += mark(match)
    if !right.isEmpty {
      if !Self.closes(right.first!) { text += " " }
      text += right
    }
    return text
  }

  static func opens(_ character: Character) -> Bool { "([{“‘".contains(character) }
  static func closes(_ character: Character) -> Bool { ".,;:!?)]}”’…\"'".contains(character) }
}
