import RapportMeasure
import RapportSupport

/// The sessions' tallies merged in corpus order: what a validation report is built from.
struct CorpusTally {
  var samplesPerEntry: Int
  var sessions: [String] = []
  var words = 0
  var wordsByRole = [0, 0, 0]
  var entries: [Int32: DocumentTally.EntryCounts] = [:]
  /// Words and hits per entry of each session with words, for the reliability matrices.
  var documents: [(words: Int, hits: [Int32: Int])] = []
  /// The first sample of an entry from each session, in corpus order, up to the limit.
  var samples: [Int32: [KwicLine]] = [:]
  /// Further samples, used when fewer sessions than the limit have the entry.
  var spareSamples: [Int32: [KwicLine]] = [:]
  var overlaps: [DocumentTally.CategoryPair: DocumentTally.OverlapCounts] = [:]
  var gold: [String: DocumentTally.GoldCounts] = [:]
  var goldSessions: [String] = []
  var predictedActs: [String: [Int: TherapistAct]] = [:]
  var failures: [RapportError] = []
  /// Each session's rolled-up category hits, by session id.
  var rolledUp: [String: DocumentTally.CategoryHits] = [:]

  init(samplesPerEntry: Int) { self.samplesPerEntry = samplesPerEntry }

  mutating func add(_ tally: DocumentTally) {
    sessions.append(tally.session)
    words += tally.words
    for role in wordsByRole.indices { wordsByRole[role] += tally.wordsByRole[role] }
    for (entry, counts) in tally.entries {
      var total = entries[entry, default: DocumentTally.EntryCounts()]
      total.hits += counts.hits
      total.negated += counts.negated
      total.documents += counts.documents
      for role in total.byRole.indices { total.byRole[role] += counts.byRole[role] }
      entries[entry] = total
    }
    if tally.words > 0 { documents.append((tally.words, tally.entries.mapValues(\.hits))) }
    for (entry, lines) in tally.samples {
      var kept = samples[entry, default: []]
      var spare = spareSamples[entry, default: []]
      var rest = lines[...]
      if kept.count < samplesPerEntry, let first = rest.popFirst() { kept.append(first) }
      spare += rest.prefix(max(0, samplesPerEntry - spare.count))
      samples[entry] = kept
      spareSamples[entry] = spare
    }
    for (pair, counts) in tally.overlaps {
      var total = overlaps[pair, default: DocumentTally.OverlapCounts()]
      total.hitsOfFirst += counts.hitsOfFirst
      total.hitsOfSecond += counts.hitsOfSecond
      total.entryPairs.merge(counts.entryPairs, uniquingKeysWith: +)
      overlaps[pair] = total
    }
    if let sessionGold = tally.gold {
      goldSessions.append(tally.session)
      for (category, counts) in sessionGold { gold[category, default: DocumentTally.GoldCounts()].add(counts) }
    }
    if let acts = tally.predictedActs { predictedActs[tally.session] = acts }
    rolledUp[tally.session] = tally.rolledUp
  }

  /// The samples of `entry`: one per session first, then more from the same sessions.
  func samples(of entry: Int32) -> [KwicLine] {
    let kept = samples[entry] ?? []
    return kept + (spareSamples[entry] ?? []).prefix(samplesPerEntry - kept.count)
  }
}
