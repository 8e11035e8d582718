/// The text of one caption line with its markup taken out: voice tags (`<v Name>`), styling
/// tags (`<i>`, `<b>`, `<u>`, `<c.class>`, `<lang en>`, `<ruby>`, `<rt>`, SRT's `<font …>`),
/// karaoke timestamps (`<00:00:02.000>`), SRT's `{\an8}` overrides, and (WebVTT) character
/// references such as `&amp;`.
///
/// Angle brackets that are not caption markup stay, so transcription marks such as `<pause>`
/// are still found as events.
struct CaptionLine: Equatable {
  /// The name in a voice tag that opens the line, if there is one.
  var voice: String?
  /// The text without markup, trimmed.
  var text: String

  /// Tag names that caption formats define for styling; removed with their closing tags.
  static let stylingTags: Set<String> = ["c", "i", "b", "u", "s", "ruby", "rt", "lang", "font", "v"]

  /// Character references WebVTT defines (and `&quot;`, which exporters write).
  static let references: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "nbsp": "\u{A0}", "lrm": "\u{200E}", "rlm": "\u{200F}", "quot": "\"",
  ]

  /// Cleans `raw`; `references` decodes WebVTT's character references.
  init(_ raw: String, references decodeReferences: Bool) {
    var output = ""
    var voice: String?
    var cursor = raw.startIndex
    while cursor < raw.endIndex {
      let character = raw[cursor]
      if character == "<", let close = raw[cursor...].firstIndex(of: ">") {
        let content = raw[raw.index(after: cursor)..<close]
        let name = Self.tagName(content)
        if Self.stylingTags.contains(name) || CaptionTiming.seconds(content) != nil {
          if name == "v", !content.hasPrefix("/"), voice == nil,
            output.allSatisfy(\.isWhitespace)
          {
            let annotation = content.drop { !$0.isWhitespace }.trimmingWhitespace()
            if !annotation.isEmpty { voice = annotation }
          }
          cursor = raw.index(after: close)
          continue
        }
      } else if character == "{", raw[raw.index(after: cursor)...].first == "\\",
        let close = raw[cursor...].firstIndex(of: "}")
      {
        cursor = raw.index(after: close)
        continue
      } else if character == "&", decodeReferences, let semicolon = raw[cursor...].prefix(8).firstIndex(of: ";"),
        let replacement = Self.references[String(raw[raw.index(after: cursor)..<semicolon])]
      {
        output += replacement
        cursor = raw.index(after: semicolon)
        continue
      }
      output.append(character)
      cursor = raw.index(after: cursor)
    }
    self.voice = voice
    self.text = output.trimmingWhitespace()
  }

  init(voice: String?, text: String) {
    self.voice = voice
    self.text = text
  }

  /// The lowercased name of a tag's content: `c` for `c.red`, `v` for `v Dr. Lee`, `i` for `/i`.
  private static func tagName(_ content: Substring) -> String {
    let body = content.hasPrefix("/") ? content.dropFirst() : content
    return String(body.prefix { !$0.isWhitespace && $0 != "." }).lowercased()
  }
}
