import Foundation
import RapportIngest
import RapportMeasure
import RapportSupport
import RapportTag

/// Options for `LexiconValidator`.
public struct ValidationOptions: Sendable {
  public var ingest: IngestOptions
  public var tag: TagOptions
  /// Category ids to report on; empty means every content category of the lexicons.
  public var categories: [String]
  /// Keyword-in-context samples kept per entry.
  public var samplesPerEntry: Int
  /// Words on each side of a sample, and of a false positive or negative.
  public var window: Int
  /// An entry whose share of its category's hits is above this is flagged as dominating.
  public var dominanceThreshold: Double
  /// Mask names, e-mail addresses, phone numbers and dates in samples (`Redactor`).
  public var redact: Bool
  /// Sessions read at once.
  public var jobs: Int
  /// With document labels: the hits a category needs in a session to fire.
  public var minHits: Int = 1
  /// With document labels: whether negated hits count toward firing.
  public var countNegated: Bool = false
  /// Predicts the therapist act of each turn (by 1-based turn number) for act agreement with
  /// the gold act rows; without one, the report lists the gold acts only.
  public var actPredictor: (@Sendable (TaggedTranscript) throws(RapportError) -> [Int: TherapistAct])?

  public init(
    ingest: IngestOptions = IngestOptions(), tag: TagOptions = TagOptions(), categories: [String] = [],
    samplesPerEntry: Int = 3, window: Int = 6, dominanceThreshold: Double = 0.3, redact: Bool = false,
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    actPredictor: (@Sendable (TaggedTranscript) throws(RapportError) -> [Int: TherapistAct])? = nil
  ) {
    self.ingest = ingest
    self.tag = tag
    self.categories = categories
    self.samplesPerEntry = samplesPerEntry
    self.window = window
    self.dominanceThreshold = dominanceThreshold
    self.redact = redact
    self.jobs = max(1, jobs)
    self.actPredictor = actPredictor
  }

  /// Whether document labels are given (their options are recorded only then).
  var hasLabels = false

  /// The options as recorded in the report.
  var recorded: [String: String] {
    var options = [
      "samples-per-entry": String(samplesPerEntry), "window": String(window),
      "dominance-threshold": CSVTable.number(dominanceThreshold), "redact": String(redact),
      "negation-window": String(tag.window),
    ]
    if !categories.isEmpty { options["categories"] = categories.joined(separator: ",") }
    if let encoding = ingest.encoding { options["encoding"] = encoding }
    if hasLabels {
      options["min-hits"] = String(minHits)
      options["count-negated"] = String(countNegated)
    }
    return options
  }
}
