import RapportSupport
import RapportTag
import RapportText

/// Makes keyword-in-context lines for one tagged session, masking with a `Redactor` when asked
/// (each turn's masks are found once).
///
/// `Sendable` notes: not `Sendable`; it caches per-turn masks and reads the worker's
/// `Vocabulary`. Each worker makes its own for the session it is on.
public final class KwicRenderer {
  let tagged: TaggedTranscript
  let session: String
  let vocabulary: Vocabulary
  let redactor: Redactor?
  let window: Int
  private var masks: [Int: [RedactionMask]] = [:]
  /// Words taken for names anywhere in the session, when redacting.
  private let names: Set<String>

  /// A renderer for `tagged` (named `session`) whose tokens carry ids of `tokenizer`'s
  /// vocabulary. With `redactMatcher` set, samples are redacted and the matcher's words are
  /// taken for ordinary words, not names.
  public init(
    tagged: TaggedTranscript, session: String, tokenizer: Tokenizer, window: Int, redact: Bool,
    redactMatcher: Matcher?
  ) throws(RapportError) {
    self.tagged = tagged
    self.session = session
    self.vocabulary = tokenizer.vocabulary
    self.window = window
    let redactor = redact
      ? try Redactor(matcher: redactMatcher, speakerLabels: tagged.transcript.speakers.map(\.label), tokenizer: tokenizer)
      : nil
    self.redactor = redactor
    var names = Set<String>()
    if let redactor {
      for (turn, tokens) in zip(tagged.transcript.turns, tagged.tokens) {
        names.formUnion(redactor.names(text: turn.text, tokens: tokens, vocabulary: tokenizer.vocabulary))
      }
    }
    self.names = names
  }

  /// Normalized words taken for names in the session (speaker labels' words included); empty
  /// when not redacting. `suggest --redact` proposes none of them.
  public var nameWords: Set<String> {
    guard let redactor else { return [] }
    return names.union(redactor.speakerNames)
  }

  /// The line for tokens `first...last` of the turn at 0-based index `turn`.
  public func line(turn: Int, first: Int, last: Int, negated: Bool = false) -> KwicLine {
    let text = tagged.transcript.turns[turn].text
    let parts = Concordance.window(
      text: text, tokens: tagged.tokens[turn], first: first, last: last, window: window,
      masks: masks(turn))
    return makeLine(turn: turn, left: parts.left, match: parts.match, right: parts.right, negated: negated)
  }

  /// The line for a UTF-16 `range` of a turn's text (a gold span): the tokens it touches, or
  /// the range's own text when it touches none.
  public func line(turn: Int, range: Range<Int>) -> KwicLine {
    let tokens = tagged.tokens[turn]
    guard let first = tokens.firstIndex(where: { Int($0.end) > range.lowerBound && Int($0.start) < range.upperBound }),
      let last = tokens.lastIndex(where: { Int($0.end) > range.lowerBound && Int($0.start) < range.upperBound })
    else {
      let units = Array(tagged.transcript.turns[turn].text.utf16)
      let match = Concordance.render(units, range, masks: masks(turn))
      return makeLine(turn: turn, left: "", match: match, right: "", negated: false)
    }
    return line(turn: turn, first: first, last: last)
  }

  private func makeLine(turn: Int, left: String, match: String, right: String, negated: Bool) -> KwicLine {
    let speaker = tagged.transcript.speakers[tagged.transcript.turns[turn].speaker]
    // Transcript text goes to the terminal: its control characters are shown, not sent.
    return KwicLine(
      session: TerminalText.escaped(session), turn: tagged.transcript.turns[turn].number, role: speaker.role,
      speaker: TerminalText.escaped(redactor == nil ? speaker.label : speaker.role.rawValue),
      left: TerminalText.escaped(left), match: TerminalText.escaped(match),
      right: TerminalText.escaped(right), negated: negated)
  }

  private func masks(_ turn: Int) -> [RedactionMask] {
    guard let redactor else { return [] }
    if let found = masks[turn] { return found }
    let found = redactor.masks(
      text: tagged.transcript.turns[turn].text, tokens: tagged.tokens[turn], vocabulary: vocabulary, names: names)
    masks[turn] = found
    return found
  }
}
