import Foundation
import Testing

/// A JSON value parsed exactly: integers are told apart from other numbers by how they are
/// written, and object keys keep their order.
indirect enum JSONValue: Equatable {
  case null
  case bool(Bool)
  case number(Double, isInteger: Bool)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): true
    case (.bool(let x), .bool(let y)): x == y
    case (.number(let x, _), .number(let y, _)): x == y
    case (.string(let x), .string(let y)): x == y
    case (.array(let x), .array(let y)): x == y
    case (.object(let x), .object(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  struct ParseError: Error, CustomStringConvertible {
    var offset: Int
    var description: String { "invalid JSON at byte \(offset)" }
  }

  /// Parses UTF-8 JSON text.
  static func parse(_ bytes: [UInt8]) throws -> JSONValue {
    var parser = Parser(bytes: bytes)
    let value = try parser.value()
    parser.skipSpace()
    guard parser.index == bytes.count else { throw ParseError(offset: parser.index) }
    return value
  }

  private struct Parser {
    let bytes: [UInt8]
    var index = 0

    mutating func skipSpace() {
      while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    mutating func value() throws -> JSONValue {
      skipSpace()
      guard index < bytes.count else { throw ParseError(offset: index) }
      switch bytes[index] {
      case UInt8(ascii: "{"):
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
          skipSpace()
          let key = try string()
          skipSpace()
          try expect(":")
          members.append((key, try value()))
          skipSpace()
          if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
          try expect("}")
          return .object(members)
        }
      case UInt8(ascii: "["):
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
          items.append(try value())
          skipSpace()
          if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
          try expect("]")
          return .array(items)
        }
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"): try literal("true"); return .bool(true)
      case UInt8(ascii: "f"): try literal("false"); return .bool(false)
      case UInt8(ascii: "n"): try literal("null"); return .null
      default: return try number()
      }
    }

    mutating func expect(_ character: Unicode.Scalar) throws {
      guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { throw ParseError(offset: index) }
      index += 1
    }

    mutating func literal(_ word: String) throws {
      for byte in word.utf8 {
        guard index < bytes.count, bytes[index] == byte else { throw ParseError(offset: index) }
        index += 1
      }
    }

    mutating func number() throws -> JSONValue {
      let start = index
      while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      guard let value = Double(text) else { throw ParseError(offset: start) }
      return .number(value, isInteger: !text.contains { ".eE".contains($0) })
    }

    mutating func string() throws -> String {
      try expect("\"")
      var scalars: [UInt8] = []
      while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
        if bytes[index] == UInt8(ascii: "\\") {
          index += 1
          let escaped = bytes[index]
          switch escaped {
          case UInt8(ascii: "n"): scalars.append(0x0A)
          case UInt8(ascii: "t"): scalars.append(0x09)
          case UInt8(ascii: "r"): scalars.append(0x0D)
          case UInt8(ascii: "b"): scalars.append(0x08)
          case UInt8(ascii: "f"): scalars.append(0x0C)
          case UInt8(ascii: "u"):
            let hex = String(decoding: bytes[(index + 1)...(index + 4)], as: UTF8.self)
            guard let code = UInt32(hex, radix: 16) else { throw ParseError(offset: index) }
            // Surrogate pairs do not occur in Rapport's outputs (JSONEncoder writes UTF-8).
            scalars.append(contentsOf: Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8))
            index += 4
          default: scalars.append(escaped)
          }
          index += 1
        } else {
          scalars.append(bytes[index])
          index += 1
        }
      }
      try expect("\"")
      return String(decoding: scalars, as: UTF8.self)
    }
  }
}

