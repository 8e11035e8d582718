/// Some of a category's hits, as an indicator counts them: all of them, only those without a
/// negator before them, or only the negated ones.
struct SignedTerm: Hashable {
  enum Hits: Hashable {
    case all, affirmed, negated
  }

  var category: Int
  var hits: Hits
}
