/// An RFC 4180 table: a header row and data rows, CRLF line ends, fields quoted when they
/// hold a comma, quote, or line break. R's `read.csv` and pandas read it without options.
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
      for (index, value) in row.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        // Most fields hold none of the bytes that may need quoting: copy them as they are.
        if value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
          bytes.append(contentsOf: field(value).utf8)
        } else {
          bytes.append(contentsOf: value.utf8)
        }
      }
      bytes.append(contentsOf: [0x0D, 0x0A])
    }
    return bytes
  }

  static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A number as written in every table: integers bare, others with up to four decimals.
  public static func number(_ value: Double) -> String {
    Rounding.text(value)
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
