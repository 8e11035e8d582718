import RapportMeasure
import RapportSupport

/// Builds a session's report page (`<session>.html`) from its `SessionSummary` alone, so
/// `analyze --format html` and `rapport report` (which decodes `<session>.json`) write the
/// same bytes.
package enum SessionPage {
  typealias Node = Markup.Node

  /// Palette colour of each therapist act group in the turn strip.
  static let actColours: [(group: TherapistAct.Group, colour: Int)] = [
    (.question, 5), (.reflection, 3), (.input, 1), (.affirm, 7), (.seekingCollaboration, 2),
    (.emphasizingAutonomy, 4), (.confront, 6), (.other, 0),
  ]
  /// Client turns' strongest category → colour: the families the strip distinguishes.
  static let clientFamilies: [(name: String, categories: Set<String>, colour: Int)] = [
    ("negative emotion", ["negative_emotion", "anger", "anger_annoyance", "anger_hostility", "sadness", "fear", "shame", "guilt", "loneliness", "anxiety"], 6),
    ("positive emotion", ["positive_emotion", "joy", "hope"], 1),
    ("trust and safety", ["trust", "trust_positive", "safety", "safety_positive", "connection", "empathy"], 3),
    ("rupture themes", ["withdrawal", "confrontation", "distrust", "threat", "disconnection", "avoidance", "power_struggle"], 7),
  ]
  static let otherClientColour = 2
  /// A turn without an act or a hit: neutral grey.
  static let noHitsColour = 8

  /// The page's HTML text.
  package static func html(_ summary: SessionSummary) -> String {
    var body: [Node] = [
      Markup.element("p", ["class": "nav"], [Markup.element("a", ["href": "index.html"], text: "← all sessions")]),
      Markup.element("h1", text: "Session \(summary.session)"),
      Markup.element(
        "p", ["class": "lead"],
        text: "\(summary.turns) turns, \(summary.words) words, \(summary.segments.count) segments of equal word count."),
      provenance(summary),
      talkBalance(summary),
      affect(summary),
      styleMatching(summary),
      turnStrip(summary),
      miti(summary),
      categories(summary),
    ]
    if let hits = summary.hits { body.append(hitsSection(hits)) }
    return Markup.page(
      title: "Rapport — \(summary.session)",
      description: "Rapport session report for \(summary.session)",
      body: [Markup.element("main", [:], body)])
  }

  static func section(_ title: String, id: String, _ children: [Node]) -> Node {
    Markup.element("section", ["id": id, "aria-labelledby": "\(id)-h"], [Markup.element("h2", ["id": "\(id)-h"], text: title)] + children)
  }

  static func value(_ number: Double?) -> String { number.map(Rounding.text) ?? "—" }

  static func provenance(_ summary: SessionSummary) -> Node {
    let source = summary.provenance.source
    var rows: [[String]] = [
      ["source", source.path], ["format", source.format], ["encoding", source.encoding],
      ["bytes", String(source.byteCount)], ["sha256", source.sha256],
      ["tool", "\(summary.provenance.tool) \(summary.provenance.toolVersion)"],
    ]
    rows += summary.provenance.lexicons.map { ["lexicon", "\($0.name) \($0.version) (\($0.path))"] }
    rows += summary.provenance.options.keys.sorted().map { ["--\($0)", summary.provenance.options[$0] ?? ""] }
    var children: [Node] = [
      Markup.element("details", [:], [
        Markup.element("summary", text: "Where these numbers come from"),
        Markup.table(header: ["what", "value"], rows: rows, attributes: ["class": "provenance"]),
      ])
    ]
    let warnings = summary.warnings.map { warning in
      "\(warning.code)" + (warning.line.map { " (line \($0))" } ?? "") + ": \(warning.message)"
    } + summary.indicators.notes.map { "note: \($0)" }
    if warnings.isEmpty {
      children.append(Markup.element("p", text: "No warnings."))
    } else {
      children.append(Markup.element("ul", ["class": "warnings"], warnings.map { Markup.element("li", text: $0) }))
    }
    return section("Provenance and warnings", id: "provenance", children)
  }

  static func talkBalance(_ summary: SessionSummary) -> Node {
    let balance = summary.indicators.talkBalance
    let share = balance.clientWordShare.map { Rounding.text(($0 * 1000).rounded() / 10) + "%" } ?? "undefined"
    return section("Talk balance", id: "talk", [
      SVGChart.shareBar(
        id: "talk-chart", title: "Words spoken by therapist and client",
        description: "Therapist \(balance.therapist.words) words in \(balance.therapist.turns) turns; client \(balance.client.words) words in \(balance.client.turns) turns; client share \(share).",
        parts: [("therapist", Double(balance.therapist.words), 5), ("client", Double(balance.client.words), 1)]),
      Markup.table(
        header: ["speaker", "turns", "words", "mean words per turn"],
        rows: [
          ["therapist", String(balance.therapist.turns), String(balance.therapist.words), value(balance.therapist.meanTurnLength)],
          ["client", String(balance.client.turns), String(balance.client.words), value(balance.client.meanTurnLength)],
        ], numeric: [1, 2, 3]),
    ])
  }

  static func segmentLabels(_ summary: SessionSummary) -> [String] {
    summary.segments.map { String($0.segment) }
  }

  /// Client rates per segment of `category`, when the session has the category.
  static func clientSeries(_ summary: SessionSummary, _ category: String) -> [Double?]? {
    guard let client = summary.speakers.first(where: { $0.role == .client }) else { return nil }
    guard client.categories[category] != nil else { return nil }
    return client.segments.map { segment in segment.words > 0 ? segment.categories[category]?.rate : nil }
  }

  static func affect(_ summary: SessionSummary) -> Node {
    let trajectory = summary.indicators.affectTrajectory
    var series: [SVGChart.Series] = []
    if let negative = trajectory.negativeEmotion {
      series.append(.init(name: "negative emotion (\(negative.category))", values: negative.segments, colour: 6))
    }
    if let trust = trajectory.trust {
      series.append(.init(name: "trust / safety (\(trust.category))", values: trust.segments, colour: 5))
    }
    for (category, colour) in [("anger", 1), ("sadness", 3), ("fear", 7)] {
      if let values = clientSeries(summary, category) { series.append(.init(name: category, values: values, colour: colour)) }
    }
    guard !series.isEmpty else {
      return section("Affect trajectory", id: "affect", [Markup.element("p", text: "The lexicons have no negative-emotion or trust category.")])
    }
    let table = Markup.table(
      header: ["client, % of words"] + segmentLabels(summary).map { "segment \($0)" },
      rows: series.map { [$0.name] + $0.values.map(value) }, numeric: Set(1...max(1, summary.segments.count)))
    return section("Affect trajectory", id: "affect", [
      Markup.element("p", text: "The client's rate of each category in each segment, as percent of the client's words in that segment; a gap is a segment in which the client said nothing."),
      SVGChart.lineChart(
        id: "affect-chart", title: "Client affect per segment (percent of words)",
        description: "Line chart of the client's negative-emotion and trust rates per segment; the table below gives every value.",
        xLabels: segmentLabels(summary), xTitle: "segment", yTitle: "% of client words", series: series),
      Markup.element("details", [:], [Markup.element("summary", text: "Values"), table]),
    ])
  }

  static func styleMatching(_ summary: SessionSummary) -> Node {
    let lsm = summary.indicators.languageStyleMatching
    return section("Language style matching", id: "lsm", [
      Markup.element("p", text: "LSM between therapist and client in each segment (0 to 1; 1 means identical function-word use). Whole session: \(value(lsm.session))."),
      SVGChart.lineChart(
        id: "lsm-chart", title: "Language style matching per segment",
        description: "Line chart of LSM per segment: " + zip(segmentLabels(summary), lsm.segments).map { "segment \($0): \(value($1))" }.joined(separator: ", ") + ".",
        xLabels: segmentLabels(summary), xTitle: "segment", yTitle: "LSM (0–1)",
        series: [.init(name: "LSM", values: lsm.segments, colour: 3)], fixedDomain: 0...1),
    ])
  }

  static func colour(of mark: TurnMark) -> (colour: Int, name: String) {
    if mark.role == .therapist, let code = mark.act, let act = TherapistAct(rawValue: code) {
      let colour = actColours.first { $0.group == act.group }?.colour ?? 0
      return (colour, code)
    }
    if mark.role == .client, let strongest = mark.strongest {
      let family = clientFamilies.first { $0.categories.contains(strongest) }
      return (family?.colour ?? otherClientColour, strongest)
    }
    return (noHitsColour, mark.role == .therapist ? "no act" : "no hits")
  }

  static func turnStrip(_ summary: SessionSummary) -> Node {
    guard let marks = summary.turnMarks else {
      return section("Turn by turn", id: "turns", [
        Markup.element("p", text: "This session's JSON has no turn marks; analyze again with --format including html to draw the strip."),
      ])
    }
    let sequences = summary.indicators.ruptureRepair.sequences
    let index = Dictionary(marks.enumerated().map { ($1.turn, $0) }, uniquingKeysWith: { first, _ in first })
    let links = sequences.compactMap { sequence in
      index[sequence.ruptureTurn].flatMap { from in index[sequence.repairTurn].map { (from, $0) } }
    }
    let repairedTurns = Set(sequences.map(\.ruptureTurn))
    let strip = marks.map { mark -> SVGChart.StripMark in
      let (colour, name) = colour(of: mark)
      var title = "turn \(mark.turn), \(mark.role.rawValue), \(mark.words) words: \(name)"
      if mark.rupture { title += "; rupture marker" + (repairedTurns.contains(mark.turn) ? " (repaired)" : " (no repair within \(RuptureRepair.window) turns)") }
      if mark.repair { title += "; repair statement" }
      if mark.laughter > 0 { title += "; laughter ×\(mark.laughter)" }
      return SVGChart.StripMark(
        colour: colour, title: title, upper: mark.role == .therapist, rupture: mark.rupture, repair: mark.repair,
        laughter: mark.laughter > 0)
    }
    let ruptures = marks.filter(\.rupture).count
    let legend = actColours.map { ($0.group.rawValue, $0.colour) } + clientFamilies.map { ("client: \($0.name)", $0.colour) }
      + [("client: other category", otherClientColour), ("no hits", noHitsColour)]
    return section("Turn by turn", id: "turns", [
      Markup.element("p", text: "One bar per turn: therapist turns (upper row) coloured by their act, client turns (lower row) by their strongest category. ▼ a rupture marker, ▲ a repair statement, an arc joins a rupture to its repair, ○ laughter. Hover a bar for its turn."),
      SVGChart.turnStrip(
        id: "turn-strip", title: "Turn-by-turn strip of the session",
        description: "\(marks.count) turns; \(ruptures) client turn(s) with a rupture marker, \(sequences.count) repaired; \(marks.filter(\.repair).count) therapist turn(s) with a repair statement; \(marks.filter { $0.laughter > 0 }.count) turn(s) with laughter.",
        marks: strip, links: links),
      SVGChart.legend(legend),
    ])
  }

  static func miti(_ summary: SessionSummary) -> Node {
    let miti = summary.indicators.miti
    let rows = miti.fields.map { field -> [String] in
      switch field.value {
      case .count(let count): [field.name, String(count)]
      case .number(let number): [field.name, value(number)]
      case .band(let band): [field.name, band?.rawValue ?? "—"]
      }
    }
    let rq = MITISummary.reflectionToQuestionThresholds
    let cr = MITISummary.complexReflectionThresholds
    return section("MITI summary", id: "miti", [
      Markup.element("p", text: "Therapist acts coded by Rapport's rules (an estimate, not a trained coder). Bands from MITI 4.2: R:Q fair at \(Rounding.text(rq.fair)), good at \(Rounding.text(rq.good)); %CR fair at \(Rounding.text(cr.fair))%, good at \(Rounding.text(cr.good))%."),
      Markup.element("p", ["class": "bands"], [
        Markup.element("span", ["class": "band"], text: "R:Q \(value(miti.reflectionToQuestionRatio)) — \(miti.rqBand?.rawValue ?? "undefined")"),
        Markup.element("span", ["class": "band"], text: "%CR \(value(miti.percentComplexReflections)) — \(miti.crBand?.rawValue ?? "undefined")"),
      ]),
      Markup.table(header: ["field", "value"], rows: rows, numeric: [1]),
    ])
  }

  static func categories(_ summary: SessionSummary) -> Node {
    let therapist = summary.speakers.filter { $0.role == .therapist }
    let client = summary.speakers.filter { $0.role == .client }
    let ids = Set(summary.speakers.flatMap(\.categories.keys))
    func total(_ speakers: [SpeakerSummary], _ id: String) -> (count: Int, negated: Int) {
      speakers.reduce((0, 0)) { sum, speaker in
        let count = speaker.categories[id]
        return (sum.0 + (count?.count ?? 0), sum.1 + (count?.negated ?? 0))
      }
    }
    struct Row {
      var id: String
      var therapist: (count: Int, negated: Int)
      var client: (count: Int, negated: Int)
      var all: (count: Int, negated: Int)
    }
    var found: [Row] = []
    for id in ids {
      let row = Row(id: id, therapist: total(therapist, id), client: total(client, id), all: total(summary.speakers, id))
      if row.all.count > 0 { found.append(row) }
    }
    found.sort { a, b in a.all.count != b.all.count ? a.all.count > b.all.count : a.id < b.id }
    let rows: [[String]] = found.map { row in
      [row.id, String(row.therapist.count), String(row.therapist.negated), String(row.client.count),
       String(row.client.negated), String(row.all.count)]
    }
    return section("Categories by speaker", id: "categories", [
      Markup.element("p", text: "Hits per category, most frequent first (categories without hits left out); negated hits are counted in the hits and shown apart."),
      Markup.table(
        header: ["category", "therapist hits", "therapist negated", "client hits", "client negated", "all speakers"],
        rows: rows, numeric: [1, 2, 3, 4, 5]),
    ])
  }

  static func hitsSection(_ hits: [HitRecord]) -> Node {
    section("Hits (--include-hits: transcript text)", id: "hits", [
      Markup.table(
        header: ["turn", "speaker", "category", "entry", "negated", "text", "context"],
        rows: hits.map { [String($0.turn), $0.speaker, $0.category, $0.entry, $0.negated ? "yes" : "", $0.text, $0.context] },
        numeric: [0]),
    ])
  }
}
