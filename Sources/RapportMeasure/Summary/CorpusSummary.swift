import RapportSupport

/// `corpus.json`: what a batch did as a whole: sessions analyzed and failed, words, the mean of
/// every content category across sessions, the errors, and the schema versions of the tables
/// written beside it.
public struct CorpusSummary: Sendable, Hashable, Codable {
  /// Version of the shape; described by Schemas/corpus-1.schema.json.
  public static let schemaVersion = "rapport-corpus/1"

  /// One category across sessions for one group of speakers.
  public struct CategoryMean: Sendable, Hashable, Codable {
    /// Sessions in which the group said at least one word (the denominator of the means).
    public var sessions: Int
    /// Hits summed over those sessions.
    public var count: Int
    /// Words summed over those sessions.
    public var words: Int
    /// Mean hits per session; null without sessions.
    @Nullable public var meanCount: Double?
    /// Mean of the sessions' rates as written in sessions.csv (rounded to four decimals);
    /// null without sessions.
    @Nullable public var meanRate: Double?
    /// All hits over all words × 100; null without words.
    @Nullable public var pooledRate: Double?
  }

  /// One category's means for the therapist side, the client side, and all speakers.
  public struct CategoryMeans: Sendable, Hashable, Codable {
    public var therapist: CategoryMean
    public var client: CategoryMean
    public var all: CategoryMean
  }

  /// An input that failed, as reported on the terminal.
  public struct Failure: Sendable, Hashable, Codable {
    @Nullable public var file: String?
    @Nullable public var line: Int?
    public var message: String

    package init(file: String?, line: Int?, message: String) {
      self.file = file
      self.line = line
      self.message = message
    }
  }

  public var schema: String
  public var tool: String
  public var toolVersion: String
  public var lexicons: [LexiconProvenance]
  public var options: [String: String]
  /// Sessions analyzed.
  public var sessions: Int
  /// Inputs that failed.
  public var failed: Int
  /// Words over all analyzed sessions.
  public var words: Int
  /// Table file name → the version of its shape.
  public var tables: [String: String]
  public var categories: [String: CategoryMeans]
  public var errors: [Failure]

  package init(
    schema: String,
    tool: String,
    toolVersion: String,
    lexicons: [LexiconProvenance],
    options: [String: String],
    sessions: Int,
    failed: Int,
    words: Int,
    tables: [String: String],
    categories: [String: CategoryMeans],
    errors: [Failure]
  ) {
    self.schema = schema
    self.tool = tool
    self.toolVersion = toolVersion
    self.lexicons = lexicons
    self.options = options
    self.sessions = sessions
    self.failed = failed
    self.words = words
    self.tables = tables
    self.categories = categories
    self.errors = errors
  }
}
