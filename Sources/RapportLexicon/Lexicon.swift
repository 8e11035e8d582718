/// What a category's hits do: count as content, or modify other hits.
public enum CategoryRole: String, Sendable, Codable, CaseIterable {
  /// Counted and reported (emotions, themes, function words).
  case content
  /// Marks following hits in its window as negated (`not`, `never`, `n't`).
  case negator
  /// Recorded on following hits in its window (`really`, `so`, `extremely`).
  case intensifier
  /// Recorded on following hits in its window (`kind of`, `maybe`).
  case hedge
  /// Ends the negation window (`but`); sentence ends, `;` and `:` always do.
  case clauseBoundary = "clause-boundary"
}

/// One lexicon entry: a word, a trailing-`*` prefix, or a phrase whose words may carry `*`.
public struct LexiconEntry: Sendable, Hashable, Codable {
  /// The entry as written in the lexicon file.
  public var term: String
  /// Weight for the weighted score (1 unless the lexicon says otherwise).
  public var weight: Double
  /// Phrases containing the entry in which it does not count (`pay` unless `pay attention`).
  public var exclusions: [String]
  /// 1-based line in the lexicon file, where known.
  public var line: Int?

  public init(term: String, weight: Double = 1, exclusions: [String] = [], line: Int? = nil) {
    self.term = term
    self.weight = weight
    self.exclusions = exclusions
    self.line = line
  }
}

/// A lexicon category: an emotion, a theme, a function-word class, or a modifier list.
public struct LexiconCategory: Sendable, Hashable, Codable {
  public var id: String
  public var label: String
  public var description: String?
  public var provenance: String?
  /// Id of the parent category; a child's hits roll up into it.
  public var parent: String?
  /// Id of the theme in `seeds/themes.xml` this category operationalizes.
  public var seed: String?
  /// Whether a preceding negator marks this category's hits as negated.
  public var negation: Bool
  public var role: CategoryRole
  public var entries: [LexiconEntry]
  /// 1-based line in the lexicon file, where known.
  public var line: Int?

  public init(
    id: String, label: String, description: String? = nil, provenance: String? = nil,
    parent: String? = nil, seed: String? = nil, negation: Bool = true, role: CategoryRole = .content,
    entries: [LexiconEntry] = [], line: Int? = nil
  ) {
    self.id = id
    self.label = label
    self.description = description
    self.provenance = provenance
    self.parent = parent
    self.seed = seed
    self.negation = negation
    self.role = role
    self.entries = entries
    self.line = line
  }
}

/// A dictionary of categories and entries, with where it came from.
public struct Lexicon: Sendable, Hashable, Codable {
  public var name: String
  public var version: String
  public var language: String
  public var license: String?
  public var description: String?
  public var provenance: String?
  public var categories: [LexiconCategory]
  /// The file it was loaded from, as given.
  public var path: String
  /// SHA-256 of the file's bytes, lowercase hex.
  public var sha256: String

  public init(
    name: String, version: String, language: String = "en", license: String? = nil,
    description: String? = nil, provenance: String? = nil, categories: [LexiconCategory],
    path: String = "", sha256: String = ""
  ) {
    self.name = name
    self.version = version
    self.language = language
    self.license = license
    self.description = description
    self.provenance = provenance
    self.categories = categories
    self.path = path
    self.sha256 = sha256
  }
}
