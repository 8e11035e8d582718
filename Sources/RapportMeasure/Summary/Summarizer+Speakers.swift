import RapportIngest
import RapportSupport
import RapportTag

extension Summarizer {
  /// Each speaker's turns, words, marks, and category counts for the session and per segment.
  static func speakers(
    _ transcript: Transcript, counts: SessionCounts, matcher: Matcher, content: [Int], variables: [SummaryVariables]
  ) -> [SpeakerSummary] {
    var turns = [Int](repeating: 0, count: transcript.speakers.count)
    var events = [[String: Int]](repeating: [:], count: transcript.speakers.count)
    for turn in transcript.turns {
      turns[turn.speaker] += 1
      for event in turn.events { events[turn.speaker][event.kind, default: 0] += 1 }
    }
    func categories(speaker: Int, slot: Int) -> [String: CategoryCount] {
      let words = counts.words[speaker][slot]
      var found: [String: CategoryCount] = [:]
      found.reserveCapacity(content.count)
      for category in content {
        let tally = counts.tally(speaker: speaker, slot: slot, category: category)
        found[matcher.categories[category].id] = CategoryCount(
          count: tally.count, negated: tally.negated, weighted: Rounding.round(tally.weighted),
          rate: Rounding.round(Rounding.percent(tally.count, of: words) ?? 0))
      }
      return found
    }
    return transcript.speakers.indices.map { speaker in
      SpeakerSummary(
        label: transcript.speakers[speaker].label, role: transcript.speakers[speaker].role,
        roleSource: transcript.speakers[speaker].roleSource, turns: turns[speaker],
        words: counts.words[speaker][0], summaryVariables: variables[speaker], events: events[speaker],
        categories: categories(speaker: speaker, slot: 0),
        segments: (1...counts.segmentation.count).map { slot in
          SpeakerSegment(segment: slot, words: counts.words[speaker][slot], categories: categories(speaker: speaker, slot: slot))
        })
    }
  }

  /// Every hit with its entry, modifiers, place, text and a few words of context.
  static func hitRecords(_ tagged: TaggedTranscript, counts: SessionCounts, matcher: Matcher) -> [HitRecord] {
    let transcript = tagged.transcript
    var records: [HitRecord] = []
    records.reserveCapacity(tagged.hits.count)
    var ordinals: [Int] = []
    var words: [Int] = []
    var currentTurn = -1
    for hit in tagged.hits {
      let index = Int(hit.turn)
      let turn = transcript.turns[index]
      let tokens = tagged.tokens[index]
      if index != currentTurn {
        currentTurn = index
        ordinals = SessionCounts.wordOrdinals(tokens)
        words = tokens.indices.filter { tokens[$0].kind.isWord }
      }
      let first = tokens[Int(hit.firstToken)]
      let last = tokens[Int(hit.lastToken)]
      let firstOrdinal = ordinals[Int(hit.firstToken)]
      let lastOrdinal = ordinals[Int(hit.lastToken)]
      let contextStart = tokens[words[max(0, firstOrdinal - contextWords)]].start
      let contextEnd = tokens[words[min(words.count - 1, lastOrdinal + contextWords)]].end
      var modifiers: [String] = []
      if hit.hedged { modifiers.append("hedge") }
      if hit.intensified { modifiers.append("intensifier") }
      records.append(HitRecord(
        category: matcher.categories[Int(hit.category)].id, entry: matcher.entries[Int(hit.entry)].term,
        negated: hit.negated, modifiers: modifiers, turn: turn.number,
        speaker: transcript.speakers[turn.speaker].label,
        segment: counts.segmentation.segment(ofWord: counts.turnFirstWord[index] + firstOrdinal) + 1,
        start: Int(first.start), end: Int(last.end), turnByteStart: turn.byteRange.lowerBound,
        turnByteEnd: turn.byteRange.upperBound, text: turn.text.utf16Slice(Int(first.start)..<Int(last.end)),
        context: oneLine(turn.text.utf16Slice(Int(contextStart)..<Int(contextEnd)))))
    }
    return records
  }

  /// Words of context either side of a hit.
  static let contextWords = 5

  private static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}
