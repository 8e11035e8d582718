import RapportSupport
import RapportTag
import RapportText

/// Summary's entry point: counts a tagged transcript's hits per speaker, segment and category
/// (children's hits rolled up into their parents), classifies therapist turns, and computes
/// the alliance indicators.
public enum Summarizer {
  /// The analysis of `tagged`, named `session`. `vocabulary` is the one that gave the tokens
  /// their term ids (the tagger's `tokenizer.vocabulary`; without it, words are normalized
  /// again from the turn text); `recorded` are the options written into provenance.
  public static func analyze(
    _ tagged: TaggedTranscript, session: String, matcher: Matcher, vocabulary: Vocabulary?,
    options: AnalysisOptions = AnalysisOptions(), recorded: [String: String] = [:]
  ) throws(RapportError) -> SessionAnalysis {
    let transcript = tagged.transcript
    let counts = SessionCounts(tagged, matcher: matcher, segments: options.segments)
    let content = matcher.categories.indices.filter { matcher.categories[$0].role == .content }
    var acts = try therapistActs(tagged, vocabulary: vocabulary)
    // Trained models (`--acts-model`) code the turns instead of the rules.
    let modelCodes = options.actsModels.isEmpty
      ? nil : try ActModelCoder.code(tagged, vocabulary: vocabulary, models: options.actsModels)
    if let modelActs = modelCodes?.acts { acts = modelActs }

    let turnFacts = transcript.turns.indices.map { index in
      let turn = transcript.turns[index]
      let laughter = turn.events.filter(\.isLaughter)
      return IndicatorInput.TurnFacts(
        number: turn.number, role: transcript.speakers[turn.speaker].role, counts: counts.turnCounts[index],
        laughter: laughter.count, bothLaugh: laughter.contains { $0.mentions("both") },
        acts: acts[index])
    }
    var categoryIndex: [String: Int] = [:]
    for category in content { categoryIndex[matcher.categories[category].id] = category }
    let turnSpeakers = transcript.turns.map(\.speaker)
    let input = IndicatorInput(
      categories: categoryIndex,
      therapist: RoleCounts(counts, speakers: transcript.speakers, turnSpeakers: turnSpeakers, role: .therapist),
      client: RoleCounts(counts, speakers: transcript.speakers, turnSpeakers: turnSpeakers, role: .client),
      segments: options.segments, turns: turnFacts)

    let variables = SummaryVariables.bySpeaker(tagged, matcher: matcher)
    let sessionVariables = variables.reduce(SummaryVariables()) { $0.adding($1) }
    let summary = SessionSummary(
      schema: SessionSummary.schemaVersion, session: session,
      provenance: Provenance(
        tool: "rapport", toolVersion: RapportVersion.current, source: transcript.source,
        lexicons: matcher.lexicons.map {
          LexiconProvenance(name: $0.name, version: $0.version, path: $0.path, sha256: $0.sha256)
        },
        options: recorded),
      turns: transcript.turns.count, words: counts.segmentation.totalWords, summaryVariables: sessionVariables,
      segments: spans(counts),
      speakers: speakers(transcript, counts: counts, matcher: matcher, content: content, variables: variables),
      indicators: AllianceIndicators.compute(input, composite: options.composite),
      warnings: transcript.warnings + [LanguageFit.warning(sessionVariables)].compactMap { $0 },
      hits: options.includeHits ? hitRecords(tagged, counts: counts, matcher: matcher) : nil,
      clientTalk: modelCodes?.clientTalkCounts)

    var turns: [TurnSummary] = []
    if options.turnDetails {
      turns = transcript.turns.indices.map { index in
        let turn = transcript.turns[index]
        return TurnSummary(
          number: turn.number, speaker: transcript.speakers[turn.speaker].label,
          role: transcript.speakers[turn.speaker].role, start: turn.start, words: counts.turnWords[index],
          segment: counts.segment(ofTurn: index), acts: acts[index],
          counts: content.map { counts.turnCounts[index][$0] }, clientTalk: modelCodes?.clientTalk?[index])
      }
    }
    return SessionAnalysis(summary: summary, categories: content.map { matcher.categories[$0].id }, turns: turns)
  }

  /// The summary of `tagged` with the default analysis options (five segments, no hits, no
  /// composite); `options` are the options written into provenance.
  public static func summarize(
    _ tagged: TaggedTranscript, session: String, matcher: Matcher, options: [String: String]
  ) throws(RapportError) -> SessionSummary {
    try analyze(tagged, session: session, matcher: matcher, vocabulary: nil, recorded: options).summary
  }

  /// The acts of each therapist turn (nil for other turns), each read against what the
  /// client said before it in the session.
  ///
  /// - Throws: `RapportError` when, without `vocabulary`, ICU fails to normalize a word.
  package static func therapistActs(_ tagged: TaggedTranscript, vocabulary: Vocabulary?) throws(RapportError) -> [TurnActs?] {
    let transcript = tagged.transcript
    let normalizer = TextNormalizer()
    // Without the tagger's vocabulary, the session's words are normalized again into one of
    // its own.
    let words = vocabulary ?? Vocabulary()
    // One utterance reads every turn in turn, keeping its storage.
    var utterance = ActUtterance(vocabulary: words)
    func read(_ index: Int) throws(RapportError) {
      if vocabulary != nil {
        utterance.read(tagged.tokens[index])
      } else {
        utterance = try ActUtterance(
          tokens: tagged.tokens[index], text: transcript.turns[index].text, normalizer: normalizer, vocabulary: words)
      }
    }
    var context = ActContext()
    var acts: [TurnActs?] = []
    acts.reserveCapacity(transcript.turns.count)
    for index in transcript.turns.indices {
      switch transcript.speakers[transcript.turns[index].speaker].role {
      case .therapist:
        try read(index)
        acts.append(TherapistActs.classify(utterance, context: context))
      case .client:
        try read(index)
        context.add(clientTurn: utterance)
        acts.append(nil)
      case .other:
        acts.append(nil)
      }
    }
    return acts
  }

  /// Each segment's words and the turns of its first and last word.
  static func spans(_ counts: SessionCounts) -> [SegmentSpan] {
    let segmentation = counts.segmentation
    /// The number of the turn holding word `position`: the last turn with words whose first
    /// word is at or before it.
    func turnOfWord(_ position: Int) -> Int {
      var low = 0
      var high = counts.turnFirstWord.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if counts.turnFirstWord[middle] <= position { low = middle } else { high = middle - 1 }
      }
      while low > 0, counts.turnWords[low] == 0 { low -= 1 }
      return low + 1
    }
    return (0..<segmentation.count).map { index in
      let words = segmentation.words(in: index)
      return SegmentSpan(
        segment: index + 1, words: words.count,
        firstTurn: words.isEmpty ? nil : turnOfWord(words.lowerBound),
        lastTurn: words.isEmpty ? nil : turnOfWord(words.upperBound - 1))
    }
  }
}
