/// An RFC 4180 table: a header row and data rows, CRLF line ends, fields quoted when they
/// hold a comma, quote, or line break. R's `read.csv` and pandas read it without options.
///
/// Quoting is decided and done on UTF-8 bytes, never on `Character`s: Swift counts `,` plus a
/// combining mark, or `\r\n`, as one character that is neither a comma nor a line break.
/// A text field that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return, and is not a plain number) is written with a leading `'`, as
/// OWASP advises against CSV injection; numbers (`-0.25`) are written as they are.
public struct CSVTable: Sendable, Equatable {
  public var header: [String]
  public var rows: [[String]]

  public init(header: [String], rows: [[String]] = []) {
    self.header = header
    self.rows = rows
  }

  /// The table's bytes, UTF-8.
  public func encoded() -> [UInt8] {
    Self.encode([header] + rows)
  }

  /// The data rows' bytes without the header (a part of a longer table).
  public func encodedRows() -> [UInt8] {
    Self.encode(rows)
  }

  private static func encode(_ rows: [[String]]) -> [UInt8] {
    var bytes: [UInt8] = []
    for row in rows {
      var first = true
      for value in row {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        append(value, to: &bytes)
      }
      bytes.append(0x0D)
      bytes.append(0x0A)
    }
    return bytes
  }

  /// Appends a whole number as a field, as `append(String(value), to:)` does (digits and a
  /// sign are never quoted or neutralized), without making the string: the categories table
  /// writes two for each of its rows.
  package static func append(_ value: Int, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let start = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes[start...].reverse()
  }

  /// Appends a number as `append(Rounding.text(value), to:)` does, the same bytes (a number
  /// needs no quotes and is never neutralized), without the string for nearly every value.
  package static func append(_ value: Double, to bytes: inout [UInt8]) {
    if !Rounding.appendText(value, to: &bytes) { append(Rounding.text(value), to: &bytes) }
  }

  /// Appends one field: neutralized if formula-leading, quoted if it holds a byte that needs it.
  ///
  /// Works on the string's contiguous UTF-8 (`withUTF8`, which copies only a bridged or
  /// foreign string), scanned once for bytes that need quoting and appended in one copy.
  package static func append(_ value: String, to bytes: inout [UInt8]) {
    var value = value
    value.withUTF8 { utf8 in
      let neutralized = isFormulaLeading(first: utf8.first) && !isNumber(utf8)
      var needsQuotes = false
      for byte in utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
        needsQuotes = true
        break
      }
      guard needsQuotes else {
        if neutralized { bytes.append(UInt8(ascii: "\'")) }
        bytes.append(contentsOf: utf8)
        return
      }
      bytes.append(0x22)
      if neutralized { bytes.append(UInt8(ascii: "\'")) }
      for byte in utf8 {
        if byte == 0x22 { bytes.append(0x22) }
        bytes.append(byte)
      }
      bytes.append(0x22)
    }
  }

  /// `value` quoted if it holds a comma, quote or line break (by bytes), with no formula
  /// neutralization (for transcripts the generator writes, whose text must stay as it is).
  package static func field(_ value: String) -> String {
    guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
    var bytes: [UInt8] = [0x22]
    for byte in value.utf8 {
      if byte == 0x22 { bytes.append(0x22) }
      bytes.append(byte)
    }
    bytes.append(0x22)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether a spreadsheet would read `value` as a formula: it starts with `=`, `+`, `-`, `@`,
  /// tab or CR and is not a number as the writers write them (`-12`, `-0.5`).
  static func isFormulaLeading(_ value: String) -> Bool {
    var value = value
    return value.withUTF8 { isFormulaLeading(first: $0.first) && !isNumber($0) }
  }

  /// Whether a field starting with `first` may be a formula (`=`, `+`, `-`, `@`, tab, CR).
  private static func isFormulaLeading(first: UInt8?) -> Bool {
    guard let first else { return false }
    return first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
      || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
  }

  /// `-?[0-9]+(\.[0-9]+)?`, checked byte by byte.
  static func isNumber(_ value: String) -> Bool {
    var value = value
    return value.withUTF8 { isNumber($0) }
  }

  /// `-?[0-9]+(\.[0-9]+)?` on UTF-8 bytes.
  private static func isNumber(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    if index < utf8.count, utf8[index] == UInt8(ascii: "-") { index += 1 }
    func digits() -> Int {
      let start = index
      while index < utf8.count, utf8[index] >= 0x30, utf8[index] <= 0x39 { index += 1 }
      return index - start
    }
    guard digits() > 0 else { return false }
    if index == utf8.count { return true }
    guard utf8[index] == UInt8(ascii: ".") else { return false }
    index += 1
    return digits() > 0 && index == utf8.count
  }

  /// A number as written in every table: integers bare, others with up to four decimals.
  public static func number(_ value: Double) -> String {
    Rounding.text(value)
  }
}

extension String {
  package func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
