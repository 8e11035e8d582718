import RapportIngest
import RapportMeasure
import RapportSupport
import RapportText

/// Composes one synthetic session from `PhraseBank`: a cast with accented names, a handful of
/// themes, therapist acts (reflections, questions, validation, collaboration), client
/// narratives with fillers, quoted speech and transcription marks, sometimes a rupture and its
/// repair, and turn times at a plausible speaking rate.
struct SessionComposer {
  private var random: SeededRandom
  private let number: Int
  private let seed: UInt64
  private var cast: [String: String] = [:]
  private var curly = true
  /// Indices of each bank not yet used in the current round, so sentences repeat only after
  /// the whole bank has been used.
  private var decks: [String: [Int]] = [:]

  /// The composer of session `number` of the corpus generated with `seed`.
  init(seed: UInt64, number: Int) {
    self.seed = seed
    self.number = number
    random = SeededRandom(seed: seed, stream: UInt64(number))
  }

  /// The session, between 5,000 and 9,000 words long.
  mutating func compose() -> SyntheticSession {
    var names = PhraseBank.firstNames
    for role in ["client", "sibling", "partner", "friend"] {
      cast[role] = names.remove(at: random.int(below: names.count))
    }
    let surname = random.pick(PhraseBank.surnames)
    let labels = [("Dr. \(surname)", cast["client"]!), ("Therapist", "Client"), ("T", "C"), ("Counselor", "Patient")]
    let (therapistLabel, clientLabel) = random.pick(labels)
    curly = random.chance(0.7)
    let timestamped = random.chance(0.5)
    let withdrawn = random.chance(0.25)
    let wordsPerSecond = 2.2 + Double(random.int(below: 7)) / 10
    let target = random.int(in: 5_400...8_600)

    var themes = PhraseBank.themes
    var chosen: [PhraseBank.Theme] = []
    for _ in 0..<random.int(in: 4...6) { chosen.append(themes.remove(at: random.int(below: themes.count))) }

    var lines: [(Bool, String, Int)] = []
    var words = 0
    func say(_ therapist: Bool, _ text: String, _ count: Int) {
      lines.append((therapist, text, count))
      words += count
    }

    let opening = fill(random.pick(PhraseBank.openings), theme: chosen[0])
    say(true, opening, Self.wordCount(opening))
    for (index, theme) in chosen.enumerated() {
      let segmentEnd = target * (index + 1) / chosen.count - 60
      while words < segmentEnd {
        // Client and therapist alternate; now and then the client complains about the therapy
        // and the therapist repairs.
        if random.chance(0.03) {
          let complaint = fill(random.pick(PhraseBank.ruptures), theme: theme)
          say(false, complaint, Self.wordCount(complaint))
          let repair = fill(random.pick(PhraseBank.repairs), theme: theme)
          say(true, repair, Self.wordCount(repair))
        } else {
          let (reply, count) = clientTurn(theme: theme, withdrawn: withdrawn)
          say(false, reply, count)
          let act = fill(therapistLine(), theme: theme)
          say(true, act, Self.wordCount(act))
        }
      }
    }
    let (reply, count) = clientTurn(theme: chosen[chosen.count - 1], withdrawn: withdrawn)
    say(false, reply, count)
    let closing = fill(random.pick(PhraseBank.closings), theme: chosen[0])
    say(true, closing, Self.wordCount(closing))
    let goodbye = fill(random.pick(PhraseBank.clientClosings), theme: chosen[0])
    say(false, goodbye, Self.wordCount(goodbye))

    var clock = random.int(in: 3_000...20_000)
    let turns = lines.map { therapist, text, count in
      let pauses = text.split(separator: "<").count - 1
      let duration = Int(Double(count) / wordsPerSecond * 1000) + 400 + pauses * 1_500
      let turn = SyntheticSession.Turn(isTherapist: therapist, start: clock, end: clock + duration, text: text)
      clock += duration + random.int(in: 300...1_500)
      return turn
    }
    return SyntheticSession(
      number: number, seed: seed, therapistLabel: therapistLabel, clientLabel: clientLabel,
      timestamped: timestamped, themes: chosen.map(\.name), turns: turns, words: words)
  }

  /// A therapist's turn: one act, sometimes a validation before it.
  private mutating func therapistLine() -> String {
    let act = random.pick(PhraseBank.TherapistAct.allCases)
    let bank: [String] =
      switch act {
      case .reflection: PhraseBank.reflections
      case .openQuestion: PhraseBank.openQuestions
      case .closedQuestion: PhraseBank.closedQuestions
      case .validation: PhraseBank.validations
      case .collaboration: PhraseBank.collaborations
      case .summary: PhraseBank.summaries
      }
    var line = bank[draw("\(act)", from: bank.count)]
    if act != .validation, random.chance(0.2) {
      line = PhraseBank.validations[draw("\(PhraseBank.TherapistAct.validation)", from: PhraseBank.validations.count)] + " " + line
    }
    if random.chance(0.05) { line = "[laughs] " + line }
    return line
  }

