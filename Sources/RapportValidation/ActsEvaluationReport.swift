import RapportIngest
import RapportMeasure
import RapportSupport

/// What `rapport acts evaluate` found: Rapport's therapist acts against human codes of the same
/// utterances, compared at the level the codes use, and per-session R:Q against the coders'.
/// Written as JSON with `--out` and summarized on the terminal (`lines()`).
public struct ActsEvaluationReport: Sendable, Hashable, Codable {
  /// Version of the JSON's shape.
  public static let schemaVersion = "rapport-acts-evaluation/1"

  /// A coded session whose codes do not line up with its transcript's turns; none of its
  /// utterances is compared.
  public struct Unaligned: Sendable, Hashable, Codable {
    public var session: String
    /// Code rows of the chosen role for the session.
    public var codedUtterances: Int
    /// Turns of the chosen role in the transcript.
    public var transcriptTurns: Int
    /// What does not line up, one sentence each (at most five).
    public var problems: [String]
  }

  /// One label's scores as the positive class.
  public struct LabelResult: Sendable, Hashable, Codable {
    public var label: ActLabel
    /// Utterances the coders gave this label.
    public var coded: Int
    /// Utterances whose act fell under this label.
    public var predicted: Int
    public var score: AgreementScore
  }

  /// R:Q of one session by Rapport (from its primary acts, as in sessions.csv) and by the
  /// coders (reflections / questions among their codes); nil where there is no question.
  public struct SessionRatio: Sendable, Hashable, Codable {
    public var session: String
    @Rounded public var rapport: Double?
    @Rounded public var coders: Double?
  }

  /// Per-session R:Q and Spearman's ρ between Rapport's and the coders' over the sessions
  /// where both are defined.
  public struct RatioAgreement: Sendable, Hashable, Codable {
    public var sessions: [SessionRatio]
    /// Sessions where both ratios are defined.
    public var pairs: Int
    @Rounded public var spearman: Double?
  }

  public var schema: String
  /// The codes file, the label column and the label map (nil without one), as given.
  public var codes: String
  public var labelColumn: String
  public var labelMap: String?
  /// The role whose utterances were compared.
  public var role: Role
  /// Sessions named in the codes file.
  public var sessionsCoded: Int
  /// Sessions whose utterances were compared, sorted.
  public var sessionsEvaluated: [String]
  public var unaligned: [Unaligned]
  /// Sessions in the codes file with no transcript, sorted.
  public var withoutTranscript: [String]
  /// Transcripts with no codes, sorted.
  public var withoutCodes: [String]
  /// Transcripts that could not be read.
  public var unreadable: [CorpusSummary.Failure]
  /// Utterances compared, and code rows of the evaluated sessions skipped for an empty label.
  public var utterances: Int
  public var emptyLabels: Int
  /// Rows and columns of `confusion`: the labels the coders used and those Rapport's acts fell
  /// under, in `ActLabel` order.
  public var labels: [ActLabel]
  /// `confusion[c][r]`: utterances coded `labels[c]` whose act fell under `labels[r]`.
  public var confusion: [[Int]]
  public var acts: [LabelResult]
  @Rounded public var accuracy: Double?
  /// Cohen's kappa over all compared utterances.
  @Rounded public var kappa: Double?
  public var reflectionToQuestion: RatioAgreement
}
