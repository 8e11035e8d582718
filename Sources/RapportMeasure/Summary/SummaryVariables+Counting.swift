import RapportTag

extension SummaryVariables {
  /// Ids of the function-word categories: a category counts toward `function` when it or an
  /// ancestor has one of these ids (the shipped Lexicons/function-words.xml uses them, as
  /// LIWC does).
  static let functionWordIDs: Set<String> = [
    "pronoun", "ppron", "ipron", "article", "conj", "prep", "auxverb", "adverb", "negate", "quant",
  ]

  /// Each speaker's summary variables in `tagged` (by speaker index).
  ///
  /// - Complexity: O(tokens + tokens covered by hits).
  static func bySpeaker(_ tagged: TaggedTranscript, matcher: Matcher) -> [SummaryVariables] {
    let transcript = tagged.transcript
    let isFunction = matcher.categories.indices.map { index in
      matcher.selfAndAncestors(index).contains { functionWordIDs.contains(matcher.categories[$0].id) }
    }
    let hasFunctionWords = isFunction.contains(true)
    var result = [SummaryVariables](
      repeating: SummaryVariables(functionWordCount: hasFunctionWords ? 0 : nil), count: transcript.speakers.count)
    // 0 not covered, 1 covered by a content hit, 2 also by a function-word hit.
    var covered: [UInt8] = []
    var hitIndex = 0
    let hits = tagged.hits
    for (turnIndex, turn) in transcript.turns.enumerated() {
      let tokens = tagged.tokens[turnIndex]
      covered.removeAll(keepingCapacity: true)
      covered.append(contentsOf: repeatElement(0, count: tokens.count))
      while hitIndex < hits.count, Int(hits[hitIndex].turn) == turnIndex {
        let hit = hits[hitIndex]
        let mark: UInt8 = isFunction[Int(hit.category)] ? 2 : 1
        for token in Int(hit.firstToken)...Int(hit.lastToken) { covered[token] = max(covered[token], mark) }
        hitIndex += 1
      }
      // Counted without branches (a word adds 1, anything else 0): kinds, coverage and
      // sentence changes alternate too unpredictably for the processor to guess.
      var words = 0
      var sentences = 0
      var dictionary = 0
      var function = 0
      var long = 0
      var lastSentence: Int32 = -1
      tokens.withUnsafeBufferPointer { tokens in
        covered.withUnsafeBufferPointer { covered in
          for index in 0..<tokens.count {
            let token = tokens[index]
            let word = token.kind.isWord ? 1 : 0
            let newSentence = token.sentence != lastSentence ? word : 0
            sentences += newSentence
            lastSentence = word == 1 ? token.sentence : lastSentence
            words += word
            dictionary += covered[index] > 0 ? word : 0
            function += covered[index] == 2 ? word : 0
            long += token.isLong ? word : 0
          }
        }
      }
      var variables = result[turn.speaker]
      variables.wc += words
      variables.sentences += sentences
      variables.dictionaryWords += dictionary
      variables.functionWordCount? += function
      variables.bigWordCount += long
      result[turn.speaker] = variables
    }
    return result
  }
}
