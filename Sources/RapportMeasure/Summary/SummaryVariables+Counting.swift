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
      var variables = result[turn.speaker]
      var lastSentence: Int32 = -1
      // The code units decoded from the file where the turn has them, else the turn's text.
      let text: [UInt16]
      let base: Int
      if let range = turn.unitRange, range.upperBound <= transcript.turnText.count {
        (text, base) = (transcript.turnText, range.lowerBound)
      } else {
        (text, base) = (Array(turn.text.utf16), 0)
      }
      text.withUnsafeBufferPointer { units in
        for index in tokens.indices where tokens[index].kind.isWord {
          let token = tokens[index]
          variables.wc += 1
          if token.sentence != lastSentence {
            variables.sentences += 1
            lastSentence = token.sentence
          }
          if covered[index] > 0 { variables.dictionaryWords += 1 }
          if covered[index] == 2 { variables.functionWordCount? += 1 }
          let range = (base + Int(token.start))..<(base + Int(token.end))
          if letters(UnsafeBufferPointer(rebasing: units[range]), atLeast: 7) { variables.bigWordCount += 1 }
        }
      }
      result[turn.speaker] = variables
    }
    return result
  }

  /// Whether `text` (UTF-16) holds at least `count` letters.
  static func letters(_ text: UnsafeBufferPointer<UInt16>, atLeast count: Int) -> Bool {
    guard text.count >= count else { return false }
    // ASCII in one pass (setting bit 5 maps A–Z onto a–z and nothing else into a–z); the
    // first non-ASCII unit sends the word to the Unicode count.
    var found = 0
    var ascii = true
    for unit in text {
      if unit >= 0x80 {
        ascii = false
        break
      }
      if (0x61...0x7A).contains(unit | 0x20) { found += 1 }
    }
    if ascii { return found >= count }
    found = 0
    for scalar in String(decoding: text, as: UTF16.self).unicodeScalars where scalar.properties.isAlphabetic {
      found += 1
      if found >= count { return true }
    }
    return false
  }
}
