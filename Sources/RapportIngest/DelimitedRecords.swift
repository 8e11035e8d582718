import RapportSupport
import RapportText

/// The records of CSV or TSV text (RFC 4180): fields separated by the delimiter, records by
/// line breaks; a field in double quotes may hold delimiters, line breaks and doubled quotes.
/// A quote inside an unquoted field is kept as a character, as TSV exporters write them.
package struct DelimitedRecords {
  /// One record and where it is.
  package struct Record {
    package var fields: [String]
    /// 1-based line the record starts on.
    package var line: Int
    /// UTF-16 range of the record in the text, without its line break.
    var span: Range<Int>
  }

  /// Why the text cannot be split into records.
  package struct Failure: Error {
    package var line: Int
    package var problem: String
  }

  /// The records of `units`; records that are one empty field (blank lines) are left out.
  package static func split(_ units: [UInt16], delimiter: UInt16) throws(Failure) -> [Record] {
    let quote = UInt16(ascii: "\"")
    var records: [Record] = []
    var fields: [String] = []
    var field: [UInt16] = []
    var line = 1
    var recordLine = 1
    var recordStart = 0
    var index = 0

    func isBreak(_ unit: UInt16) -> Bool { unit == 0x0A || unit == 0x0D }

    func endRecord(at end: Int) {
      fields.append(UTF16Text.string(field))
      field.removeAll(keepingCapacity: true)
      if fields.count > 1 || !fields[0].isEmpty {
        records.append(Record(fields: fields, line: recordLine, span: recordStart..<end))
      }
      fields = []
    }

    /// Steps over a line break at `index` (CRLF counts once) and counts the line.
    func stepOverBreak() {
      if units[index] == 0x0D, index + 1 < units.count, units[index + 1] == 0x0A { index += 1 }
      index += 1
      line += 1
    }

    while index < units.count {
      let unit = units[index]
      if unit == quote, field.isEmpty {
        let openedOn = line
        index += 1
        while true {
          guard index < units.count else {
            throw Failure(line: openedOn, problem: "a quoted field opened on line \(openedOn) is never closed")
          }
          let inner = units[index]
          if inner == quote {
            if index + 1 < units.count, units[index + 1] == quote {
              field.append(quote)
              index += 2
              continue
            }
            index += 1
            break
          }
          if isBreak(inner) {
            field.append(0x0A)
            stepOverBreak()
          } else {
            field.append(inner)
            index += 1
          }
        }
        guard index == units.count || units[index] == delimiter || isBreak(units[index]) else {
          throw Failure(line: line, problem: "text follows the closing quote of a field")
        }
        continue
      }
      if unit == delimiter {
        fields.append(UTF16Text.string(field))
        field.removeAll(keepingCapacity: true)
        index += 1
      } else if isBreak(unit) {
        endRecord(at: index)
        stepOverBreak()
        recordLine = line
        recordStart = index
      } else {
        field.append(unit)
        index += 1
      }
    }
    if !field.isEmpty || !fields.isEmpty { endRecord(at: units.count) }
    return records
  }
}