/// Validates JSON against the subset of JSON Schema (draft 2020-12) that Rapport's schemas
/// use. A keyword it does not know is reported as a failure, so a schema cannot silently
/// outgrow the check.
struct JSONSchemaValidator {
  static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]
  static let keywords: Set<String> = [
    "type", "enum", "const", "properties", "required", "additionalProperties", "items", "minItems",
    "minimum", "maximum", "minLength", "pattern", "$ref",
  ]

  let root: JSONValue

  /// The problems of `value`, each as `path: problem`; empty when it is valid.
  func problems(_ value: JSONValue) -> [String] {
    var found: [String] = []
    check(value, against: root, at: "$", into: &found)
    return found
  }

  private func resolve(_ reference: String) -> JSONValue? {
    guard reference.hasPrefix("#/") else { return nil }
    var node: JSONValue? = root
    for part in reference.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
    return node
  }

  private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into found: inout [String]) {
    guard case .object(let members) = schema else {
      found.append("\(path): schema is not an object")
      return
    }
    for (keyword, rule) in members {
      if Self.annotations.contains(keyword) { continue }
      guard Self.keywords.contains(keyword) else {
        found.append("\(path): unsupported schema keyword \(keyword)")
        continue
      }
      switch keyword {
      case "$ref":
        guard case .string(let reference) = rule, let target = resolve(reference) else {
          found.append("\(path): unresolvable $ref")
          continue
        }
        check(value, against: target, at: path, into: &found)
      case "type":
        let allowed: [String] =
          switch rule {
          case .string(let name): [name]
          case .array(let names): names.compactMap { if case .string(let name) = $0 { name } else { nil } }
          default: []
          }
        if !allowed.contains(where: { Self.matches(value, type: $0) }) {
          found.append("\(path): expected \(allowed.joined(separator: " or ")), found \(Self.typeName(value))")
        }
      case "enum":
        if case .array(let options) = rule, !options.contains(value) { found.append("\(path): not one of the allowed values") }
      case "const":
        if value != rule { found.append("\(path): not the constant value") }
      case "properties":
        guard case .object(let object) = value, case .object(let properties) = rule else { continue }
        for (key, member) in object {
          if let property = properties.first(where: { $0.key == key }) {
            check(member, against: property.value, at: "\(path).\(key)", into: &found)
          }
        }
      case "required":
        guard case .object = value, case .array(let names) = rule else { continue }
        for case .string(let name) in names where value[name] == nil { found.append("\(path): missing required \(name)") }
      case "additionalProperties":
        guard case .object(let object) = value else { continue }
        let declared: [String] =
          if case .object(let properties)? = schema["properties"] { properties.map(\.key) } else { [] }
        for (key, member) in object where !declared.contains(key) {
          switch rule {
          case .bool(false): found.append("\(path): unexpected property \(key)")
          case .bool(true): break
          default: check(member, against: rule, at: "\(path).\(key)", into: &found)
          }
        }
      case "items":
        guard case .array(let items) = value else { continue }
        for (index, item) in items.enumerated() { check(item, against: rule, at: "\(path)[\(index)]", into: &found) }
      case "minItems":
        if case .array(let items) = value, case .number(let minimum, _) = rule, Double(items.count) < minimum {
          found.append("\(path): fewer than \(Int(minimum)) items")
        }
      case "minimum":
        if case .number(let number, _) = value, case .number(let minimum, _) = rule, number < minimum {
          found.append("\(path): \(number) is below \(minimum)")
        }
      case "maximum":
        if case .number(let number, _) = value, case .number(let maximum, _) = rule, number > maximum {
          found.append("\(path): \(number) is above \(maximum)")
        }
      case "minLength":
        if case .string(let text) = value, case .number(let minimum, _) = rule, Double(text.count) < minimum {
          found.append("\(path): shorter than \(Int(minimum))")
        }
      case "pattern":
        if case .string(let text) = value, case .string(let pattern) = rule,
          text.range(of: pattern, options: .regularExpression) == nil
        {
          found.append("\(path): does not match \(pattern)")
        }
      default: break
      }
    }
  }

  static func matches(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
      ("number", .number):
      true
    case ("integer", .number(_, let isInteger)): isInteger
    default: false
    }
  }

  static func typeName(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "boolean"
    case .number(_, let isInteger): isInteger ? "integer" : "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  /// The validator for a schema file in Schemas/.
  static func load(_ name: String) throws -> JSONSchemaValidator {
    let url = CLI.packageRoot.appendingPathComponent("Schemas").appendingPathComponent(name)
    return JSONSchemaValidator(root: try JSONValue.parse([UInt8](try Data(contentsOf: url))))
  }
}

/// The test-side JSON Schema validator itself: it must reject what the schemas forbid.
@Suite struct OutputJSONSchemaValidatorTests {
  static let schema = """
    {"type": "object", "additionalProperties": false, "required": ["n", "s"],
     "properties": {"n": {"type": "integer", "minimum": 0}, "s": {"$ref": "#/$defs/short"},
                    "b": {"enum": ["a", "b", null]}, "list": {"type": "array", "minItems": 1, "items": {"type": ["number", "null"], "maximum": 1}}},
     "$defs": {"short": {"type": "string", "pattern": "^[a-z]+$", "minLength": 2}}}
    """

  @Test(arguments: [
    (#"{"n": 1, "s": "ab"}"#, 0),
    (#"{"n": 1, "s": "ab", "b": null, "list": [0.5, null]}"#, 0),
    (#"{"n": 1.5, "s": "ab"}"#, 1),
    (#"{"n": -1, "s": "ab"}"#, 1),
    (#"{"s": "ab"}"#, 1),
    (#"{"n": 1, "s": "a"}"#, 1),
    (#"{"n": 1, "s": "AB"}"#, 1),
    (#"{"n": 1, "s": "ab", "x": 1}"#, 1),
    (#"{"n": 1, "s": "ab", "b": "c"}"#, 1),
    (#"{"n": 1, "s": "ab", "list": []}"#, 1),
    (#"{"n": 1, "s": "ab", "list": [2, "x"]}"#, 2),
  ])
  func reportsEachProblem(document: String, problems: Int) throws {
    let validator = JSONSchemaValidator(root: try JSONValue.parse(Array(Self.schema.utf8)))
    #expect(validator.problems(try JSONValue.parse(Array(document.utf8))).count == problems)
  }

  @Test func unknownKeywordsAreReportedNotIgnored() throws {
    let validator = JSONSchemaValidator(root: try JSONValue.parse(Array(#"{"type": "object", "uniqueItems": true}"#.utf8)))
    #expect(validator.problems(.object([])) == ["$: unsupported schema keyword uniqueItems"])
  }

  @Test func theSchemasUseOnlyKnownKeywords() throws {
    for name in ["session-2.schema.json", "corpus-1.schema.json"] {
      let validator = try JSONSchemaValidator.load(name)
      // Validating the empty object walks every top-level keyword; unknown ones would show.
      #expect(!validator.problems(.object([])).contains { $0.contains("unsupported") }, "\(name)")
    }
  }
}
