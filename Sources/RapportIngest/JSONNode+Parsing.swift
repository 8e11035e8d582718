import RapportSupport
import RapportText

extension JSONNode {
  /// Parses `units` as one JSON text (RFC 8259), with positions.
  static func parse(_ units: [UInt16]) throws(JSONSyntaxError) -> JSONNode {
    var reader = Reader(units: units)
    reader.skipSpace()
    let node = try reader.value(depth: 0)
    reader.skipSpace()
    guard reader.index == units.count else {
      throw JSONSyntaxError(offset: reader.index, problem: "unexpected text after the end of the JSON value")
    }
    return node
  }

  /// A cursor over the text.
  private struct Reader {
    let units: [UInt16]
    var index = 0
    static let maximumDepth = 256

    init(units: [UInt16]) { self.units = units }

    var current: UInt16? { index < units.count ? units[index] : nil }

    mutating func skipSpace() {
      while let unit = current, unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D { index += 1 }
    }

    func found() -> String {
      guard let unit = current else { return "the end of the file" }
      return "'" + UTF16Text.string([unit]) + "'"
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONNode {
      guard depth < Self.maximumDepth else {
        throw JSONSyntaxError(offset: index, problem: "values are nested more than \(Self.maximumDepth) deep")
      }
      let start = index
      let value: Value
      switch current {
      case UInt16(ascii: "{"): value = try object(depth: depth)
      case UInt16(ascii: "["): value = try array(depth: depth)
      case UInt16(ascii: "\""): value = .string(try string())
      case UInt16(ascii: "t"): try literal("true"); value = .bool(true)
      case UInt16(ascii: "f"): try literal("false"); value = .bool(false)
      case UInt16(ascii: "n"): try literal("null"); value = .null
      case let unit? where unit == UInt16(ascii: "-") || (unit >= 0x30 && unit <= 0x39): value = try number()
      default: throw JSONSyntaxError(offset: index, problem: "expected a JSON value, found \(found())")
      }
      return JSONNode(value: value, start: start, end: index)
    }

    mutating func object(depth: Int) throws(JSONSyntaxError) -> Value {
      index += 1
      var members: [(key: String, node: JSONNode)] = []
      var keys = Set<String>()
      skipSpace()
      if current == UInt16(ascii: "}") {
        index += 1
        return .object(members)
      }
      while true {
        skipSpace()
        guard current == UInt16(ascii: "\"") else {
          throw JSONSyntaxError(offset: index, problem: "expected a member name in double quotes, found \(found())")
        }
        let keyOffset = index
        let key = try string()
        guard keys.insert(key).inserted else {
          throw JSONSyntaxError(offset: keyOffset, problem: "the member \"\(key)\" appears twice in one object")
        }
        skipSpace()
        guard current == UInt16(ascii: ":") else {
          throw JSONSyntaxError(offset: index, problem: "expected ':' after \"\(key)\", found \(found())")
        }
        index += 1
        skipSpace()
        members.append((key, try value(depth: depth + 1)))
        skipSpace()
        if current == UInt16(ascii: ",") {
          index += 1
        } else if current == UInt16(ascii: "}") {
          index += 1
          return .object(members)
        } else {
          throw JSONSyntaxError(offset: index, problem: "expected ',' or '}' after a member, found \(found())")
        }
      }
    }

    mutating func array(depth: Int) throws(JSONSyntaxError) -> Value {
      index += 1
      var items: [JSONNode] = []
      skipSpace()
      if current == UInt16(ascii: "]") {
        index += 1
        return .array(items)
      }
      while true {
        skipSpace()
        items.append(try value(depth: depth + 1))
        skipSpace()
        if current == UInt16(ascii: ",") {
          index += 1
        } else if current == UInt16(ascii: "]") {
          index += 1
          return .array(items)
        } else {
          throw JSONSyntaxError(offset: index, problem: "expected ',' or ']' after an array element, found \(found())")
        }
      }
    }

    mutating func string() throws(JSONSyntaxError) -> String {
      let start = index
      index += 1
      var text: [UInt16] = []
      while true {
        guard let unit = current else {
          throw JSONSyntaxError(offset: start, problem: "a string is never closed")
        }
        index += 1
        switch unit {
        case UInt16(ascii: "\""):
          return UTF16Text.string(text)
        case UInt16(ascii: "\\"):
          text.append(try escape())
        case ..<0x20:
          throw JSONSyntaxError(offset: index - 1, problem: "a line break or control character inside a string; write it as \\n or \\t")
        default:
          text.append(unit)
        }
      }
    }

    mutating func escape() throws(JSONSyntaxError) -> UInt16 {
      guard let unit = current else { throw JSONSyntaxError(offset: index, problem: "a string is never closed") }
      index += 1
      switch unit {
      case UInt16(ascii: "\""), UInt16(ascii: "\\"), UInt16(ascii: "/"): return unit
      case UInt16(ascii: "b"): return 0x08
      case UInt16(ascii: "f"): return 0x0C
      case UInt16(ascii: "n"): return 0x0A
      case UInt16(ascii: "r"): return 0x0D
      case UInt16(ascii: "t"): return 0x09
      case UInt16(ascii: "u"):
        guard index + 4 <= units.count,
          let value = UInt16(UTF16Text.string(units[index..<(index + 4)]), radix: 16)
        else {
          throw JSONSyntaxError(offset: index - 2, problem: "'\\u' must be followed by four hexadecimal digits")
        }
        index += 4
        return value
      default:
        throw JSONSyntaxError(offset: index - 2, problem: "unknown escape '\\\(UTF16Text.string([unit]))' in a string")
      }
    }

    mutating func literal(_ word: String) throws(JSONSyntaxError) {
      let expected = Array(word.utf16)
      guard index + expected.count <= units.count, Array(units[index..<(index + expected.count)]) == expected else {
        throw JSONSyntaxError(offset: index, problem: "expected a JSON value, found \(found())")
      }
      index += expected.count
    }

    mutating func number() throws(JSONSyntaxError) -> Value {
      let start = index
      func digits() -> Int {
        let from = index
        while let unit = current, unit >= 0x30, unit <= 0x39 { index += 1 }
        return index - from
      }
      if current == UInt16(ascii: "-") { index += 1 }
      let integerStart = index
      let integerDigits = digits()
      var valid = integerDigits > 0 && !(integerDigits > 1 && units[integerStart] == UInt16(ascii: "0"))
      if current == UInt16(ascii: ".") {
        index += 1
        valid = valid && digits() > 0
      }
      if current == UInt16(ascii: "e") || current == UInt16(ascii: "E") {
        index += 1
        if current == UInt16(ascii: "+") || current == UInt16(ascii: "-") { index += 1 }
        valid = valid && digits() > 0
      }
      let text = UTF16Text.string(units[start..<index])
      guard valid, let value = Double(text) else {
        throw JSONSyntaxError(offset: start, problem: "\(ContentDigest.describe(text, as: "a number")) is not a valid JSON number")
      }
      return .number(value, text)
    }
  }
}
