/// A relational theme whose lexicon holds both of its signs as children of one parent:
/// `trust` with `trust_positive` and `distrust`, `safety` with `safety_positive` and `threat`.
///
/// Indicators read the theme by sign (docs/indicators.md, "Signed relational measures"):
/// - the **positive side** is the positive child's hits that are not negated;
/// - the **negative side** is the negative child's hits that are not negated, plus the
///   positive child's negated hits (*I don't trust him*, *I haven't felt safe*);
/// - a negated negative hit (*not unsafe*, *I don't distrust you*) counts on neither side:
///   a double negative is a weak, hedged statement, and calling it trust would overstate it.
struct SignedTheme: Sendable {
  var parent: String
  var positive: String
  var negative: String

  static let trust = SignedTheme(parent: "trust", positive: "trust_positive", negative: "distrust")
  static let safety = SignedTheme(parent: "safety", positive: "safety_positive", negative: "threat")

  /// The theme's two sides as terms, with what the loaded lexicons allow.
  struct Sides {
    var positive: [SignedTerm] = []
    /// Nil when the lexicons cannot tell the negative side (no positive child).
    var negative: [SignedTerm]? = []
  }

  /// The sides of this theme in `input`'s lexicons; when the signed children are missing, a
  /// note (naming `uses`, the indicators that read the theme) says what was used instead:
  /// every hit of the parent for the positive side, nothing for the negative side.
  func sides(_ input: inout IndicatorInput, uses: String) -> Sides {
    let categories = input.categories
    guard let positiveIndex = categories[positive] else {
      guard let parentIndex = categories[parent] else {
        input.notes.insert("categories '\(positive)' and '\(parent)' are not in the loaded lexicons; \(uses) leave \(parent) out")
        return Sides(positive: [], negative: nil)
      }
      input.notes.insert(
        "category '\(positive)' is not in the loaded lexicons; \(uses) count every hit of '\(parent)' as positive, whatever its sign, and no negative side of \(parent)")
      return Sides(positive: [SignedTerm(category: parentIndex, hits: .all)], negative: nil)
    }
    var sides = Sides(
      positive: [SignedTerm(category: positiveIndex, hits: .affirmed)],
      negative: [SignedTerm(category: positiveIndex, hits: .negated)])
    if let negativeIndex = categories[negative] {
      sides.negative?.append(SignedTerm(category: negativeIndex, hits: .affirmed))
    } else {
      input.notes.insert(
        "category '\(negative)' is not in the loaded lexicons; the negative side of \(parent) in \(uses) holds only negated '\(positive)' hits")
    }
    return sides
  }
}
