import RapportIngest

/// One turn as the report's turn strip draws it: who spoke, the therapist's act, the client's
/// strongest category, rupture and repair markers, laughter. Written in `<session>.json` as
/// `turnMarks` only when `--format` includes html, so `rapport report` can redraw the strip.
public struct TurnMark: Sendable, Hashable, Codable {
  /// 1-based turn number.
  public var turn: Int
  public var role: Role
  public var words: Int
  /// The primary act code of a therapist turn; nil for other turns.
  public var act: String?
  /// The content category with most hits in the turn (ties: the first id in order); nil
  /// without hits. Function-word classes (those LSM compares, and the pronoun classes) are
  /// not candidates.
  public var strongest: String?
  /// Laughter marks in the turn.
  public var laughter: Int
  /// A client turn with a `withdrawal` or `confrontation` hit (a rupture marker).
  public var rupture: Bool
  /// A therapist turn with a `repair` hit.
  public var repair: Bool

  /// The marks of `analysis` (which needs its turn rows: `AnalysisOptions.turnDetails`);
  /// `laughter` gives each turn's laughter count in order.
  /// LIWC's pronoun classes: frequent in every turn, so never a turn's "strongest" category.
  static let pronounClasses: Set<String> = ["pronoun", "ppron", "ipron", "i", "we", "you", "shehe", "they"]

  public static func marks(_ analysis: SessionAnalysis, laughter: [Int]) -> [TurnMark] {
    let functionWords = Set(analysis.summary.indicators.languageStyleMatching.categories).union(pronounClasses)
    let categories = analysis.categories
    func index(_ id: String) -> Int? { categories.firstIndex(of: id) }
    let withdrawal = index("withdrawal")
    let confrontation = index("confrontation")
    let repair = index("repair")
    let candidates = categories.indices.filter { !functionWords.contains(categories[$0]) }
    return analysis.turns.enumerated().map { position, turn in
      var strongest: Int? = nil
      for candidate in candidates where turn.counts[candidate] > 0 {
        if strongest == nil || turn.counts[candidate] > turn.counts[strongest!] { strongest = candidate }
      }
      func has(_ category: Int?) -> Bool { category.map { turn.counts[$0] > 0 } ?? false }
      return TurnMark(
        turn: turn.number, role: turn.role, words: turn.words, act: turn.acts?.primary.rawValue,
        strongest: strongest.map { categories[$0] },
        laughter: position < laughter.count ? laughter[position] : 0,
        rupture: turn.role == .client && (has(withdrawal) || has(confrontation)),
        repair: turn.role == .therapist && has(repair))
    }
  }
}