  /// A client's turn about `theme` and its word count (marks left out).
  private mutating func clientTurn(theme: PhraseBank.Theme, withdrawn: Bool) -> (String, Int) {
    if random.chance(withdrawn ? 0.45 : 0.08) {
      let answer = random.pick(PhraseBank.minimalAnswers)
      return (fill(answer, theme: theme), Self.wordCount(answer))
    }
    var parts: [String] = []
    var count = 0
    if random.chance(0.35) {
      let filler = fill(random.pick(PhraseBank.fillers), theme: theme)
      parts.append(filler)
      count += Self.wordCount(filler)
    }
    for index in 0..<random.int(in: withdrawn ? 1...3 : 2...7) {
      var sentence = Self.capitalized(fill(theme.client[draw(theme.name, from: theme.client.count)], theme: theme))
      if index == 0, parts.last?.hasSuffix(",") == true {
        sentence = Self.lowercasedStart(sentence)
      } else if index > 0, random.chance(0.15) {
        sentence = random.pick(PhraseBank.openers) + " " + Self.lowercasedStart(sentence)
      }
      count += Self.wordCount(sentence)
      if index > 0, random.chance(0.12), let last = parts.popLast(), last.hasSuffix(".") {
        parts.append(last.dropLast() + " — " + Self.lowercasedStart(sentence))
      } else {
        parts.append(sentence)
      }
      if random.chance(0.12) { parts.append(random.pick(PhraseBank.marks)) }
    }
    return (parts.joined(separator: " "), count)
  }

  /// An index into a bank of `count` items, drawn without repeats until the bank is used up.
  private mutating func draw(_ bank: String, from count: Int) -> Int {
    if decks[bank, default: []].isEmpty {
      var order = Array(0..<count)
      for index in stride(from: count - 1, to: 0, by: -1) {
        order.swapAt(index, random.int(below: index + 1))
      }
      decks[bank] = order
    }
    return decks[bank]!.removeLast()
  }

  /// `text` with its first letter in upper case (a sentence that starts with a slot).
  static func capitalized(_ text: String) -> String {
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// `text` with its first letter in lower case, unless its first word is `I` or a form of
  /// it, or a name.
  static func lowercasedStart(_ text: String) -> String {
    let firstWord = text.prefix { $0.isLetter || $0 == "'" || $0 == "’" }
    let keep = firstWord == "I" || firstWord.hasPrefix("I'") || firstWord.hasPrefix("I’")
      || PhraseBank.firstNames.contains(String(firstWord))
    guard !keep, let first = text.first else { return text }
    return first.lowercased() + text.dropFirst()
  }

  /// `template` with its slots filled and the session's quote style applied.
  private mutating func fill(_ template: String, theme: PhraseBank.Theme) -> String {
    var text = template
    for _ in 0..<3 where text.contains("{") {
      var output = ""
      var rest = text[...]
      while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
        output += rest[..<open]
        output += slot(String(rest[rest.index(after: open)..<close]), theme: theme)
        rest = rest[rest.index(after: close)...]
      }
      text = output + rest
    }
    return curly ? text.replacingOccurrences(of: "'", with: "’") : text
  }

  private mutating func slot(_ name: String, theme: PhraseBank.Theme) -> String {
    switch name {
    case "feeling": random.pick(theme.feelings)
    case "person": random.pick(PhraseBank.people)
    case "someone": random.pick(PhraseBank.others)
    case "time": random.pick(PhraseBank.times)
    case "place": random.pick(PhraseBank.places)
    case "activity": random.pick(PhraseBank.activities)
    case "theme": theme.name
    case "quote": curly ? "“" + random.pick(PhraseBank.quotes) + "”" : "\"" + random.pick(PhraseBank.quotes) + "\""
    default: cast[name] ?? name
    }
  }

  /// Words as the composer counts them: space-separated pieces holding a letter or digit,
  /// transcription marks left out.
  static func wordCount(_ text: String) -> Int {
    var units = Array(text.utf16)
    for event in TranscriptionMarks.find(in: text).reversed() {
      units.replaceSubrange(event.range, with: [UInt16(ascii: " ")])
    }
    return UTF16Text.string(units).split(whereSeparator: \.isWhitespace)
      .count { piece in piece.contains { $0.isLetter || $0.isNumber } }
  }
}
