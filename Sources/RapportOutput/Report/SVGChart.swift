import RapportSupport

/// Rapport's small chart module: SVG line charts, horizontal bars, turn strips and strip plots
/// built as Plot nodes through `Markup`, so every label is escaped.
///
/// Every chart has a `<title>` and `<desc>` (read by screen readers; `role="img"` with
/// `aria-labelledby`), axes with tick labels, and colours from the Okabe–Ito palette, which
/// stays distinguishable with the common colour-vision deficiencies. Colours are CSS classes
/// (`s0`…`s7` for strokes, `f0`…`f7` for fills) so the stylesheet can adapt them to dark mode
/// and print. Coordinates are written with at most two decimals, so pages are byte-identical.
package enum SVGChart {
  /// One line of a line chart: its legend name, a value per x position (nil or NaN is a gap)
  /// and its palette colour (0…7).
  package struct Series: Sendable {
    package var name: String
    package var values: [Double?]
    package var colour: Int

    package init(name: String, values: [Double?], colour: Int) {
      self.name = name
      self.values = values
      self.colour = colour
    }
  }

  /// The plotting area inside a chart's frame.
  struct Frame {
    var width = 640.0
    var height = 240.0
    var left = 56.0
    var right = 16.0
    var top = 12.0
    var bottom = 44.0
    var plotLeft: Double { left }
    var plotRight: Double { width - right }
    var plotTop: Double { top }
    var plotBottom: Double { height - bottom }
  }

  /// A coordinate as written in SVG: at most two decimals.
  static func number(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return Rounding.text(rounded == 0 ? 0 : rounded)
  }

  /// The `<svg>` element with its accessible name and description.
  static func svg(id: String, title: String, description: String, frame: Frame, _ children: [Markup.Node]) -> Markup.Node {
    Markup.element(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(number(frame.width)) \(number(frame.height))",
        "role": "img", "aria-labelledby": "\(id)-title \(id)-desc", "class": "chart",
      ],
      [
        Markup.element("title", ["id": "\(id)-title"], text: title),
        Markup.element("desc", ["id": "\(id)-desc"], text: description),
      ] + children)
  }

  /// A y axis with gridlines and tick labels, and the axis title `label`.
  static func yAxis(_ scale: ChartScale, frame: Frame, label: String) -> [Markup.Node] {
    var nodes: [Markup.Node] = []
    for tick in scale.ticks {
      let y = number(scale.position(tick))
      nodes.append(Markup.element("line", [
        "class": "grid", "x1": number(frame.plotLeft), "x2": number(frame.plotRight), "y1": y, "y2": y,
      ]))
      nodes.append(Markup.element(
        "text", ["class": "tick", "x": number(frame.plotLeft - 6), "y": y, "text-anchor": "end", "dominant-baseline": "middle"],
        text: ChartScale.label(tick)))
    }
    let middle = number((frame.plotTop + frame.plotBottom) / 2)
    nodes.append(Markup.element(
      "text",
      ["class": "axis-title", "transform": "translate(14 \(middle)) rotate(-90)", "text-anchor": "middle"],
      text: label))
    nodes.append(Markup.element("line", [
      "class": "axis", "x1": number(frame.plotLeft), "x2": number(frame.plotLeft),
      "y1": number(frame.plotTop), "y2": number(frame.plotBottom),
    ]))
    return nodes
  }

  /// An x axis of evenly spaced categories (`labels`) with the axis title `label`; returns
  /// the nodes and the x position of each category.
  static func categoryAxis(_ labels: [String], frame: Frame, label: String) -> (nodes: [Markup.Node], positions: [Double]) {
    let width = frame.plotRight - frame.plotLeft
    let positions = labels.indices.map { index in
      labels.count == 1
        ? frame.plotLeft + width / 2 : frame.plotLeft + 16 + Double(index) * (width - 32) / Double(labels.count - 1)
    }
    var nodes: [Markup.Node] = [
      Markup.element("line", [
        "class": "axis", "x1": number(frame.plotLeft), "x2": number(frame.plotRight),
        "y1": number(frame.plotBottom), "y2": number(frame.plotBottom),
      ])
    ]
    for (index, text) in labels.enumerated() {
      nodes.append(Markup.element(
        "text", ["class": "tick", "x": number(positions[index]), "y": number(frame.plotBottom + 16), "text-anchor": "middle"],
        text: text))
    }
    nodes.append(Markup.element(
      "text",
      ["class": "axis-title", "x": number((frame.plotLeft + frame.plotRight) / 2), "y": number(frame.height - 6), "text-anchor": "middle"],
      text: label))
    return (nodes, positions)
  }

  /// A line chart of `series` over the categories `xLabels`, with a point (and its hover
  /// title) at every defined value, a legend, and axes titled `xTitle` and `yTitle`.
  /// `includingZero` keeps 0 on the y axis (rates); `fixedDomain` forces it (LSM's 0…1).
  package static func lineChart(
    id: String, title: String, description: String, xLabels: [String], xTitle: String, yTitle: String,
    series: [Series], includingZero: Bool = true, fixedDomain: ClosedRange<Double>? = nil
  ) -> Markup.Node {
    let frame = Frame()
    let values = series.flatMap(\.values)
    let including: [Double] =
      if let fixedDomain { [fixedDomain.lowerBound, fixedDomain.upperBound] } else { includingZero ? [0] : [] }
    let scale = ChartScale(
      covering: fixedDomain == nil ? values : [], including: including, range: frame.plotBottom, frame.plotTop)
    let axis = categoryAxis(xLabels, frame: frame, label: xTitle)
    var nodes = yAxis(scale, frame: frame, label: yTitle) + axis.nodes
    for line in series {
      let points = line.values.indices.compactMap { index -> (Double, Double, Double)? in
        guard index < axis.positions.count, let value = line.values[index], value.isFinite else { return nil }
        return (axis.positions[index], scale.position(value), value)
      }
      // A gap (nil) splits the path; "M" starts each run of defined values.
      var path = ""
      var previous: Int? = nil
      for index in line.values.indices where index < axis.positions.count {
        guard let value = line.values[index], value.isFinite else {
          previous = nil
          continue
        }
        path += (previous == nil ? "M" : "L") + number(axis.positions[index]) + " " + number(scale.position(value)) + " "
        previous = index
      }
      var group: [Markup.Node] = []
      if !path.isEmpty {
        group.append(Markup.element("path", ["class": "line s\(line.colour)", "d": String(path.dropLast())]))
      }
      for (index, point) in points.enumerated() {
        group.append(Markup.element(
          "circle", ["class": "dot f\(line.colour)", "cx": number(point.0), "cy": number(point.1), "r": "3.5"],
          [Markup.element("title", text: "\(line.name), \(xLabels[index < xLabels.count ? index : 0]): \(ChartScale.label(point.2))")]))
      }
      nodes.append(Markup.element("g", ["class": "series"], group))
    }
    return Markup.element("figure", [:], [
      svg(id: id, title: title, description: description, frame: frame, nodes),
      legend(series.map { ($0.name, $0.colour) }),
    ])
  }

  /// A legend: a swatch and name per entry, as HTML so it wraps and prints.
  package static func legend(_ entries: [(name: String, colour: Int)]) -> Markup.Node {
    Markup.element("ul", ["class": "legend"], entries.map { entry in
      Markup.element("li", [:], [
        Markup.element("span", ["class": "swatch b\(entry.colour)", "aria-hidden": "true"]),
        Markup.text(entry.name),
      ])
    })
  }

  /// A horizontal bar split into `parts` (name, value, colour) proportionally, each part
  /// labelled with its name and share.
  package static func shareBar(id: String, title: String, description: String, parts: [(name: String, value: Double, colour: Int)]) -> Markup.Node {
    var frame = Frame()
    frame.height = 56
    frame.left = 8
    frame.right = 8
    frame.top = 8
    frame.bottom = 8
    let total = parts.reduce(0) { $0 + max(0, $1.value) }
    var x = frame.plotLeft
    var nodes: [Markup.Node] = []
    for part in parts {
      let share = total > 0 ? max(0, part.value) / total : 0
      let width = share * (frame.plotRight - frame.plotLeft)
      let percent = Rounding.text((share * 1000).rounded() / 10)
      nodes.append(Markup.element(
        "rect",
        ["class": "bar f\(part.colour)", "x": number(x), "y": number(frame.plotTop), "width": number(width),
         "height": number(frame.plotBottom - frame.plotTop)],
        [Markup.element("title", text: "\(part.name): \(Rounding.text(part.value)) words (\(percent)%)")]))
      if width > 90 {
        nodes.append(Markup.element(
          "text", ["class": "bar-label", "x": number(x + 8), "y": number((frame.plotTop + frame.plotBottom) / 2), "dominant-baseline": "middle"],
          text: "\(part.name) \(percent)%"))
      }
      x += width
    }
    return Markup.element("figure", [:], [
      svg(id: id, title: title, description: description, frame: frame, nodes),
      legend(parts.map { ($0.name, $0.colour) }),
    ])
  }

  /// One mark of a turn strip: its colour, a hover title, and flags drawn above it.
  package struct StripMark: Sendable {
    package var colour: Int
    package var title: String
    /// Drawn full height (therapist) or lower half (client), so the two rows read apart.
    package var upper: Bool
    package var rupture: Bool
    package var repair: Bool
    package var laughter: Bool
  }

  /// A strip of one narrow bar per turn, in order; ruptures are marked with a triangle
  /// pointing down above the strip, repairs with one pointing up, laughter with a ring below.
  /// `links` join a rupture's turn to its repair's (0-based indexes).
  package static func turnStrip(id: String, title: String, description: String, marks: [StripMark], links: [(Int, Int)]) -> Markup.Node {
    var frame = Frame()
    frame.height = 150
    frame.left = 56
    frame.top = 28
    frame.bottom = 40
    let count = max(1, marks.count)
    let step = (frame.plotRight - frame.plotLeft) / Double(count)
    let rowHeight = (frame.plotBottom - frame.plotTop) / 2
    var nodes: [Markup.Node] = [
      Markup.element("text", ["class": "tick", "x": number(frame.plotLeft - 6), "y": number(frame.plotTop + rowHeight / 2), "text-anchor": "end", "dominant-baseline": "middle"], text: "therapist"),
      Markup.element("text", ["class": "tick", "x": number(frame.plotLeft - 6), "y": number(frame.plotTop + rowHeight * 1.5), "text-anchor": "end", "dominant-baseline": "middle"], text: "client"),
    ]
    for (index, mark) in marks.enumerated() {
      let x = frame.plotLeft + Double(index) * step
      let center = x + step / 2
      var children = [Markup.element("title", text: mark.title)]
      children.append(Markup.element(
        "rect",
        ["class": "turn f\(mark.colour)", "x": number(x + step * 0.1), "y": number(mark.upper ? frame.plotTop : frame.plotTop + rowHeight),
         "width": number(max(0.5, step * 0.8)), "height": number(rowHeight)]))
      if mark.rupture {
        children.append(Markup.element("path", [
          "class": "rupture", "d": "M\(number(center - 5)) \(number(frame.plotTop - 14))L\(number(center + 5)) \(number(frame.plotTop - 14))L\(number(center)) \(number(frame.plotTop - 4))Z",
        ]))
      }
      if mark.repair {
        children.append(Markup.element("path", [
          "class": "repair", "d": "M\(number(center - 5)) \(number(frame.plotTop - 4))L\(number(center + 5)) \(number(frame.plotTop - 4))L\(number(center)) \(number(frame.plotTop - 14))Z",
        ]))
      }
      if mark.laughter {
        children.append(Markup.element("circle", [
          "class": "laughter", "cx": number(center), "cy": number(frame.plotBottom + 8), "r": "3.5",
        ]))
      }
      nodes.append(Markup.element("g", ["class": "mark"], children))
    }
    for (from, to) in links where from < marks.count && to < marks.count {
      let x1 = frame.plotLeft + (Double(from) + 0.5) * step
      let x2 = frame.plotLeft + (Double(to) + 0.5) * step
      nodes.append(Markup.element("path", [
        "class": "link", "d": "M\(number(x1)) \(number(frame.plotTop - 16))Q\(number((x1 + x2) / 2)) \(number(frame.plotTop - 28)) \(number(x2)) \(number(frame.plotTop - 16))",
      ]))
    }
    let ticks = ChartScale(covering: [1, Double(count)], range: 0, 1, tickCount: 8).ticks.filter { $0 >= 1 && $0 <= Double(count) && $0 == $0.rounded() }
    for tick in ticks {
      nodes.append(Markup.element(
        "text", ["class": "tick", "x": number(frame.plotLeft + (tick - 0.5) * step), "y": number(frame.plotBottom + 26), "text-anchor": "middle"],
        text: ChartScale.label(tick)))
    }
    nodes.append(Markup.element(
      "text", ["class": "axis-title", "x": number((frame.plotLeft + frame.plotRight) / 2), "y": number(frame.height - 2), "text-anchor": "middle"],
      text: "turn"))
    return Markup.element("figure", [:], [svg(id: id, title: title, description: description, frame: frame, nodes)])
  }

  /// A strip plot: one dot per session along a horizontal axis (nil or NaN values are left
  /// out and counted in the description), each with its session's name as hover title.
  package static func stripPlot(id: String, title: String, unit: String, points: [(label: String, value: Double?)]) -> Markup.Node {
    var frame = Frame()
    frame.height = 64
    frame.left = 16
    frame.right = 16
    frame.top = 8
    frame.bottom = 26
    let defined = points.compactMap { point in point.value.flatMap { $0.isFinite ? (point.label, $0) : nil } }
    let scale = ChartScale(covering: defined.map(\.1), range: frame.plotLeft, frame.plotRight, tickCount: 6)
    var nodes: [Markup.Node] = [
      Markup.element("line", ["class": "axis", "x1": number(frame.plotLeft), "x2": number(frame.plotRight), "y1": number(frame.plotBottom), "y2": number(frame.plotBottom)])
    ]
    for tick in scale.ticks {
      nodes.append(Markup.element(
        "text", ["class": "tick", "x": number(scale.position(tick)), "y": number(frame.plotBottom + 16), "text-anchor": "middle"],
        text: ChartScale.label(tick)))
    }
    for (index, point) in defined.enumerated() {
      // A small deterministic vertical jitter keeps equal values apart.
      let y = frame.plotTop + 6 + Double(index % 5) * 5
      nodes.append(Markup.element(
        "circle", ["class": "dot f5", "cx": number(scale.position(point.1)), "cy": number(y), "r": "4"],
        [Markup.element("title", text: "\(point.0): \(ChartScale.label(point.1))")]))
    }
    let missing = points.count - defined.count
    let values = defined.map(\.1)
    let range = values.isEmpty ? "no values" : "from \(ChartScale.label(values.min()!)) to \(ChartScale.label(values.max()!))"
    let description = "\(defined.count) session(s), \(range) \(unit)" + (missing > 0 ? "; \(missing) without a value" : "")
    return svg(id: id, title: title, description: description, frame: frame, nodes)
  }
}
