import Foundation
import RapportIngest
import RapportLexicon
import RapportMeasure
import RapportOutput
import RapportSupport
import RapportTag
import RapportText

/// Everything that shapes a batch's outputs, apart from the transcripts: the tool version,
/// every option and lexicon, and the layout of the tables. It is stored in every manifest, so
/// `rapport merge` can build the tables and corpus.json of shard folders without the lexicons
/// or options at hand, and can refuse shards made differently. `settings` is the SHA-256 of
/// the rest; a session part made with other settings is never reused (`--resume`) or merged.
public struct BatchPlan: Codable, Sendable, Equatable {
  /// One table: its file, schema version and header.
  public struct Table: Codable, Sendable, Equatable {
    public var file: String
    /// The per-session section of a session part that holds its rows (`sessions`).
    public var section: String
    public var schema: String
    public var header: [String]
  }

  public var toolVersion: String
  /// Output formats, sorted (`csv`, `html`, `json`, `xml`).
  public var formats: [String]
  /// Content categories, in the lexicons' order (corpus.json's means).
  public var categories: [String]
  public var tables: [Table]
  /// The options corpus.json records (`BatchOptions.recorded`).
  public var corpusOptions: [String: String]
  /// Every setting that shapes a session's outputs, by its command-line name: the options
  /// above, the run's own (`redact`, `keep-duplicates`, `max-input-size`) and those no output
  /// records (`infer-roles`, the speaker map's SHA-256).
  public var options: [String: String]
  public var lexicons: [LexiconProvenance]
  /// Hex SHA-256 of all of the above.
  public var settings: String = ""

  var writesHTML: Bool { formats.contains(OutputFormat.html.rawValue) }

  /// The plan of a batch with `options`, lexicons compiled into `matcher`, and sessions.csv
  /// laid out by `sessionsTable`; `extra` holds the run's own options.
  init(options: BatchOptions, matcher: Matcher, categories: [String], sessionsTable: SessionsTable, extra: [String: String]) {
    toolVersion = RapportVersion.current
    formats = options.formats.map(\.rawValue).sorted()
    self.categories = categories
    tables = []
    if options.formats.contains(.csv) {
      tables.append(Table(file: "sessions.csv", section: "sessions", schema: SessionsTable.schemaVersion, header: sessionsTable.header))
      tables.append(Table(file: "categories.csv", section: "categories", schema: CategoriesTable.schemaVersion, header: CategoriesTable.header))
      if options.writesTurns {
        tables.append(Table(
          file: "turns.csv", section: "turns", schema: TurnsTable.schemaVersion,
          header: TurnsTable.header(categories: categories, clientTalk: !options.analysis.clientTalkLabels.isEmpty)))
      }
    }
    corpusOptions = options.recorded
    var all = options.recorded.merging(extra) { a, _ in a }
    all["infer-roles"] = String(options.ingest.inferRoles)
    all["start-column"] = options.ingest.startColumn ?? "detect"
    all["delimiter"] = options.ingest.delimiter.map { String($0.value) } ?? "detect"
    all["session-schema"] = SessionSummary.schemaVersion
    if let map = options.speakerMapPath { all["speaker-map-sha256"] = InputScreening.sha256(map) ?? "unreadable" }
    self.options = all
    lexicons = matcher.lexicons.map {
      LexiconProvenance(name: $0.name, version: $0.version, path: $0.path, sha256: $0.sha256)
    }
    settings = fingerprint
  }

  /// The SHA-256 of every field but `settings`, as sorted-key JSON.
  var fingerprint: String {
    var copy = self
    copy.settings = ""
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    // Encoding strings, arrays and dictionaries of strings cannot fail.
    let bytes = (try? encoder.encode(copy)).map { [UInt8]($0) } ?? []
    return TranscriptReader.sha256Hex(bytes)
  }

  /// How `other` differs from this plan, in words (empty when it does not): the tool version,
  /// each option, each lexicon, the formats and tables.
  func differences(from other: BatchPlan) -> [String] {
    var found: [String] = []
    if toolVersion != other.toolVersion { found.append("Rapport version \(other.toolVersion) instead of \(toolVersion)") }
    for key in Set(options.keys).union(other.options.keys).sorted() where options[key] != other.options[key] {
      found.append("option \(key) is \(other.options[key].map { "'\($0)'" } ?? "not set") instead of \(options[key].map { "'\($0)'" } ?? "not set")")
    }
    let mine = Dictionary(lexicons.map { ($0.name, $0) }) { a, _ in a }
    let theirs = Dictionary(other.lexicons.map { ($0.name, $0) }) { a, _ in a }
    for name in Set(mine.keys).union(theirs.keys).sorted() {
      switch (mine[name], theirs[name]) {
      case (let a?, let b?) where a != b:
        found.append("lexicon \(name) is \(b.path) version \(b.version) sha256 \(b.sha256.prefix(12))… instead of \(a.path) version \(a.version) sha256 \(a.sha256.prefix(12))…")
      case (nil, let b?): found.append("lexicon \(name) (\(b.path)) is used there but not here")
      case (_?, nil): found.append("lexicon \(name) is not used there")
      default: break
      }
    }
    if lexicons.map(\.name) != other.lexicons.map(\.name), found.isEmpty { found.append("the lexicons are given in another order") }
    if formats != other.formats { found.append("formats \(other.formats.joined(separator: ",")) instead of \(formats.joined(separator: ","))") }
    if found.isEmpty, categories != other.categories || tables != other.tables { found.append("the lexicons' categories or the tables' columns differ") }
    if found.isEmpty, settings != other.settings { found.append("the settings hash differs (\(other.settings.prefix(12))… instead of \(settings.prefix(12))…)") }
    return found
  }
}
