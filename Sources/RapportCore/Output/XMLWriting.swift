extension LibXML.Writer {
  /// Writes an element with `attributes` (nil values left out) and the children `body` writes.
  func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], body: () -> Void = {}) {
    startElement(name)
    for (key, value) in attributes {
      if let value { attribute(key, XMLValue.clean(value)) }
    }
    body()
    endElement()
  }

  /// Writes an element holding only `text`.
  func textElement(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text value: String) {
    element(name, attributes) { text(XMLValue.clean(value)) }
  }
}

/// How values are written as XML attribute text.
enum XMLValue {
  static func number(_ value: Double?) -> String? { value.map(Rounding.text) }
  static func integer(_ value: Int?) -> String? { value.map(String.init) }
  static func boolean(_ value: Bool) -> String { value ? "true" : "false" }

  /// `text` with the control characters XML 1.0 forbids replaced by U+FFFD.
  static func clean(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
      scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value) ? "\u{FFFD}" : scalar
    }))
  }
}
