import RapportMeasure

/// What `rapport lexicon validate` found: how each category and entry of the lexicons behaves on
/// a corpus, and how well it agrees with gold annotations. Written as validation.json (sorted
/// keys) and validation.md. Holds transcript text in its samples and agreement cases.
public struct ValidationReport: Sendable, Hashable, Codable {
  /// Version of the report's shape.
  public static let schemaVersion = "rapport-lexicon-validation/1"

  public var schema: String
  public var toolVersion: String
  public var lexicons: [LexiconProvenance]
  public var corpus: CorpusCoverage
  /// Options the report was made with, as strings.
  public var options: [String: String]
  /// Content categories in lexicon order.
  public var categories: [CategoryValidation]
  /// Category pairs that share entries or tokens, by shared hits, most first.
  public var overlaps: [CategoryOverlap]
  public var gold: GoldAgreementReport?
  /// Document-level agreement with a labels file (`--labels`).
  public var documents: DocumentAgreementReport?
  /// Things the reader should know about how the numbers were made.
  public var notes: [String]
}

/// The corpus a report was made on.
public struct CorpusCoverage: Sendable, Hashable, Codable {
  public var sessions: Int
  public var words: Int
  /// Words by speaker role (`therapist`, `client`, `other`).
  public var wordsByRole: [String: Int]
  /// Inputs that could not be read, as error messages.
  public var failures: [String]
}

/// One category's behaviour on the corpus.
public struct CategoryValidation: Sendable, Hashable, Codable {
  public var id: String
  public var label: String
  /// Name of the lexicon that defines it.
  public var lexicon: String
  public var parent: String?
  /// Entries the category holds.
  public var entries: Int
  public var entriesWithHits: Int
  /// Hits of the category's own entries (children's hits are not included).
  public var hits: Int
  public var hitsByRole: [String: Int]
  public var negated: Int
  /// negated / hits, rounded; 0 with no hits.
  public var negatedShare: Double
  /// Sessions with at least one hit.
  public var documents: Int
  /// Entries without a single hit, in lexicon order.
  public var neverMatching: [String]
  /// Entries whose share of the category's hits exceeds the dominance threshold.
  public var dominating: [String]
  /// Cronbach's alpha over per-entry rates across sessions.
  public var alpha: Reliability
  /// KR-20 over per-entry presence across sessions.
  public var kr20: Reliability
  /// Entries with their counts, most hits first.
  public var entryStats: [EntryValidation]
}

/// One entry's behaviour on the corpus.
public struct EntryValidation: Sendable, Hashable, Codable {
  public var term: String
  /// 1-based line in the lexicon file, where known.
  public var line: Int?
  public var hits: Int
  public var hitsByRole: [String: Int]
  public var negated: Int
  public var negatedShare: Double
  public var documents: Int
  /// hits / the category's hits, rounded.
  public var share: Double
  public var dominating: Bool
  /// Keyword-in-context samples, preferring one per session.
  public var samples: [KwicLine]
}

/// Two categories whose entries or hits overlap.
public struct CategoryOverlap: Sendable, Hashable, Codable {
  /// The two category ids, in lexicon order.
  public var categories: [String]
  /// Entries (as written in the first category) that both categories hold.
  public var sharedEntries: [String]
  /// Hits of the first category that share a token with a hit of the second.
  public var hitsOfFirst: Int
  /// Hits of the second category that share a token with a hit of the first.
  public var hitsOfSecond: Int
  /// The entry pairs that overlap most often (`hurt` / `hurt*`: 12), at most five.
  public var topEntryPairs: [EntryPair]

  /// Entries of the two categories that matched the same token, and how often.
  public struct EntryPair: Sendable, Hashable, Codable {
    public var first: String
    public var second: String
    public var count: Int
  }
}

/// Agreement with gold annotations.
public struct GoldAgreementReport: Sendable, Hashable, Codable {
  /// The folder the gold files came from.
  public var directory: String
  /// Sessions with gold annotations that were scored.
  public var sessions: [String]
  /// The matching rule, in words.
  public var matchingRule: String
  /// Per category annotated in gold and defined by the lexicons, in lexicon order.
  public var categories: [GoldCategoryAgreement]
  /// All scored categories' counts added.
  public var micro: AgreementScore
  /// Mean F1 over categories that have one, rounded.
  public var macroF1: Double?
  /// Categories the gold files use that no loaded lexicon defines (not scored).
  public var unknownCategories: [String]
  /// Lexicon categories with no gold span (not scored: the annotators did not look for them).
  public var notAnnotated: [String]
  /// Therapist act agreement, when an act classifier was given.
  public var acts: ActAgreement?
  /// Act rows by label in the gold files.
  public var goldActs: [String: Int]
  /// Problems met while loading the gold files.
  public var warnings: [String]
}

/// Gold agreement of one category.
public struct GoldCategoryAgreement: Sendable, Hashable, Codable {
  public var category: String
  public var goldSpans: Int
  public var hits: Int
  public var score: AgreementScore
  /// Hits that overlap a gold span already matched by another hit (neither TP nor FP).
  public var redundantHits: Int
  public var falsePositives: [AgreementCase]
  public var falseNegatives: [AgreementCase]
}

/// A false positive or false negative with its context.
public struct AgreementCase: Sendable, Hashable, Codable {
  /// The hit or gold span (as `match`) with its session, turn, speaker and the words around it.
  public var context: KwicLine
  /// For a false positive, the entry that matched.
  public var entry: String?
  /// For a false negative, the line of the gold file.
  public var goldLine: Int?
}
