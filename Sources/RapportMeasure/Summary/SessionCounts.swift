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
  /// turnCounts[turn][category]: hits in each turn (negated included).
  var turnCounts: [[Int]]

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

    // Hits come ordered by turn, then first token: ancestors are de-duplicated per position.
    // Counted through buffers: an array checked its uniqueness on each of a hit's writes.
    var current = (turn: Int32(-1), token: Int32(-1))
    var countedHere: [Int] = []
    let (ancestorStarts, ancestorList, weights) = (matcher.ancestorStarts, matcher.ancestorList, matcher.entryWeights)
    let turnSpeakers = transcript.turns.map(\.speaker)
    let (slots, categoryCount, turnFirstWord) = (slots, categoryCount, turnFirstWord)
    counted.withUnsafeMutableBufferPointer { counted in
      perTurn.withUnsafeMutableBufferPointer { perTurn in
        for hit in tagged.hits {
          let turn = Int(hit.turn)
          if (hit.turn, hit.firstToken) != current {
            current = (hit.turn, hit.firstToken)
            countedHere.removeAll(keepingCapacity: true)
          }
          let speaker = turnSpeakers[turn]
          let slot = segmentation.segment(ofWord: turnFirstWord[turn] + Int(hit.firstWord)) + 1
          let weight = weights[Int(hit.entry)]
          let chain = ancestorStarts[Int(hit.category)]..<ancestorStarts[Int(hit.category) + 1]
          for category in ancestorList[chain] where !countedHere.contains(category) {
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
    tallies = counted
    let width = categoryCount
    turnCounts = (0..<transcript.turns.count).map { turn in Array(perTurn[(turn * width)..<((turn + 1) * width)]) }
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
