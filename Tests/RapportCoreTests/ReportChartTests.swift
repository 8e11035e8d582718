import Foundation
import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

@Suite("Report: chart scales, ticks and escaping")
struct ReportChartTests {
  @Test(
    "nice steps are 1, 2 or 5 times a power of ten, at least the rough step",
    arguments: [
      (0.3, 0.5), (1.0, 1.0), (1.2, 2.0), (2.5, 5.0), (7.0, 10.0), (13.0, 20.0), (0.013, 0.02),
      (450.0, 500.0), (0.0, 1.0), (-3.0, 1.0), (Double.nan, 1.0), (Double.infinity, 1.0),
    ])
  func niceSteps(rough: Double, expected: Double) {
    #expect(ChartScale.niceStep(rough) == expected)
  }

  @Test("ticks cover the data with round values")
  func ticksCoverData() {
    let scale = ChartScale(covering: [0.74, 1.88, 3.29, 0, 3.08], range: 200, 0)
    // Rough step 3.29 / 5 = 0.66 rounds up to 1.
    #expect(scale.ticks == [0, 1, 2, 3, 4])
    #expect(scale.lower == 0 && scale.upper == 4)
    #expect(scale.position(0) == 200)
    #expect(scale.position(4) == 0)
    #expect(abs(scale.position(2) - 100) < 1e-9)
    let fine = ChartScale(covering: [0.74, 1.88, 3.29], range: 0, 1, tickCount: 8)
    #expect(fine.ticks == [0.5, 1, 1.5, 2, 2.5, 3, 3.5])
  }

  @Test("negative values extend the domain below zero")
  func negatives() {
    let scale = ChartScale(covering: [-2.52, 3.68], range: 0, 100)
    // Rough step 6.2 / 5 = 1.24 rounds up to 2.
    #expect(scale.ticks.first == -4)
    #expect(scale.ticks.last == 4)
    #expect(scale.ticks.contains(0))
  }

  @Test("all-zero data gives 0…1")
  func allZero() {
    let scale = ChartScale(covering: [0, 0, 0], range: 0, 100)
    #expect(scale.lower == 0 && scale.upper == 1)
    #expect(scale.position(0) == 0)
  }

  @Test("one point gets a domain around it that keeps zero for positive data")
  func onePoint() {
    let scale = ChartScale(covering: [7], range: 0, 100)
    #expect(scale.lower == 0)
    #expect(scale.upper >= 7)
    #expect(scale.position(7) > 0 && scale.position(7) <= 100)
    let negative = ChartScale(covering: [-7], range: 0, 100)
    #expect(negative.lower <= -7 && negative.upper == 0)
  }

  @Test("null, NaN and infinite values are ignored; nothing finite gives 0…1")
  func undefinedValues() {
    let scale = ChartScale(covering: [nil, .nan, 2, .infinity, 4], range: 0, 100)
    #expect(scale.lower == 0 || scale.lower == 2)
    #expect(scale.upper == 4)
    let empty = ChartScale(covering: [nil, .nan], range: 0, 100)
    #expect(empty.lower == 0 && empty.upper == 1)
    #expect(empty.ticks.count >= 2)
  }

  @Test("tick values carry no floating-point noise")
  func cleanTicks() {
    let scale = ChartScale(covering: [0.1, 0.7], range: 0, 1, tickCount: 6)
    for tick in scale.ticks { #expect(ChartScale.label(tick).count <= 4, "\(tick)") }
  }

  @Test("escaping covers markup characters and quotes, and leaves other text alone")
  func escaping() {
    #expect(Markup.escape(#"<b a="1">&amp; 'x'</b>"#) == "&lt;b a=&quot;1&quot;&gt;&amp;amp; &#39;x&#39;&lt;/b&gt;")
    #expect(Markup.escape("Ängste — 😀") == "Ängste — 😀")
  }

  @Test("elements escape their attribute values and text")
  func elementEscaping() {
    let node = Markup.element("a", ["href": "x\" onclick=\"y", "title": "<t>"], text: "A & <B>")
    #expect(node.render() == #"<a href="x&quot; onclick=&quot;y" title="&lt;t&gt;">A &amp; &lt;B&gt;</a>"#)
  }

  @Test("a line chart draws a point per defined value and breaks its line at gaps")
  func lineChartGaps() {
    let chart = SVGChart.lineChart(
      id: "c", title: "T", description: "D", xLabels: ["1", "2", "3", "4"], xTitle: "segment", yTitle: "%",
      series: [.init(name: "s", values: [1, nil, 2, .nan], colour: 1)]).render()
    #expect(chart.components(separatedBy: "<circle").count - 1 == 2)
    let path = try? #require(chart.range(of: #" d="[^"]*""#, options: .regularExpression)).map { String(chart[$0]) }
    #expect(path?.filter { $0 == "M" }.count == 2)
    #expect(path?.contains("L") == false)
    #expect(chart.contains("<title id=\"c-title\">T</title>"))
  }

  @Test("a chart with no values still draws its axes")
  func emptyChart() {
    let chart = SVGChart.lineChart(
      id: "c", title: "T", description: "D", xLabels: ["1"], xTitle: "segment", yTitle: "%",
      series: [.init(name: "s", values: [nil], colour: 1)]).render()
    #expect(chart.contains("class=\"axis\""))
    #expect(!chart.contains("<circle"))
    #expect(!chart.contains("=\"nan") && !chart.contains("NaN") && !chart.contains("inf\""))
  }
}
