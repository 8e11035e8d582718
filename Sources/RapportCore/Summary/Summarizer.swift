/// Summary's entry point: counts a tagged transcript's hits per speaker and category, with
/// children's hits rolled up into their parents.
public enum Summarizer {
  /// The summary of `tagged`, named `session`, with `options` recorded in its provenance.
  public static func summarize(
    _ tagged: TaggedTranscript, session: String, matcher: Matcher, options: [String: String]
  ) -> SessionSummary {
    let transcript = tagged.transcript
    let contentCategories = matcher.categories.indices.filter { matcher.categories[$0].role == .content }
    var words = [Int](repeating: 0, count: transcript.speakers.count)
    var turns = [Int](repeating: 0, count: transcript.speakers.count)
    var events = [[String: Int]](repeating: [:], count: transcript.speakers.count)
    for (index, turn) in transcript.turns.enumerated() {
      words[turn.speaker] += tagged.tokens[index].lazy.filter { $0.kind.isWord }.count
      turns[turn.speaker] += 1
      for event in turn.events { events[turn.speaker][event.kind, default: 0] += 1 }
    }

    // counts[speaker][category]; a hit counts once for its category and once per ancestor,
    // even when two children of one parent match the same token.
    var counts = [[CategoryCount]](
      repeating: [CategoryCount](repeating: CategoryCount(count: 0, negated: 0, weighted: 0, rate: 0), count: matcher.categories.count),
      count: transcript.speakers.count)
    var counted = Set<[Int32]>()
    for hit in tagged.hits {
      let speaker = transcript.turns[Int(hit.turn)].speaker
      let weight = matcher.entries[Int(hit.entry)].weight
      for category in matcher.selfAndAncestors(Int(hit.category)) {
        guard counted.insert([Int32(category), hit.turn, hit.firstToken]).inserted else { continue }
        counts[speaker][category].count += 1
        counts[speaker][category].weighted += weight
        if hit.negated { counts[speaker][category].negated += 1 }
      }
    }

    let speakers = transcript.speakers.indices.map { speaker in
      var categories: [String: CategoryCount] = [:]
      for category in contentCategories {
        var count = counts[speaker][category]
        count.weighted = Rounding.round(count.weighted)
        count.rate = words[speaker] > 0 ? Rounding.round(Double(count.count) * 100 / Double(words[speaker])) : 0
        categories[matcher.categories[category].id] = count
      }
      return SpeakerSummary(
        label: transcript.speakers[speaker].label, role: transcript.speakers[speaker].role,
        roleSource: transcript.speakers[speaker].roleSource, turns: turns[speaker],
        words: words[speaker], events: events[speaker], categories: categories)
    }
    return SessionSummary(
      schema: SessionSummary.schemaVersion, session: session,
      provenance: Provenance(
        tool: "rapport", toolVersion: RapportVersion.current, source: transcript.source,
        lexicons: matcher.lexicons.map {
          LexiconProvenance(name: $0.name, version: $0.version, path: $0.path, sha256: $0.sha256)
        },
        options: options),
      turns: transcript.turns.count, words: words.reduce(0, +), speakers: speakers,
      warnings: transcript.warnings)
  }
}

/// Fixed rounding for every number Rapport writes, so outputs are byte-identical across runs.
public enum Rounding {
  /// Decimal places kept in outputs.
  public static let places = 4

  public static func round(_ value: Double) -> Double {
    let scale = 10_000.0
    return (value * scale).rounded(.toNearestOrEven) / scale
  }
}
