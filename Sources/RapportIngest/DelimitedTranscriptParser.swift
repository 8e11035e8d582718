import RapportSupport
import RapportText

/// Reads CSV and TSV transcripts with one turn per row and a header row. The speaker column is
/// the first of `speaker`, `interlocutor`, `role` the header names (or the one chosen with
/// `IngestOptions.speakerColumn`), the text column the first of `text`, `utterance`,
/// `utterance_text` (or `textColumn`); `start`/`end` columns give times; a `role` column
/// beside a separate speaker column gives each speaker's role. Header names compare
/// case-insensitively, with spaces and hyphens read as `_`.
public enum DelimitedTranscriptParser {
  /// Header names taken as the speaker column, in order of preference.
  static let speakerColumnNames = ["speaker", "interlocutor", "role"]
  /// Header names taken as the text column, in order of preference.
  static let textColumnNames = ["text", "utterance", "utterance_text"]
  static let startColumnNames = ["start", "start_time", "begin", "start_seconds", "timestamp", "time", "begin_time", "start_timestamp"]
  static let endColumnNames = ["end", "end_time", "stop", "end_seconds"]

  /// Parses decoded CSV (`delimiter` ",") or TSV ("\t"); `path` names the file in errors.
  public static func parse(
    _ decoded: DecodedText, path: String, delimiter: Unicode.Scalar, options: IngestOptions
  ) throws(RapportError) -> ParsedTranscript {
    let units = decoded.units
    let kind = delimiter == "\t" ? "TSV" : delimiter == "," ? "CSV" : "CSV ('\(delimiter)'-separated)"
    let records: [DelimitedRecords.Record]
    do {
      records = try DelimitedRecords.split(units, delimiter: UInt16(delimiter.value))
    } catch {
      throw RapportError(
        .input, file: path, line: error.line, problem: "not valid \(kind): \(error.problem)",
        remedy: "Put fields that hold quotes, line breaks or the delimiter in double quotes, and double the quotes inside them")
    }
    guard let header = records.first else {
      throw RapportError(.input, file: path, problem: "the \(kind) file holds no rows", remedy: "Check that the export finished")
    }
    let columns = try Columns(header: header, path: path, options: options)
    guard records.count > 1 else {
      throw RapportError(.input, file: path, line: header.line, problem: "the \(kind) file has a header but no rows", remedy: "Check that the export finished")
    }

    var table = SpeakerTable()
    var parsed = ParsedTranscript()
    for (index, record) in records.enumerated().dropFirst() {
      let row = index + 1
      guard record.fields.count == header.fields.count else {
        throw RapportError(
          .input, file: path, line: record.line,
          problem: "row \(row) has \(record.fields.count) field(s) but the header has \(header.fields.count)",
          remedy: "Put fields that hold the delimiter in double quotes, and give every row one field per column")
      }
      let label = record.fields[columns.speaker].trimmingWhitespace()
      guard !label.isEmpty else {
        throw RapportError(
          .input, file: path, line: record.line, problem: "row \(row) has no speaker",
          remedy: "Fill in its \(ContentDigest.columnName(header.fields[columns.speaker], number: columns.speaker + 1)) column, or delete the row")
      }
      let speaker = table.index(of: label, line: record.line)
      if let roleColumn = columns.role, let role = roleName(record.fields[roleColumn]) {
        table.give(role, to: speaker)
      }
      var times: [Double?] = []
      for column in [columns.start, columns.end] {
        guard let column, !record.fields[column].trimmingWhitespace().isEmpty else {
          times.append(nil)
          continue
        }
        guard let seconds = CaptionTiming.secondsOrTime(record.fields[column]) else {
          throw RapportError(
            .input, file: path, line: record.line,
            problem: "row \(row) has \(ContentDigest.describe(record.fields[column], as: "a value")) in its \(ContentDigest.columnName(header.fields[column], number: column + 1)) column, which is not a time",
            remedy: "Write seconds (12.5) or a time (00:00:12.5)")
        }
        times.append(seconds)
      }
      if let start = times[0], let end = times[1], end < start {
        throw RapportError(
          .input, file: path, line: record.line,
          problem: "row \(row) ends (\(CaptionTiming.format(end))) before it starts (\(CaptionTiming.format(start)))",
          remedy: "Correct its start and end times")
      }
      let text = record.fields[columns.text].trimmingWhitespace()
      parsed.turns.append(Turn(
        number: parsed.turns.count + 1, speaker: speaker, text: text, start: times[0], end: times[1],
        line: record.line,
        byteRange: decoded.byteOffset(ofUTF16: record.span.lowerBound)..<decoded.byteOffset(ofUTF16: record.span.upperBound),
        events: TranscriptionMarks.find(in: text)))
    }
    (parsed.speakers, parsed.warnings) = table.speakers(map: options.speakerMap)
    return parsed
  }

  /// A header name as compared: lowercased, trimmed (a byte order mark too), spaces and
  /// hyphens as `_`, surrounding double quotes removed.
  static func columnKey(_ name: String) -> String {
    var trimmed = String(name.unicodeScalars.filter { $0 != "\u{FEFF}" }).trimmingWhitespace()
    if trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") { trimmed = String(trimmed.dropFirst().dropLast()) }
    return String(trimmed.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
  }

  /// The separators sniffed from a header row, in order of preference on a tie.
  static let delimiters: [Unicode.Scalar] = [",", ";", "\t", "|"]

  /// The field separator of the delimited text `units`: of `,` `;` tab `|`, the one that splits
  /// the first line (outside double quotes) into a speaker and a text column, else the one
  /// that splits it into the most fields, else `preferred` (the extension's).
  static func sniffDelimiter(_ units: [UInt16], preferring preferred: Unicode.Scalar) -> Unicode.Scalar {
    guard let span = PlainTextParser.lineSpans(Array(units.prefix(8192))).first else { return preferred }
    let line = units[span]
    var best = preferred
    var bestScore = (0, 0)
    for delimiter in [preferred] + delimiters.filter({ $0 != preferred }) {
      let fields = splitHeader(line, delimiter: UInt16(delimiter.value)).map(columnKey)
      guard fields.count > 1 else { continue }
      let named = (speakerColumnNames.contains(where: fields.contains) ? 1 : 0) + (textColumnNames.contains(where: fields.contains) ? 1 : 0)
      let score = (named, fields.count)
      if score > bestScore {
        best = delimiter
        bestScore = score
      }
    }
    return best
  }

  /// The fields of one header line split at `delimiter`, outside double quotes.
  static func splitHeader(_ line: ArraySlice<UInt16>, delimiter: UInt16) -> [String] {
    var fields: [String] = []
    var current: [UInt16] = []
    var quoted = false
    for unit in line {
      if unit == UInt16(ascii: "\"") { quoted.toggle() }
      if unit == delimiter, !quoted {
        fields.append(UTF16Text.string(current))
        current = []
      } else {
        current.append(unit)
      }
    }
    fields.append(UTF16Text.string(current))
    return fields
  }

  /// A role written in a role column: `therapist`, `client`, `other`, or a label the built-in
  /// speaker map knows (`T`, `Patient`).
  static func roleName(_ value: String) -> Role? {
    let trimmed = value.trimmingWhitespace()
    return Role(rawValue: trimmed.lowercased()) ?? SpeakerMap.builtIn.role(for: trimmed)
  }
}
