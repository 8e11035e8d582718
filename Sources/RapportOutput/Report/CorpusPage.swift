import RapportMeasure
import RapportSupport

/// Builds `index.html`: one sortable row per session with a link to its page, a strip plot of
/// each indicator across sessions, and the inputs that failed.
package enum CorpusPage {
  typealias Node = Markup.Node

  /// One column of the sessions table and its strip plot: name, unit, value of a session.
  struct Indicator {
    var name: String
    var unit: String
    var value: @Sendable (SessionSummary) -> Double?
  }

  static let indicators: [Indicator] = [
    Indicator(name: "words", unit: "words") { Double($0.words) },
    Indicator(name: "turns", unit: "turns") { Double($0.turns) },
    Indicator(name: "client word share", unit: "0–1") { $0.indicators.talkBalance.clientWordShare },
    Indicator(name: "LSM", unit: "0–1") { $0.indicators.languageStyleMatching.session },
    Indicator(name: "negative emotion change", unit: "points of % words, last − first segment") {
      $0.indicators.affectTrajectory.negativeEmotion?.change
    },
    Indicator(name: "trust change", unit: "points of % words, last − first segment") { $0.indicators.affectTrajectory.trust?.change },
    Indicator(name: "therapist empathy rate", unit: "% of therapist words") { $0.indicators.bond.therapistEmpathyRate },
    Indicator(name: "R:Q", unit: "reflections per question") { $0.indicators.miti.reflectionToQuestionRatio },
    Indicator(name: "%CR", unit: "% of reflections") { $0.indicators.miti.percentComplexReflections },
    Indicator(name: "rupture turns", unit: "client turns") { $0.indicators.ruptureRepair.ruptureTurns.map(Double.init) },
    Indicator(name: "repaired ruptures", unit: "ruptures") { $0.indicators.ruptureRepair.repairedRuptures.map(Double.init) },
  ]

  /// The page's HTML text for `sessions` (any order; rows are sorted by session id) and the
  /// batch's `corpus` summary.
  package static func html(corpus: CorpusSummary, sessions: [SessionSummary]) -> String {
    let sessions = sessions.sorted { $0.session < $1.session }
    let header = ["session"] + indicators.map(\.name)
    let rows: [Node] = sessions.map { summary in
      Markup.element("tr", [:], [
        Markup.element("td", ["data-value": summary.session], [
          Markup.element("a", ["href": PageFiles.sessionPage(summary.session)], text: summary.session)
        ])
      ] + indicators.map { indicator in
        let value = indicator.value(summary)
        return Markup.element(
          "td", ["class": "num", "data-value": value.map(Rounding.text) ?? ""], text: value.map(Rounding.text) ?? "—")
      })
    }
    let table = Markup.element("table", ["class": "sortable", "id": "sessions"], [
      Markup.element("thead", [:], [
        Markup.element("tr", [:], header.enumerated().map { index, name in
          Markup.element("th", ["scope": "col", "aria-sort": "none"], [
            Markup.element("button", ["type": "button", "data-column": String(index)], text: name)
          ])
        })
      ]),
      Markup.element("tbody", [:], rows),
    ])
    let plots = indicators.enumerated().map { index, indicator in
      Markup.element("div", ["class": "strip"], [
        Markup.element("h3", text: "\(indicator.name) (\(indicator.unit))"),
        SVGChart.stripPlot(
          id: "strip-\(index)", title: "\(indicator.name) across sessions", unit: indicator.unit,
          points: sessions.map { ($0.session, indicator.value($0)) }),
      ])
    }
    var failures: [Node] = []
    if corpus.errors.isEmpty {
      failures.append(Markup.element("p", text: "No input failed."))
    } else {
      failures.append(Markup.table(
        header: ["file", "line", "reason"],
        rows: corpus.errors.map { [$0.file ?? "", $0.line.map(String.init) ?? "", $0.message] }, numeric: [1]))
    }
    let body: [Node] = [
      Markup.element("h1", text: "Rapport report"),
      Markup.element(
        "p", ["class": "lead"],
        text: "\(corpus.sessions) session(s) analyzed, \(corpus.failed) failed, \(corpus.words) words; \(corpus.tool) \(corpus.toolVersion)."),
      SessionPage.section("Sessions", id: "sessions-h", [
        Markup.element("p", text: "Click a column heading to sort; click a session to open its page."),
        table,
      ]),
      SessionPage.section("Distributions across sessions", id: "distributions", [
        Markup.element("p", text: "One dot per session (hover for its name); sessions where an indicator is undefined are left out."),
      ] + plots),
      SessionPage.section("Failed inputs", id: "failed", failures),
      SessionPage.section("Lexicons", id: "lexicons", [
        Markup.table(header: ["name", "version", "path"], rows: corpus.lexicons.map { [$0.name, $0.version, $0.path] })
      ]),
    ]
    return Markup.page(
      title: "Rapport report", description: "Rapport corpus report", body: [Markup.element("main", [:], body)],
      script: ReportStyle.sortScript)
  }
}
