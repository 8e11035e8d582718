import RapportIngest
import RapportSupport

/// Counts summed over the speakers of one role (co-therapists count together).
struct RoleCounts {
  /// words[slot], slot 0 the whole session, slot k segment k.
  var words: [Int]
  /// counts[slot][category]
  var counts: [[Int]]
  /// negated[slot][category]: the hits of `counts` with a negator before them.
  var negated: [[Int]]
  var turns: Int

  init(_ session: SessionCounts, speakers: [Speaker], turnSpeakers: [Int], role: Role) {
    let slots = session.segmentation.count + 1
    words = [Int](repeating: 0, count: slots)
    counts = [[Int]](repeating: [Int](repeating: 0, count: session.categoryCount), count: slots)
    negated = counts
    turns = turnSpeakers.lazy.filter { speakers[$0].role == role }.count
    for speaker in speakers.indices where speakers[speaker].role == role {
      for slot in 0..<slots {
        words[slot] += session.words[speaker][slot]
        for category in 0..<session.categoryCount {
          let tally = session.tally(speaker: speaker, slot: slot, category: category)
          counts[slot][category] += tally.count
          negated[slot][category] += tally.negated
        }
      }
    }
  }

  /// Hits of `categories` (summed) per 100 words in `slot`; nil when the role said no words
  /// there or no category is given.
  func rate(_ categories: [Int], slot: Int = 0) -> Double? {
    guard !categories.isEmpty else { return nil }
    return Rounding.percent(categories.reduce(0) { $0 + counts[slot][$1] }, of: words[slot])
  }

  /// Hits of `category` in `slot`.
  func count(_ category: Int, slot: Int = 0) -> Int { counts[slot][category] }

  /// The hits that `terms` select (summed) per 100 words in `slot`; nil when the role said no
  /// words there or no term is given.
  func rate(_ terms: [SignedTerm], slot: Int = 0) -> Double? {
    guard !terms.isEmpty else { return nil }
    let hits = terms.reduce(0) { total, term in
      switch term.hits {
      case .all: total + counts[slot][term.category]
      case .affirmed: total + counts[slot][term.category] - negated[slot][term.category]
      case .negated: total + negated[slot][term.category]
      }
    }
    return Rounding.percent(hits, of: words[slot])
  }
}

/// What the indicators read: role totals, the turn sequence with its acts and marks, and the
/// category ids of the loaded lexicons. Indicators look categories up by id and leave a note
/// when one is missing, so a user's own lexicons degrade an indicator instead of breaking it.
struct IndicatorInput {
  /// Index of each content category by id.
  var categories: [String: Int]
  var therapist: RoleCounts
  var client: RoleCounts
  var segments: Int
  /// For each turn, in order: 1-based number, role, hits per category, laughter marks, whether
  /// a mark says both laughed, and the therapist acts (therapist turns only).
  var turns: [TurnFacts]
  /// Sentences about categories the lexicons lack, collected while indicators are computed.
  var notes: Set<String> = []

  struct TurnFacts {
    var number: Int
    var role: Role
    /// Hits by category.
    var counts: SessionCounts.TurnCounts.Turn
    var laughter: Int
    var bothLaugh: Bool
    /// The turn's primary act and every act found in it; nil for turns not the therapist's.
    var acts: TurnActs?
  }

  /// Index of category `id`, or nil with a note naming what goes without it.
  mutating func category(_ id: String, for use: String) -> Int? {
    if let index = categories[id] { return index }
    notes.insert("category '\(id)' is not in the loaded lexicons; \(use)")
    return nil
  }

  /// The per-role value of `make`, for the therapist and the client.
  func byRole(_ make: (RoleCounts) -> Double?) -> RoleValues {
    RoleValues(therapist: make(therapist).map(Rounding.round), client: make(client).map(Rounding.round))
  }
}
