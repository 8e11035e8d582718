import RapportIngest
import RapportSupport
import RapportTag

extension LexiconValidator {
  /// Reads, tags and tallies one session.
  static func tally(
    _ input: BatchInput, index: Int, matcher: Matcher, gold: GoldAnnotations?, scored: [Int],
    options: ValidationOptions
  ) throws(RapportError) -> DocumentTally {
    let transcript = try TranscriptReader.read(path: input.path, options: options.ingest)
    let tagger = try Tagger(matcher: matcher, options: options.tag)
    let tagged = try tagger.tag(transcript)
    let renderer = try KwicRenderer(
      tagged: tagged, session: input.session, tokenizer: tagger.tokenizer, window: options.window,
      redact: options.redact, redactMatcher: matcher)
    let roles = Role.allCases
    var tally = DocumentTally(index: index, session: input.session)
    for (turnIndex, turn) in transcript.turns.enumerated() {
      let words = tagged.tokens[turnIndex].reduce(0) { $0 + ($1.kind.isWord ? 1 : 0) }
      tally.words += words
      tally.wordsByRole[roles.firstIndex(of: transcript.speakers[turn.speaker].role)!] += words
    }
    for hit in tagged.hits {
      let role = roles.firstIndex(of: transcript.speakers[transcript.turns[Int(hit.turn)].speaker].role)!
      var counts = tally.entries[hit.entry, default: DocumentTally.EntryCounts()]
      counts.hits += 1
      counts.byRole[role] += 1
      if hit.negated { counts.negated += 1 }
      counts.documents = 1
      tally.entries[hit.entry] = counts
      if tally.samples[hit.entry, default: []].count < options.samplesPerEntry {
        tally.samples[hit.entry, default: []].append(renderer.line(
          turn: Int(hit.turn), first: Int(hit.firstToken), last: Int(hit.lastToken), negated: hit.negated))
      }
    }
    tally.overlaps = overlaps(tagged.hits)
    tally.rolledUp = rolledUp(tagged.hits, matcher: matcher)
    if let gold {
      tally.gold = agreement(tagged, gold: gold, matcher: matcher, scored: scored, renderer: renderer)
      if let predictor = options.actPredictor { tally.predictedActs = try predictor(tagged) }
    }
    return tally
  }

  /// Hits per category with children rolled up, counted as `SessionCounts` counts them: per
  /// word position, each category of a hit's chain once.
  static func rolledUp(_ hits: [Hit], matcher: Matcher) -> DocumentTally.CategoryHits {
    var result = DocumentTally.CategoryHits(
      count: [Int](repeating: 0, count: matcher.categories.count),
      negated: [Int](repeating: 0, count: matcher.categories.count))
    var current = (turn: Int32(-1), token: Int32(-1))
    var countedHere: [Int] = []
    for hit in hits {
      if (hit.turn, hit.firstToken) != current {
        current = (hit.turn, hit.firstToken)
        countedHere.removeAll(keepingCapacity: true)
      }
      for category in matcher.selfAndAncestors(Int(hit.category)) where !countedHere.contains(category) {
        countedHere.append(category)
        result.count[category] += 1
        if hit.negated { result.negated[category] += 1 }
      }
    }
    return result
  }

  /// Hits of different categories that share a token, by category pair (in matcher order).
  static func overlaps(_ hits: [Hit]) -> [DocumentTally.CategoryPair: DocumentTally.OverlapCounts] {
    var result: [DocumentTally.CategoryPair: DocumentTally.OverlapCounts] = [:]
    // Hits come by turn, then first token; a later hit overlaps an earlier one when it starts
    // before the earlier one ends.
    var counted = Set<[Int]>()
    for i in hits.indices {
      var j = i + 1
      while j < hits.count, hits[j].turn == hits[i].turn, hits[j].firstToken <= hits[i].lastToken {
        defer { j += 1 }
        guard hits[i].category != hits[j].category else { continue }
        let (a, b) = hits[i].category < hits[j].category ? (hits[i], hits[j]) : (hits[j], hits[i])
        let pair = DocumentTally.CategoryPair(first: Int(a.category), second: Int(b.category))
        var counts = result[pair, default: DocumentTally.OverlapCounts()]
        let indexOfA = hits[i].category < hits[j].category ? i : j
        let indexOfB = indexOfA == i ? j : i
        if counted.insert([indexOfA, Int(b.category)]).inserted { counts.hitsOfFirst += 1 }
        if counted.insert([indexOfB, Int(a.category)]).inserted { counts.hitsOfSecond += 1 }
        counts.entryPairs[DocumentTally.EntryPairKey(first: a.entry, second: b.entry), default: 0] += 1
        result[pair] = counts
      }
    }
    return result
  }

  /// Gold agreement of each scored category (matcher indices) in one session.
  static func agreement(
    _ tagged: TaggedTranscript, gold: GoldAnnotations, matcher: Matcher, scored: [Int], renderer: KwicRenderer
  ) -> [String: DocumentTally.GoldCounts] {
    let chains = tagged.hits.map { matcher.selfAndAncestors(Int($0.category)) }
    var result: [String: DocumentTally.GoldCounts] = [:]
    for category in scored {
      let id = matcher.categories[category].id
      var counts = DocumentTally.GoldCounts()
      // A hit counts for its category and its ancestors; two children's hits on the same
      // tokens count once for the parent.
      var seen = Set<[Int32]>()
      var hitsByTurn: [Int: [Hit]] = [:]
      for (index, hit) in tagged.hits.enumerated() where chains[index].contains(category) {
        guard seen.insert([hit.turn, hit.firstToken, hit.lastToken]).inserted else { continue }
        hitsByTurn[Int(hit.turn), default: []].append(hit)
      }
      var spansByTurn: [Int: [GoldSpan]] = [:]
      for span in gold.spans where span.category == id { spansByTurn[span.turn - 1, default: []].append(span) }
      for turn in Set(hitsByTurn.keys).union(spansByTurn.keys).sorted() {
        let hits = hitsByTurn[turn] ?? []
        let spans = spansByTurn[turn] ?? []
        let tokens = tagged.tokens[turn]
        let ranges = hits.map { Int(tokens[Int($0.firstToken)].start)..<Int(tokens[Int($0.lastToken)].end) }
        let matched = SpanAgreement.match(gold: spans.map(\.range), hits: ranges)
        counts.goldSpans += spans.count
        counts.hits += hits.count
        for (hit, outcome) in zip(hits, matched.hits) {
          switch outcome {
          case .matched: counts.truePositives += 1
          case .redundant: counts.redundant += 1
          case .falsePositive:
            counts.falsePositives += 1
            counts.falsePositiveCases.append(AgreementCase(
              context: renderer.line(
                turn: turn, first: Int(hit.firstToken), last: Int(hit.lastToken), negated: hit.negated),
              entry: matcher.entries[Int(hit.entry)].term, goldLine: nil))
          }
        }
        for (span, hit) in zip(spans, matched.gold) where hit == nil {
          counts.falseNegatives += 1
          counts.falseNegativeCases.append(AgreementCase(
            context: renderer.line(turn: turn, range: span.range), entry: nil, goldLine: span.line))
        }
      }
      result[id] = counts
    }
    return result
  }
}
