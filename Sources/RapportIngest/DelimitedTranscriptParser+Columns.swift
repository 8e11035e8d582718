import RapportSupport

extension DelimitedTranscriptParser {
  /// Which fields of a row hold what, found from the header row.
  struct Columns {
    var speaker: Int
    var text: Int
    var start: Int?
    var end: Int?
    /// A `role` column beside a separate speaker column.
    var role: Int?

    init(header: DelimitedRecords.Record, path: String, options: IngestOptions) throws(RapportError) {
      let keys = header.fields.map(DelimitedTranscriptParser.columnKey)
      let found = header.fields.enumerated().map { ContentDigest.columnName($0.element, number: $0.offset + 1) }.joined(separator: ", ")

      func column(chosen: String?, names: [String], what: String, flag: String) throws(RapportError) -> Int {
        if let chosen {
          guard let index = keys.firstIndex(of: DelimitedTranscriptParser.columnKey(chosen)) else {
            throw RapportError(
              .input, file: path, line: header.line,
              problem: "the header has no column '\(chosen)' (its columns are \(found))",
              remedy: "Check \(flag) against the file's header row")
          }
          return index
        }
        guard let index = names.lazy.compactMap({ keys.firstIndex(of: $0) }).first else {
          throw RapportError(
            .input, file: path, line: header.line,
            problem: "the header row names no \(what) column (its columns are \(found))",
            remedy: "Name the column \(names.map { "'\($0)'" }.joined(separator: ", ")) in the first row, or choose it with \(flag)")
        }
        return index
      }

      speaker = try column(
        chosen: options.speakerColumn, names: DelimitedTranscriptParser.speakerColumnNames, what: "speaker",
        flag: "--speaker-column")
      text = try column(
        chosen: options.textColumn, names: DelimitedTranscriptParser.textColumnNames, what: "text",
        flag: "--text-column")
      if let chosen = options.startColumn {
        start = try column(chosen: chosen, names: [], what: "start-time", flag: "--start-column")
      } else {
        start = DelimitedTranscriptParser.startColumnNames.lazy.compactMap { keys.firstIndex(of: $0) }.first
      }
      end = DelimitedTranscriptParser.endColumnNames.lazy.compactMap { keys.firstIndex(of: $0) }.first
      let roleIndex = keys.firstIndex(of: "role")
      role = roleIndex == speaker ? nil : roleIndex
    }
  }
}
