/// The lexicons Rapport falls back on when the loaded ones leave a modifier role empty.
public enum BuiltInLexicons {
  /// The path recorded in provenance for a lexicon compiled into the binary.
  public static let path = "(built-in)"

  /// The shipped Lexicons/modifiers.xml as compiled into the binary: negators, intensifiers,
  /// hedges and clause boundaries.
  public static func modifiers() throws(RapportError) -> Lexicon {
    try LexiconLoader.load(bytes: Array(EmbeddedLexicons.modifiers.utf8), path: path)
  }

  /// The modifier roles a matcher falls back on built-in categories for.
  public static let modifierRoles: [CategoryRole] = [.negator, .intensifier, .hedge, .clauseBoundary]
}
