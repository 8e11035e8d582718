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
  static let startColumnNames = ["start", "start_time", "begin", "start_seconds"]
  static let endColumnNames = ["end", "end_time", "stop", "end_seconds"]

  /// Parses decoded CSV (`delimiter` ",") or TSV ("\t"); `path` names the file in errors.
  public static func parse(
    _ decoded: DecodedText, path: String, delimiter: Unicode.Scalar, options: IngestOptions
  ) throws(RapportError) -> ParsedTranscript {
    let units = decoded.units
    let kind = delimiter == "\t" ? "TSV" : "CSV"
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
          remedy: "Fill in its '\(header.fields[columns.speaker])' column, or delete the row")
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
            problem: "row \(row) has '\(record.fields[column])' in its '\(header.fields[column])' column, which is not a time",
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

  /// A header name as compared: lowercased, trimmed, spaces and hyphens as `_`.
  static func columnKey(_ name: String) -> String {
    String(name.trimmingWhitespace().lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
  }

  /// A role written in a role column: `therapist`, `client`, `other`, or a label the built-in
  /// speaker map knows (`T`, `Patient`).
  static func roleName(_ value: String) -> Role? {
    let trimmed = value.trimmingWhitespace()
    return Role(rawValue: trimmed.lowercased()) ?? SpeakerMap.builtIn.role(for: trimmed)
  }
}
