/// An XML element read into plain Swift values: its name, namespace, source line, attributes
/// in document order, child elements, and its text content.
public struct XMLElementNode: Sendable, Equatable {
  public var name: String
  public var namespace: String?
  public var line: Int
  public var attributes: [(name: String, value: String)]
  public var children: [XMLElementNode]
  /// All text inside the element (descendants included), as libxml2 reports it.
  public var text: String

  public static func == (a: XMLElementNode, b: XMLElementNode) -> Bool {
    a.name == b.name && a.namespace == b.namespace && a.line == b.line
      && a.attributes.elementsEqual(b.attributes) { $0 == $1 } && a.children == b.children
      && a.text == b.text
  }

  /// The value of the attribute called `name`, if present.
  public subscript(attribute name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// Child elements called `name`.
  public func children(named name: String) -> [XMLElementNode] {
    children.filter { $0.name == name }
  }

  /// The text of the first child element called `name`, trimmed, if present.
  public func childText(_ name: String) -> String? {
    children.first { $0.name == name }.map { $0.text.trimmingWhitespace() }
  }
}

extension StringProtocol {
  /// The string without leading and trailing white space and newlines.
  package func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
