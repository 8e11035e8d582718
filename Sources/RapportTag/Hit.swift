import RapportIngest
import RapportText

/// One match of a lexicon entry in a turn.
public struct Hit: Sendable, Hashable {
  /// Index into `Matcher.categories`.
  public var category: Int32
  /// Index of the matched entry in the matcher.
  public var entry: Int32
  /// 0-based index of the turn in the transcript.
  public var turn: Int32
  /// Indices of the first and last token of the match in the turn's tokens.
  public var firstToken: Int32
  public var lastToken: Int32
  /// 0-based positions of its first and last word among the turn's word tokens.
  public var firstWord: Int32
  public var lastWord: Int32
  /// A negator came before the hit within the window, in the same clause.
  public var negated: Bool
  /// An intensifier came before the hit within the window, in the same clause.
  public var intensified: Bool
  /// A hedge came before the hit within the window, in the same clause.
  public var hedged: Bool
}

/// A transcript with its tokens and hits: what the tag stage hands to the summaries.
public struct TaggedTranscript: Sendable {
  public var transcript: Transcript
  /// Tokens of each turn, in turn order.
  public var tokens: [[Token]]
  /// Word tokens (`TokenKind.isWord`) of each turn, in turn order.
  public var turnWords: [Int]
  /// Hits of content categories, by turn then position then category.
  public var hits: [Hit]
}
