import RapportMeasure

/// What one session contributes to a validation report; sessions are tallied in parallel and
/// merged in corpus order.
struct DocumentTally: Sendable {
  /// Hits of one entry in one session (or, merged, in the corpus).
  struct EntryCounts: Sendable {
    var hits = 0
    /// By `Role.allCases` index.
    var byRole = [0, 0, 0]
    var negated = 0
    var documents = 0
  }

  /// Overlapping hits of two categories.
  struct OverlapCounts: Sendable {
    var hitsOfFirst = 0
    var hitsOfSecond = 0
    /// By (entry of the first category, entry of the second).
    var entryPairs: [EntryPairKey: Int] = [:]
  }

  struct CategoryPair: Hashable, Sendable {
    var first: Int
    var second: Int
  }

  struct EntryPairKey: Hashable, Sendable {
    var first: Int32
    var second: Int32
  }

  /// Gold agreement counts of one category.
  struct GoldCounts: Sendable {
    var goldSpans = 0
    var hits = 0
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var redundant = 0
    var falsePositiveCases: [AgreementCase] = []
    var falseNegativeCases: [AgreementCase] = []

    mutating func add(_ other: GoldCounts) {
      goldSpans += other.goldSpans
      hits += other.hits
      truePositives += other.truePositives
      falsePositives += other.falsePositives
      falseNegatives += other.falseNegatives
      redundant += other.redundant
      falsePositiveCases += other.falsePositiveCases
      falseNegativeCases += other.falseNegativeCases
    }
  }

  var index: Int
  var session: String
  var words = 0
  /// By `Role.allCases` index.
  var wordsByRole = [0, 0, 0]
  /// By matcher entry index.
  var entries: [Int32: EntryCounts] = [:]
  /// Up to `samplesPerEntry` samples by matcher entry index, in text order.
  var samples: [Int32: [KwicLine]] = [:]
  var overlaps: [CategoryPair: OverlapCounts] = [:]
  /// By category id, for sessions with gold annotations.
  var gold: [String: GoldCounts]?
  /// Predicted act by 1-based turn, when an act predictor was given and the session has gold.
  var predictedActs: [Int: TherapistAct]?
  /// Hits by matcher category index, children rolled up into their parents as in the
  /// session counts of `rapport analyze` (two children's hits on one word count once for the
  /// parent); and how many of them are negated. For document-level labels.
  var rolledUp = CategoryHits()

  /// Hits and negated hits by matcher category index.
  struct CategoryHits: Sendable {
    var count: [Int] = []
    var negated: [Int] = []
  }
}
