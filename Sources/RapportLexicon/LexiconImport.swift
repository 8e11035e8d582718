/// A lexicon read from any format, with the warnings its reading produced.
public struct LexiconImport: Sendable {
  public var lexicon: Lexicon
  /// Lines skipped or repaired, in file order.
  public var warnings: [LexiconWarning]

  public init(lexicon: Lexicon, warnings: [LexiconWarning] = []) {
    self.lexicon = lexicon
    self.warnings = warnings
  }
}
