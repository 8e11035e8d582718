import RapportIngest
import RapportSupport
import RapportTag

/// A candidate entry for a category, with the evidence for it.
public struct TermSuggestion: Sendable, Hashable, Codable {
  /// The candidate in normalized form: a word or a two-word phrase.
  public var term: String
  /// 1 for a word, 2 for a phrase.
  public var words: Int
  /// Occurrences within the context window of the category's hits and seed terms (a).
  public var inContext: Int
  /// Occurrences in the whole corpus (a + b).
  public var total: Int
  /// Sessions with an occurrence in context.
  public var sessions: Int
  /// Log-likelihood ratio G² of in-context against elsewhere, rounded.
  public var g2: Double
  /// Pointwise mutual information, log₂ of the in-context rate over the corpus rate, rounded.
  public var pmi: Double
  /// Other content categories with an entry that matches the word.
  public var otherCategories: [String]
  /// The first two in-context occurrences.
  public var samples: [KwicLine]
}

/// What `rapport lexicon suggest` found for one category.
public struct SuggestionReport: Sendable, Hashable, Codable {
  public var category: String
  public var label: String
  /// Seed terms used as anchors beside the category's entries.
  public var seeds: [String]
  /// Hits of the category (and its descendants) and of the seed terms.
  public var anchors: Int
  public var sessions: Int
  /// Words (outside anchors) in the whole corpus and within the context windows.
  public var corpusWords: Int
  public var contextWords: Int
  /// Options, as strings.
  public var options: [String: String]
  /// Candidates by G², strongest first.
  public var suggestions: [TermSuggestion]
  /// Inputs that could not be read, as error messages.
  public var failures: [String]
}

/// Options for `TermSuggester`.
public struct SuggestionOptions: Sendable {
  public var ingest: IngestOptions
  public var tag: TagOptions
  /// Words on each side of an anchor that count as its context.
  public var window: Int
  /// Fewest in-context occurrences for a candidate.
  public var minimumCount: Int
  /// Fewest sessions with an in-context occurrence for a candidate.
  public var minimumSessions: Int
  /// Smallest G² for a candidate; 3.84 is the χ² critical value for p < .05 with one degree of
  /// freedom.
  public var minimumG2: Double
  /// Candidates listed.
  public var limit: Int
  /// Words on each side of a sample.
  public var sampleWindow: Int
  public var redact: Bool

  public init(
    ingest: IngestOptions = IngestOptions(), tag: TagOptions = TagOptions(), window: Int = 10,
    minimumCount: Int = 3, minimumSessions: Int = 2, minimumG2: Double = 3.84, limit: Int = 30,
    sampleWindow: Int = 6, redact: Bool = false
  ) {
    self.ingest = ingest
    self.tag = tag
    self.window = window
    self.minimumCount = minimumCount
    self.minimumSessions = minimumSessions
    self.minimumG2 = minimumG2
    self.limit = limit
    self.sampleWindow = sampleWindow
    self.redact = redact
  }

  var recorded: [String: String] {
    [
      "window": String(window), "min-count": String(minimumCount), "min-sessions": String(minimumSessions),
      "min-g2": CSVTable.number(minimumG2),
      "limit": String(limit), "redact": String(redact),
    ]
  }
}

/// Words that are never suggested, whatever the lexicons: fillers and the commonest words of
/// talk, so that suggestions work even without a function-word lexicon.
enum SuggestionStoplist {
  static let words: Set<String> = [
    "a", "about", "actually", "after", "again", "ah", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "but", "by", "can", "could", "did", "do", "does", "don't",
    "feel", "feeling", "felt", "for", "from", "get", "go", "going", "gonna", "got", "guess", "had",
    "has", "have", "he", "her", "him", "his", "hmm", "how", "i", "i'd", "i'll", "i'm", "i've", "if",
    "in", "is", "it", "it's", "just", "kind", "know", "like", "little", "lot", "me", "mean", "mhm",
    "mm", "mm-hmm", "more", "my", "no", "not", "now", "of", "oh", "ok", "okay", "on", "one", "or",
    "really", "right", "said", "say", "says", "she", "so", "some", "sort", "stuff", "that", "that's",
    "the", "their", "them", "then", "there", "they", "thing", "things", "think", "this", "to", "uh",
    "um", "up", "very", "was", "we", "well", "were", "what", "when", "which", "who", "with", "would",
    "yeah", "yes", "you", "your",
  ]

  /// Second words that make a phrasal verb with a content word before them (`shut down`).
  static let particles: Set<String> = [
    "apart", "away", "back", "down", "in", "off", "on", "out", "over", "through", "up",
  ]

  /// Category ids of LIWC-style function-word categories.
  static let functionCategories: Set<String> = [
    "function", "pronoun", "ppron", "i", "we", "you", "shehe", "they", "ipron", "article", "conj",
    "prep", "auxverb", "adverb", "negate", "quant",
  ]
}
