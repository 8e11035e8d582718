import RapportTag
import RapportText

/// One session's hits and words counted by speaker, segment, turn and category: the numbers
/// the summaries, tables and indicators are all read from.
///
/// Slot 0 of every per-segment array is the whole session; slot `k` is segment `k` (1-based).
/// A hit counts once for its category and once for each ancestor, even when two children of
/// one parent match the same word; it falls in the segment of its first word.
struct SessionCounts {
  /// Counts of one category in one place.
  struct Tally: Hashable {
    var count = 0
    var negated = 0
    var weighted = 0.0
  }

  let categoryCount: Int
  let segmentation: Segmentation
  /// Word tokens in each turn.
  var turnWords: [Int]
  /// 0-based session position of each turn's first word.
  var turnFirstWord: [Int]
  /// words[speaker][slot]
  var words: [[Int]]
  /// tallies[(speaker * slots + slot) * categoryCount + category], `slots` being segments + 1:
  /// one flat array, so counting a hit checks one array's uniqueness, not two.
  var tallies: [Tally]
  /// Slots per speaker (segments + 1).
  let slots: Int
  /// Hits in each turn (negated included), by category: `turnCounts[turn][category]`.
  var turnCounts: TurnCounts

  init(_ tagged: TaggedTranscript, matcher: Matcher, segments: Int) {
    let transcript = tagged.transcript
    let speakers = transcript.speakers.count
    categoryCount = matcher.categories.count
    turnWords = tagged.turnWords
    var position = 0
    turnFirstWord = turnWords.map { count in
      defer { position += count }
      return position
    }
    let segmentation = Segmentation(count: segments, totalWords: position)
    self.segmentation = segmentation
    words = [[Int]](repeating: [Int](repeating: 0, count: segments + 1), count: speakers)
    slots = segments + 1
    // Counted in flat local arrays, then stored.
    var counted = [Tally](repeating: Tally(), count: speakers * slots * categoryCount)
    var perTurn = [Int](repeating: 0, count: transcript.turns.count * categoryCount)

    for (index, turn) in transcript.turns.enumerated() where turnWords[index] > 0 {
      words[turn.speaker][0] += turnWords[index]
      // The turn's words, segment by segment: its range met with each segment's range.
      let turnRange = turnFirstWord[index]..<(turnFirstWord[index] + turnWords[index])
      for segment in segmentation.segment(ofWord: turnRange.lowerBound)...segmentation.segment(ofWord: turnRange.upperBound - 1) {
        words[turn.speaker][segment + 1] += turnRange.clamped(to: segmentation.words(in: segment)).count
      }
    }

    // Hits come ordered by turn, then first token: ancestors are de-duplicated per position,
    // and the segment of each position is found by walking forward, not by a division.
    // Counted through buffers: an array checked its uniqueness on each of a hit's writes, and
    // slicing the matcher's arrays retained them per hit.
    var current = (turn: Int32(-1), token: Int32(-1))
    var countedHere: [Int] = []
    var segments = Segmentation.Cursor(segmentation)
    let turnSpeakers = transcript.turns.map(\.speaker)
    let (slots, categoryCount) = (slots, categoryCount)
    let hits = tagged.hits
    withBuffers(
      matcher.ancestorStarts, matcher.ancestorList, matcher.entryWeights, turnSpeakers, turnFirstWord
    ) { ancestorStarts, ancestorList, weights, turnSpeakers, turnFirstWord in
      counted.withUnsafeMutableBufferPointer { counted in
        perTurn.withUnsafeMutableBufferPointer { perTurn in
          for hit in hits {
            let turn = Int(hit.turn)
            if (hit.turn, hit.firstToken) != current {
              current = (hit.turn, hit.firstToken)
              countedHere.removeAll(keepingCapacity: true)
            }
            let speaker = turnSpeakers[turn]
            let slot = segments.segment(ofWord: turnFirstWord[turn] + Int(hit.firstWord)) + 1
            let weight = weights[Int(hit.entry)]
            for at in ancestorStarts[Int(hit.category)]..<ancestorStarts[Int(hit.category) + 1] {
              let category = ancestorList[at]
              if countedHere.contains(category) { continue }
              countedHere.append(category)
              perTurn[turn * categoryCount + category] += 1
              // The whole session's slot, then the segment's (no array literal: it allocated per hit).
              for pass in 0..<2 {
                let index = (speaker * slots + (pass == 0 ? 0 : slot)) * categoryCount + category
                counted[index].count += 1
                counted[index].weighted += weight
                if hit.negated { counted[index].negated += 1 }
              }
            }
          }
        }
      }
    }
    tallies = counted
    turnCounts = TurnCounts(all: perTurn, width: categoryCount)
  }

  /// Hits per turn and category in one flat array (an array per turn was an allocation each).
  struct TurnCounts {
    fileprivate let all: [Int]
    fileprivate let width: Int

    /// The counts of turn `turn`, by category.
    subscript(turn: Int) -> Turn { Turn(all: all, base: turn * width) }

    /// One turn's counts: `counts[category]`.
    struct Turn {
      fileprivate let all: [Int]
      fileprivate let base: Int

      subscript(category: Int) -> Int { all[base + category] }
    }
  }

  /// The tally of `category` for `speaker` in `slot` (0 = whole session).
  func tally(speaker: Int, slot: Int, category: Int) -> Tally {
    tallies[(speaker * slots + slot) * categoryCount + category]
  }

  /// The 1-based segment of turn `index`: that of its first word (a turn without words takes
  /// the segment the next word would fall in).
  func segment(ofTurn index: Int) -> Int {
    segmentation.segment(ofWord: turnFirstWord[index]) + 1
  }

  /// For each token of a turn, the number of word tokens before it.
  static func wordOrdinals(_ tokens: [Token]) -> [Int] {
    var ordinals: [Int] = []
    ordinals.reserveCapacity(tokens.count)
    var words = 0
    for token in tokens {
      ordinals.append(words)
      if token.kind.isWord { words += 1 }
    }
    return ordinals
  }
}

/// Calls `body` with the buffers of five arrays, read in place.
private func withBuffers<A, B, C, D, E, R>(
  _ a: [A], _ b: [B], _ c: [C], _ d: [D], _ e: [E],
  _ body: (UnsafeBufferPointer<A>, UnsafeBufferPointer<B>, UnsafeBufferPointer<C>, UnsafeBufferPointer<D>, UnsafeBufferPointer<E>) -> R
) -> R {
  a.withUnsafeBufferPointer { a in
    b.withUnsafeBufferPointer { b in
      c.withUnsafeBufferPointer { c in
        d.withUnsafeBufferPointer { d in
          e.withUnsafeBufferPointer { e in body(a, b, c, d, e) }
        }
      }
    }
  }
}
