internal import CRapportXML

/// The one place Rapport calls libxml2. Documents are parsed with network access, DTD loading
/// and entity expansion off; results come back as `XMLElementNode` values.
package enum LibXML {
  /// A located XML problem as libxml2 reported it.
  package struct Diagnostic: Equatable {
    package var line: Int
    package var message: String

    package init(line: Int, message: String) {
      self.line = line
      self.message = message
    }
  }

  /// Parsing or validation failed; `diagnostics` holds every reason reported, in order.
  package struct Failure: Error {
    package var diagnostics: [Diagnostic]
  }

  /// Parses `bytes` (named `name` in messages) and, if `schema` is given, validates it.
  package static func read(_ bytes: [UInt8], name: String, schema: [UInt8]? = nil) throws(Failure) -> XMLElementNode {
    let diagnostics = rapport_xml_diagnostics_new()
    defer { rapport_xml_diagnostics_free(diagnostics) }
    let document = bytes.withUnsafeBufferPointer {
      rapport_xml_parse($0.baseAddress, Int32($0.count), name, diagnostics)
    }
    guard let document else { throw Failure(diagnostics: collect(diagnostics)) }
    defer { rapport_xml_document_free(document) }
    if let schema {
      let compiled = schema.withUnsafeBufferPointer {
        rapport_xml_schema_new($0.baseAddress, Int32($0.count), diagnostics)
      }
      guard let compiled else { throw Failure(diagnostics: collect(diagnostics)) }
      defer { rapport_xml_schema_free(compiled) }
      let result = rapport_xml_validate(compiled, document, diagnostics)
      if result != 0 {
        var found = collect(diagnostics)
        if found.isEmpty { found = [Diagnostic(line: 0, message: "schema validation failed")] }
        throw Failure(diagnostics: found)
      }
    }
    guard let root = rapport_xml_root(document) else {
      throw Failure(diagnostics: [Diagnostic(line: 1, message: "the document has no root element")])
    }
    return element(root)
  }

  private static func collect(_ diagnostics: OpaquePointer?) -> [Diagnostic] {
    guard let diagnostics else { return [] }
    return (0..<rapport_xml_diagnostics_count(diagnostics)).map {
      Diagnostic(
        line: Int(rapport_xml_diagnostics_line(diagnostics, $0)),
        message: String(cString: rapport_xml_diagnostics_message(diagnostics, $0)))
    }.filter {
      // libxml2 follows a failed facet with an identity-constraint note about the same value
      // ("No precomputed value available"); it repeats the first problem, so drop it.
      !$0.message.contains("No precomputed value available")
    }
  }

  private static func element(_ node: OpaquePointer) -> XMLElementNode {
    var attributes: [(name: String, value: String)] = []
    for index in 0..<rapport_xml_attribute_count(node) {
      let name = String(cString: rapport_xml_attribute_name(node, index))
      let raw = rapport_xml_attribute_value(node, index)
      attributes.append((name, raw.map { String(cString: $0) } ?? ""))
      rapport_xml_string_free(raw)
    }
    var children: [XMLElementNode] = []
    var child = rapport_xml_first_element(node)
    while let current = child {
      children.append(element(current))
      child = rapport_xml_next_element(current)
    }
    let rawText = rapport_xml_text(node)
    defer { rapport_xml_string_free(rawText) }
    return XMLElementNode(
      name: String(cString: rapport_xml_name(node)),
      namespace: rapport_xml_namespace(node).map { String(cString: $0) },
      line: Int(rapport_xml_line(node)),
      attributes: attributes,
      children: children,
      text: rawText.map { String(cString: $0) } ?? "")
  }

  /// Builds an indented UTF-8 XML document with libxml2's text writer.
  ///
  /// `Sendable` notes: not `Sendable`; a writer belongs to the one task writing a document.
  package final class Writer {
    /// Nil when libxml2 could not allocate the writer (memory ran out): every call is then a
    /// no-op and `finish` returns nil, so the caller reports a failed write.
    private let handle: OpaquePointer?
    private var failed = false

    package init() {
      handle = rapport_xml_writer_new()
      guard handle != nil else {
        failed = true
        return
      }
      record(rapport_xml_writer_start_document(handle))
    }

    deinit { if let handle { rapport_xml_writer_free(handle) } }

    private func record(_ result: @autoclosure () -> Int32) {
      guard !failed else { return }
      if result() < 0 { failed = true }
    }

    package func startElement(_ name: String, namespace: String? = nil) {
      record(rapport_xml_writer_start_element(handle, name, namespace))
    }

    /// Writes an attribute; characters XML 1.0 forbids become U+FFFD (`XMLValue.clean`).
    package func attribute(_ name: String, _ value: String) {
      record(rapport_xml_writer_attribute(handle, name, XMLValue.clean(value)))
    }

    /// Writes text; characters XML 1.0 forbids become U+FFFD (`XMLValue.clean`).
    package func text(_ value: String) { record(rapport_xml_writer_text(handle, XMLValue.clean(value))) }

    package func endElement() { record(rapport_xml_writer_end_element(handle)) }

    /// Ends the document and returns its bytes; nil if libxml2 reported a write error.
    package func finish() -> [UInt8]? {
      record(rapport_xml_writer_end_document(handle))
      guard !failed else { return nil }
      var length: Int32 = 0
      guard let bytes = rapport_xml_writer_bytes(handle, &length) else { return nil }
      return Array(UnsafeBufferPointer(start: bytes, count: Int(length)))
    }
  }
}
