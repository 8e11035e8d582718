import RapportSupport

/// Language style matching between therapist and client over function-word categories
/// (Ireland & Pennebaker, 2010): for each category
/// `1 - |p_t - p_c| / (p_t + p_c + 0.0001)` with `p` the category's percent of each side's
/// words, averaged over the categories. 1 is identical style; values near 0 are unlike.
public struct LanguageStyleMatching: Sendable, Hashable, Codable {
  /// The nine LSM categories, as the function-word lexicon names them.
  public static let categoryIDs = ["ppron", "ipron", "article", "conj", "prep", "auxverb", "adverb", "negate", "quant"]
  /// The constant that keeps the formula defined when neither side used a category.
  public static let epsilon = 0.0001

  /// Categories averaged (those the lexicons have), in the order above.
  public var categories: [String]
  /// LSM categories the lexicons lack.
  public var missing: [String]
  /// The session value; null when a side said nothing or no category is available.
  @Nullable public var session: Double?
  /// Each available category's value for the whole session.
  public var byCategory: [String: Double?]
  /// The value in each segment, in order.
  public var segments: [Double?]

  /// One category's matching score for rates `a` and `b` (percent of words).
  public static func score(_ a: Double, _ b: Double) -> Double {
    1 - abs(a - b) / (a + b + epsilon)
  }

  static func compute(_ input: inout IndicatorInput) -> LanguageStyleMatching {
    var used: [(id: String, index: Int)] = []
    var missing: [String] = []
    for id in categoryIDs {
      if let index = input.categories[id] { used.append((id, index)) } else { missing.append(id) }
    }
    if !missing.isEmpty {
      input.notes.insert(
        "LSM categories \(missing.map { "'\($0)'" }.joined(separator: ", ")) are not in the loaded lexicons; "
          + (used.isEmpty ? "languageStyleMatching is null" : "languageStyleMatching averages the other \(used.count)"))
    }
    var byCategory: [String: Double?] = [:]
    for category in used { byCategory[category.id] = value(input, category.index, slot: 0).map(Rounding.round) }
    return LanguageStyleMatching(
      categories: used.map(\.id), missing: missing, session: mean(input, used, slot: 0).map(Rounding.round),
      byCategory: byCategory, segments: (1...input.segments).map { mean(input, used, slot: $0).map(Rounding.round) })
  }

  /// The session value at full precision, which the composite reads (`session` is rounded
  /// as it is written).
  static func sessionValue(_ input: IndicatorInput) -> Double? {
    mean(input, categoryIDs.compactMap { id in input.categories[id].map { (id, $0) } }, slot: 0)
  }

  /// One category's score in `slot` (0 the session, 1… a segment); nil when a side has no rate.
  private static func value(_ input: IndicatorInput, _ index: Int, slot: Int) -> Double? {
    guard let a = input.therapist.rate([index], slot: slot), let b = input.client.rate([index], slot: slot) else { return nil }
    return score(a, b)
  }

  /// The mean score over the `used` categories in `slot`, unrounded; nil when there are none or
  /// one has no value.
  private static func mean(_ input: IndicatorInput, _ used: [(id: String, index: Int)], slot: Int) -> Double? {
    guard !used.isEmpty else { return nil }
    let values = used.compactMap { value(input, $0.index, slot: slot) }
    guard values.count == used.count else { return nil }
    return values.reduce(0, +) / Double(values.count)
  }
}
