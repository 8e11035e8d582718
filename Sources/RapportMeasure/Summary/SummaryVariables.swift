import RapportSupport

/// LIWC's summary variables for one speaker or a whole session: word count (WC), words per
/// sentence (WPS), the share of words any content category matched (`dic`), the share of
/// words of seven letters or more (`bigwords`), and the share of function words (`function`).
///
/// The value holds exact counts; the percentages are derived from them and rounded only
/// when written (JSON encoding here, XML and CSV through `Rounding.text`), so a reader can
/// recompute every figure from the counts beside it. docs/outputs.md defines each one.
public struct SummaryVariables: Sendable, Hashable, Codable {
  /// Word tokens (WC): words and numbers, as everywhere in Rapport.
  public var wc: Int
  /// ICU sentences holding at least one word.
  public var sentences: Int
  /// Words inside a hit of at least one content category (function words included, as in
  /// LIWC's `Dic`).
  public var dictionaryWords: Int
  /// Words of seven letters or more (letters only: `don't` has four).
  public var bigWordCount: Int
  /// Words inside a hit of a function-word category; nil when no such category is loaded.
  public var functionWordCount: Int?

  public init(wc: Int = 0, sentences: Int = 0, dictionaryWords: Int = 0, bigWordCount: Int = 0, functionWordCount: Int? = nil) {
    self.wc = wc
    self.sentences = sentences
    self.dictionaryWords = dictionaryWords
    self.bigWordCount = bigWordCount
    self.functionWordCount = functionWordCount
  }

  /// Words per sentence; nil without sentences.
  public var wps: Double? { sentences > 0 ? Double(wc) / Double(sentences) : nil }
  /// Percent of words matched by a content category; nil without words.
  public var dic: Double? { Rounding.percent(dictionaryWords, of: wc) }
  /// Percent of words with seven letters or more; nil without words.
  public var bigwords: Double? { Rounding.percent(bigWordCount, of: wc) }
  /// Percent of words matched by a function-word category; nil without words or without
  /// function-word categories.
  public var function: Double? { functionWordCount.flatMap { Rounding.percent($0, of: wc) } }

  /// The counts of `self` and `other` added (a session's from its speakers').
  package func adding(_ other: SummaryVariables) -> SummaryVariables {
    SummaryVariables(
      wc: wc + other.wc, sentences: sentences + other.sentences,
      dictionaryWords: dictionaryWords + other.dictionaryWords, bigWordCount: bigWordCount + other.bigWordCount,
      functionWordCount: functionWordCount.map { $0 + (other.functionWordCount ?? 0) } ?? other.functionWordCount)
  }

  enum CodingKeys: String, CodingKey {
    case wc, sentences, dictionaryWords, bigWordCount, functionWordCount, wps, dic, bigwords, function
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    wc = try container.decode(Int.self, forKey: .wc)
    sentences = try container.decode(Int.self, forKey: .sentences)
    dictionaryWords = try container.decode(Int.self, forKey: .dictionaryWords)
    bigWordCount = try container.decode(Int.self, forKey: .bigWordCount)
    functionWordCount = try container.decodeIfPresent(Int.self, forKey: .functionWordCount)
  }

  /// Writes the counts and the derived values, rounded; nulls are written as `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(wc, forKey: .wc)
    try container.encode(sentences, forKey: .sentences)
    try container.encode(dictionaryWords, forKey: .dictionaryWords)
    try container.encode(bigWordCount, forKey: .bigWordCount)
    try container.encode(functionWordCount, forKey: .functionWordCount)
    try container.encode(wps.map(Rounding.round), forKey: .wps)
    try container.encode(dic.map(Rounding.round), forKey: .dic)
    try container.encode(bigwords.map(Rounding.round), forKey: .bigwords)
    try container.encode(function.map(Rounding.round), forKey: .function)
  }
}
