import RapportSupport
import RapportText

/// The speaker labels one plain-text parse has already judged.
///
/// A session has two or three labels and thousands of lines. Without this, every line's label
/// was made into a `String`, trimmed by `Character`, checked scalar by scalar, cleaned of
/// format characters, lowercased and looked up in the speaker table; with it that happens once
/// per distinct label, and each later line costs a comparison of a few code units. Every
/// answer is the one the uncached functions give (`PlainTextParser.splitLabel`, `cleanLabel`,
/// `SpeakerTable.index`): they are pure for a given speaker map, and the speaker table hands
/// an already-met label the index it gave it first.
struct PlainTextLabels {
  /// How many distinct label candidates are remembered; lines whose text before a colon is not
  /// a label (`So what I mean is: …`) could otherwise fill the cache with one entry each.
  static let limit = 32

  /// The code units before a colon, as met.
  private var candidates: [[UInt16]] = []
  /// For each candidate: the trimmed label when it is plausible (`isPlausibleLabel`), else nil.
  private var plausible: [String?] = []
  /// Labels as split off a line, with what the parser decided about them.
  private var verdicts: [Verdict] = []

  /// What the parser decided about a label as split off a line.
  struct Verdict {
    var label: String
    /// The label without format and control characters (`cleanLabel`); nil when the line is
    /// not a turn after all (empty, or neither capitalized nor in the speaker map).
    var text: String?
    var droppedControl: Bool
    /// The speaker's index, once a turn with this label has started.
    var speaker: Int?
  }

  /// `units` (the text before a colon) trimmed, when it is a plausible label; nil when not.
  mutating func plausibleLabel(_ units: ArraySlice<UInt16>) -> String? {
    for index in candidates.indices where Self.equal(candidates[index], units) {
      return plausible[index]
    }
    let label = PlainTextParser.trimmedString(units)
    let answer = PlainTextParser.isPlausibleLabel(label) ? label : nil
    if candidates.count < Self.limit {
      candidates.append(Array(units))
      plausible.append(answer)
    }
    return answer
  }

  /// The index into `verdicts` of the decision about `label`, deciding it when it is new.
  mutating func verdict(for label: String, map: SpeakerMap) -> Int {
    if let known = verdicts.firstIndex(where: { $0.label == label }) { return known }
    let clean = PlainTextParser.cleanLabel(label)
    let accepted = !clean.text.isEmpty && (clean.text.first!.isUppercase || map.role(for: clean.text) != nil)
    verdicts.append(Verdict(label: label, text: accepted ? clean.text : nil, droppedControl: clean.droppedControl))
    return verdicts.count - 1
  }

  subscript(verdict: Int) -> Verdict { verdicts[verdict] }

  /// The speaker index of accepted verdict `verdict`, from `speakers` the first time.
  mutating func speaker(_ verdict: Int, in speakers: inout SpeakerTable, line: Int) -> Int {
    if let known = verdicts[verdict].speaker { return known }
    let index = speakers.index(of: verdicts[verdict].text!, line: line)
    verdicts[verdict].speaker = index
    return index
  }

  private static func equal(_ candidate: [UInt16], _ units: ArraySlice<UInt16>) -> Bool {
    guard candidate.count == units.count else { return false }
    var position = units.startIndex
    for unit in candidate {
      if unit != units[position] { return false }
      position += 1
    }
    return true
  }
}
