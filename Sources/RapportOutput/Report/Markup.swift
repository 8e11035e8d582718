import Plot

/// The one place the report turns text into HTML: every element, attribute and piece of text
/// on a report page goes through these helpers, which escape what they are given and hand the
/// tree to Plot for rendering.
///
/// Plot leaves attribute values as they are and keeps `&name;` sequences in text unescaped, so
/// text and values are escaped here (`escape`) and passed to Plot as already-escaped strings.
package enum Markup {
  /// A node of a report page.
  package typealias Node = Plot.Node<Any>

  /// `text` with `&`, `<`, `>`, `"` and `'` written as character references, for element
  /// content and attribute values alike.
  package static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }

  /// An element named `name` with `attributes` (in the order given) and `children`.
  package static func element(
    _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [Node] = []
  ) -> Node {
    let attributeNodes: [Node] = attributes.map { .attribute(named: $0.key, value: escape($0.value)) }
    return .element(named: name, nodes: attributeNodes + children)
  }

  /// An element holding only `text`.
  package static func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) -> Node {
    element(name, attributes, [self.text(text)])
  }

  /// Escaped text.
  package static func text(_ text: String) -> Node { .raw(escape(text)) }

  /// Inline CSS or script that is ours (never user data): written as is.
  package static func trusted(_ source: String) -> Node { .raw(source) }

  /// A table with a header row and body rows of text cells; `numeric` columns are
  /// right-aligned.
  package static func table(
    header: [String], rows: [[String]], numeric: Set<Int> = [], attributes: KeyValuePairs<String, String> = [:]
  ) -> Node {
    func cells(_ row: [String], tag: String) -> [Node] {
      row.indices.map { index in
        numeric.contains(index) ? element(tag, ["class": "num"], text: row[index]) : element(tag, text: row[index])
      }
    }
    return element("table", attributes, [
      element("thead", [:], [element("tr", [:], cells(header, tag: "th"))]),
      element("tbody", [:], rows.map { element("tr", [:], cells($0, tag: "td")) }),
    ])
  }

  /// A whole page: doctype, head with inline style (and script), and `body`.
  package static func page(title: String, description: String, body: [Node], script: String? = nil) -> String {
    var head: [Node] = [
      .raw("<meta charset=\"utf-8\">"),
      .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"),
      .raw("<meta name=\"color-scheme\" content=\"light dark\">"),
      .raw("<meta name=\"description\" content=\"\(escape(description))\">"),
      element("title", text: title),
      element("style", [:], [trusted(ReportStyle.css)]),
    ]
    if let script { head.append(element("script", [:], [trusted(script)])) }
    let html = element("html", ["lang": "en"], [element("head", [:], head), element("body", [:], body)])
    return "<!DOCTYPE html>\n" + html.render() + "\n"
  }
}
