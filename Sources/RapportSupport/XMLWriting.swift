extension LibXML.Writer {
  /// Writes an element with `attributes` (nil values left out) and the children `body` writes.
  package func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], body: () -> Void = {}) {
    startElement(name)
    for (key, value) in attributes {
      if let value { attribute(key, value) }
    }
    body()
    endElement()
  }

  /// Writes an element holding only `text`.
  package func textElement(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text value: String) {
    element(name, attributes) { text(value) }
  }
}

/// How values are written as XML attribute text.
package enum XMLValue {
  package static func number(_ value: Double?) -> String? { value.map(Rounding.text) }
  package static func integer(_ value: Int?) -> String? { value.map(String.init) }
  package static func boolean(_ value: Bool) -> String { value ? "true" : "false" }

  /// Counts the characters `clean` replaced in the current task, when a batch asks (to
  /// warn that a session file holds replacements).
  @TaskLocal package static var replacements: Counter?

  /// `text` with every character XML 1.0 forbids (C0 controls other than tab, LF and CR;
  /// U+FFFE and U+FFFF) replaced by U+FFFD, so the document stays well-formed. Surrogates
  /// cannot occur in a Swift `String`.
  static func clean(_ text: String) -> String {
    var forbidden = 0
    for scalar in text.unicodeScalars where isForbidden(scalar) { forbidden += 1 }
    guard forbidden > 0 else { return text }
    replacements?.add(forbidden)
    return String(String.UnicodeScalarView(text.unicodeScalars.map { isForbidden($0) ? "\u{FFFD}" : $0 }))
  }

  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE || value == 0xFFFF
  }
}
