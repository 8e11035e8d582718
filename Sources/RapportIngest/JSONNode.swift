/// A JSON value with where it sits in the text, so that errors and turns can name their line
/// and byte range.
///
/// Foundation's `JSONSerialization` forgets positions; a transcript needs them (every turn
/// keeps its source line and byte range), so JSON transcripts are read with this small
/// RFC 8259 reader instead.
struct JSONNode {
  /// The value's kind and content.
  indirect enum Value {
    /// Members in the order written (a later duplicate key is an error when read).
    case object([(key: String, node: JSONNode)])
    case array([JSONNode])
    case string(String)
    /// The number's value and its text as written.
    case number(Double, String)
    case bool(Bool)
    case null
  }

  var value: Value
  /// UTF-16 offsets of the value's first character and of the character after its last.
  var start: Int
  var end: Int

  /// The member `key` of an object.
  subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.node
  }

  var string: String? {
    if case .string(let text) = value { return text }
    return nil
  }

  var array: [JSONNode]? {
    if case .array(let items) = value { return items }
    return nil
  }

  var isObject: Bool {
    if case .object = value { return true }
    return false
  }

  var isNull: Bool {
    if case .null = value { return true }
    return false
  }

  /// What kind of value this is, for messages: `a string`, `an object`, …
  var kindDescription: String {
    switch value {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .number: "a number"
    case .bool: "true or false"
    case .null: "null"
    }
  }
}

/// A JSON syntax error at a UTF-16 offset of the text.
struct JSONSyntaxError: Error {
  var offset: Int
  var problem: String
}
