import RapportIngest
import RapportSupport
import RapportText

/// Reads gold annotation files (Corpus/gold/README.md) and checks every row against the
/// session's transcript: the turn must exist and the span must occur in that turn.
///
/// A span is matched character for character, except that any run of spaces in the span
/// matches any run of spaces or line breaks in the turn (a turn continued over several lines
/// is joined with line breaks, which a one-line gold row cannot quote). When a span occurs
/// more than once in its turn, the first occurrence is the annotated one.
public enum GoldLoader {
  /// One parsed row before it is checked against the transcript.
  struct Row: Sendable, Equatable {
    var turn: Int
    /// The category id, or nil for an `act` row.
    var category: String?
    var act: GoldAct.Label?
    var span: String
    var line: Int
  }

  /// Reads the gold file at `path` for `session` and checks it against `transcript`; throws
  /// the first problem found.
  public static func load(path: String, session: String, transcript: Transcript) throws(RapportError) -> GoldAnnotations {
    let bytes = try FileSystem.readConfiguration(path, what: "the gold file", remedy: "Check the --gold path")
    let checked = check(bytes: bytes, path: path, session: session, transcript: transcript)
    if let first = checked.errors.first { throw first }
    return checked.sessions[session]!
  }

  /// Parses gold file `bytes` (named `path` in messages) and checks each row against
  /// `transcript`. Rows with problems are left out and reported in `errors`.
  public static func check(bytes: [UInt8], path: String, session: String, transcript: Transcript) -> GoldSet {
    var set = GoldSet()
    let rows = parse(bytes: bytes, path: path, errors: &set.errors)
    var spans: [GoldSpan] = []
    var acts: [GoldAct] = []
    var actLines: [Int: Int] = [:]
    let transcriptName = transcript.source.path
    for row in rows {
      guard row.turn <= transcript.turns.count else {
        set.errors.append(RapportError(
          .configuration, file: path, line: row.line,
          problem: "turn \(row.turn) does not exist: \(transcriptName) has \(transcript.turns.count) turns",
          remedy: "Correct the turn number (turns are numbered from 1 in the order Rapport reads them; header lines do not count)"))
        continue
      }
      let turn = transcript.turns[row.turn - 1]
      if let label = row.act {
        if let earlier = actLines[row.turn] {
          set.errors.append(RapportError(
            .configuration, file: path, line: row.line,
            problem: "turn \(row.turn) already has an act on line \(earlier)",
            remedy: "Keep one act row per turn (a turn that does several things is labelled by its last act)"))
          continue
        }
        actLines[row.turn] = row.line
        if transcript.speakers[turn.speaker].role != .therapist {
          set.warnings.append(RapportError(
            .configuration, file: path, line: row.line,
            problem: "turn \(row.turn) is spoken by '\(transcript.speakers[turn.speaker].label)', who is not the therapist",
            remedy: "Act rows are meant for therapist turns; check the turn number"))
        }
        acts.append(GoldAct(turn: row.turn, label: label, line: row.line))
        continue
      }
      guard let range = find(row.span, in: turn.text) else {
        set.errors.append(RapportError(
          .configuration, file: path, line: row.line,
          problem: "the span \"\(row.span)\" does not occur in turn \(row.turn) of \(transcriptName) (line \(turn.line))",
          remedy: remedy(for: row, transcript: transcript)))
        continue
      }
      spans.append(GoldSpan(turn: row.turn, category: row.category!, text: row.span, range: range, line: row.line))
    }
    set.errors.sort { ($0.line ?? 0) < ($1.line ?? 0) }
    set.sessions[session] = GoldAnnotations(
      session: session, path: path, transcriptPath: transcriptName, spans: spans, acts: acts)
    return set
  }

  /// What to do about a span that is not in its turn, with a hint when it is close.
  private static func remedy(for row: Row, transcript: Transcript) -> String {
    var text = "Copy the span character for character from that turn"
    let turn = transcript.turns[row.turn - 1]
    if let range = find(row.span, in: turn.text, looseCaseAndQuotes: true) {
      return text + "; it differs only in case or quote marks from \"\(turn.text.utf16Slice(range))\""
    }
    if let other = transcript.turns.first(where: { find(row.span, in: $0.text) != nil }) {
      text += "; it occurs in turn \(other.number)"
    }
    return text
  }

  /// The UTF-16 range of the first occurrence of `span` in `text`; a run of whitespace in the
  /// span matches a run of whitespace in the text.
  static func find(_ span: String, in text: String, looseCaseAndQuotes: Bool = false) -> Range<Int>? {
    func units(_ string: String) -> [UInt16] {
      let raw = Array(string.utf16)
      guard looseCaseAndQuotes else { return raw }
      return raw.map { unit in
        let unified = TextNormalizer.unify(unit)
        return unified >= 0x41 && unified <= 0x5A ? unified + 0x20 : unified
      }
    }
    let needle = units(span)
    let haystack = units(text)
    guard !needle.isEmpty else { return nil }
    for start in haystack.indices {
      var i = start
      var j = 0
      while j < needle.count, i < haystack.count {
        if isSpace(needle[j]) {
          guard isSpace(haystack[i]) else { break }
          while j < needle.count, isSpace(needle[j]) { j += 1 }
          while i < haystack.count, isSpace(haystack[i]) { i += 1 }
        } else {
          guard needle[j] == haystack[i] else { break }
          i += 1
          j += 1
        }
      }
      if j == needle.count { return start..<i }
    }
    return nil
  }

  static func isSpace(_ unit: UInt16) -> Bool {
    unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0
  }
}
