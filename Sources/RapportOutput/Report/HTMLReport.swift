import Foundation
import RapportIngest
import RapportMeasure
import RapportSupport

/// Report's entry point: writes the HTML pages (`<session>.html`, `index.html`) of a batch,
/// during `analyze --format html` or afterwards from an output folder (`rapport report`).
///
/// Pages are built from the summary as `<session>.json` holds it (numbers rounded as written
/// there), so both routes give byte-identical pages.
public enum HTMLReport {
  /// The summary as decoding its JSON gives it: what `rapport report` sees.
  static func asWritten(_ summary: SessionSummary) throws -> SessionSummary {
    try JSONDecoder().decode(SessionSummary.self, from: Data(JSONOutput.encode(summary)))
  }

  /// What the index needs of a session: its summary as written, without the per-speaker
  /// detail, so a batch keeps little per session in memory.
  public static func indexEntry(_ summary: SessionSummary) throws(RapportError) -> SessionSummary {
    var entry = try written(summary)
    entry.speakers = []
    entry.hits = nil
    entry.turnMarks = nil
    return entry
  }

  /// `asWritten`, failing with a message that names the session's transcript.
  static func written(_ summary: SessionSummary) throws(RapportError) -> SessionSummary {
    do {
      return try asWritten(summary)
    } catch {
      throw RapportError(
        .input, file: summary.provenance.source.path, problem: "cannot encode the summary for its HTML page (\(error))")
    }
  }

  /// Writes `<session>.html` for `summary` into `folder`; returns the file name.
  public static func writeSessionPage(_ summary: SessionSummary, folder: String) throws(RapportError) -> String {
    let page = try sessionPage(summary)
    try FileSystem.writeOutput(page.bytes, to: path(folder, page.file))
    return page.file
  }

  /// The file name and bytes of `summary`'s page, for a writer that writes it itself.
  public static func sessionPage(_ summary: SessionSummary) throws(RapportError) -> (file: String, bytes: [UInt8]) {
    (PageFiles.sessionFile(summary.session), Array(SessionPage.html(try written(summary)).utf8))
  }

  /// Writes `index.html` for the batch `corpus` and its `sessions` into `folder`; returns the
  /// file name.
  public static func writeIndex(corpus: CorpusSummary, sessions: [SessionSummary], folder: String) throws(RapportError) -> String {
    var entries: [SessionSummary] = []
    for session in sessions { entries.append(try indexEntry(session)) }
    try FileSystem.writeOutput(Array(CorpusPage.html(corpus: corpus, sessions: entries).utf8), to: path(folder, "index.html"))
    return "index.html"
  }

  /// What `rebuild` did: pages written, and session files it could not use.
  public struct Rebuilt: Sendable {
    public var written: [String]
    public var problems: [RapportError]
  }

  /// Rebuilds every page from `folder`'s corpus.json and `<session>.json` files, without the
  /// transcripts. A session file that cannot be read is reported and skipped; a missing or
  /// unreadable corpus.json is a configuration error.
  public static func rebuild(folder: String) throws(RapportError) -> Rebuilt {
    guard FileSystem.isDirectory(folder) else {
      throw RapportError(
        .configuration, file: folder, problem: "is not a folder",
        remedy: "Give the output folder of a `rapport analyze` run (the one holding corpus.json)")
    }
    let corpusPath = path(folder, "corpus.json")
    let corpus: CorpusSummary
    do {
      corpus = try JSONDecoder().decode(CorpusSummary.self, from: Data(FileSystem.read(corpusPath)))
    } catch {
      throw RapportError(
        .configuration, file: corpusPath, problem: "cannot be read as Rapport's corpus.json (\(describe(error)))",
        remedy: "Run `rapport analyze --out \(folder)` first, or give the folder that holds its outputs")
    }
    var sessions: [SessionSummary] = []
    var problems: [RapportError] = []
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names.sorted() where name.hasSuffix(".json") && name != "corpus.json" && !name.hasPrefix(".") {
      let file = path(folder, name)
      do {
        let bytes = Data(try FileSystem.read(file))
        guard let object = try JSONSerialization.jsonObject(with: bytes) as? [String: Any],
          object["schema"] as? String == SessionSummary.schemaVersion
        else {
          continue  // Not a session summary (another tool's file): not ours to report on.
        }
        sessions.append(try JSONDecoder().decode(SessionSummary.self, from: bytes))
      } catch {
        problems.append(RapportError(
          .input, file: file, problem: "cannot be read as a session summary (\(describe(error)))",
          remedy: "Analyze its transcript again with `rapport analyze`"))
      }
    }
    guard !sessions.isEmpty else {
      throw RapportError(
        .configuration, file: folder, problem: "holds no <session>.json file of schema \(SessionSummary.schemaVersion)",
        remedy: "Analyze with --format including json (e.g. --format json,html) so the pages can be rebuilt")
    }
    var written: [String] = []
    for session in sessions {
      written.append(try writeSessionPage(session, folder: folder))
    }
    written.append(try writeIndex(corpus: corpus, sessions: sessions, folder: folder))
    return Rebuilt(written: written, problems: problems)
  }

  static func path(_ folder: String, _ file: String) -> String {
    (folder as NSString).appendingPathComponent(file)
  }

  static func describe(_ error: any Error) -> String {
    if let failure = error as? FileSystem.Failure { return failure.reason }
    if let decoding = error as? DecodingError {
      switch decoding {
      case .keyNotFound(let key, let context):
        return "missing key \(([context.codingPath.map(\.stringValue).joined(separator: "."), key.stringValue]).filter { !$0.isEmpty }.joined(separator: "."))"
      case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
        return "\(context.debugDescription) at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
      @unknown default:
        return "\(decoding)"
      }
    }
    return "\(error)"
  }
}

/// File names and links of report pages.
enum PageFiles {
  static func sessionFile(_ session: String) -> String { session + ".html" }

  /// A relative link to a session's page, percent-encoded so any session id works as a URL.
  static func sessionPage(_ session: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return sessionFile(session).addingPercentEncoding(withAllowedCharacters: allowed) ?? sessionFile(session)
  }
}

extension HTMLReport {
  /// `options` with turn rows on when `formats` include html (the turn strip needs them);
  /// the options recorded in provenance are not changed.
  public static func analysisOptions(_ options: AnalysisOptions, formats: Set<OutputFormat>) -> AnalysisOptions {
    var options = options
    if formats.contains(.html) { options.turnDetails = true }
    return options
  }

  /// The turn strip's marks of `analysis`, with laughter counted from `transcript`'s turns.
  public static func turnMarks(_ analysis: SessionAnalysis, transcript: Transcript) -> [TurnMark] {
    TurnMark.marks(analysis, laughter: transcript.turns.map { $0.events.filter(\.isLaughter).count })
  }
}
