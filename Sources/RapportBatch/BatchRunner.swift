import Foundation
import Synchronization
import RapportIngest
import RapportMeasure
import RapportOutput
import RapportSupport
import RapportTag

/// What a batch did: sessions written and inputs that failed.
public struct BatchReport: Sendable {
  public var sessions: [String]
  public var words: Int
  public var failures: [RapportError]
  /// Files written, relative to the output folder.
  public var written: [String]
  /// Session warnings worth printing on the terminal (`session: warning: message`), in input
  /// order: those that say a session's numbers may mean little (`lexicon-language`).
  public var notices: [String] = []
  /// Inputs skipped because an earlier input has the same bytes (`--keep-duplicates` off):
  /// (skipped path, the path analyzed instead).
  public var duplicates: [(path: String, original: String)] = []
  /// Files an earlier run left in the output folder that this one did not write, removed.
  public var removed: [String] = []
}

/// Batch's entry point: reads, tags and summarizes many transcripts in parallel, writes each
/// session's JSON and XML as it finishes, then the tables across sessions and corpus.json. A
/// file that fails is reported and skipped; the others still finish. Every table goes through
/// part files (`TableParts`), so memory does not grow with the number of sessions.
public enum BatchRunner {
  /// Analyzes `inputs` with `matcher` and writes every output `options` asks for; `progress`
  /// is called with (finished, total) as sessions finish. Throws only for configuration
  /// problems (an unwritable output folder); failed inputs are in the report.
  public static func run(
    _ inputs: [BatchInput], matcher: Matcher, options: BatchOptions,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) async throws(RapportError) -> BatchReport {
    var screening = InputScreening(inputs, options: options)
    let folder = try OutputFolder(
      options.outputDirectory, roots: inputs.map { $0.root ?? $0.path },
      planned: plannedFiles(screening.analyzed.map { inputs[$0].session }, options: options),
      shared: Set(plannedFiles([], options: options)))
    screening.refuse(folder.foreign, inputs: inputs, folder: folder.path)
    let chosen = screening.analyzed
    try folder.begin(screening.manifest(files: [], options: options))
    let context = Context(matcher: matcher, options: options)
    context.parts.removeFolder()
    defer { context.parts.removeFolder() }
    let next = Counter()
    let done = Counter()
    let results = await withTaskGroup(of: WorkerResult.self) { group in
      for worker in 0..<min(options.jobs, max(chosen.count, 1)) {
        group.addTask {
          var result = WorkerResult(outcomes: [], corpus: CorpusAccumulator(categories: context.categories), spans: [])
          let parts = TableParts.Writer(context.parts, worker: worker)
          let tagger: Tagger
          do throws(RapportError) {
            tagger = try Tagger(matcher: matcher, options: options.tag)
          } catch {
            result.outcomes.append((-1, .failure(error)))
            return result
          }
          while true {
            let position = next.increment() - 1
            guard position < chosen.count else { break }
            let index = chosen[position]
            let outcome = Result { () throws(RapportError) in
              try process(inputs[index], tagger: tagger, context: context, parts: parts, corpus: &result.corpus)
            }
            result.outcomes.append((index, outcome))
            progress?(done.increment(), chosen.count)
          }
          result.spans = parts.spans
          return result
        }
      }
      var all: [WorkerResult] = []
      for await result in group { all.append(result) }
      return all
    }
    var corpus = CorpusAccumulator(categories: context.categories)
    for result in results { corpus.merge(result.corpus) }
    var outcomes = results.flatMap(\.outcomes)
    outcomes += screening.failures.map { ($0.index, .failure($0.error)) }
    outcomes.sort { $0.0 < $1.0 }

    var report = BatchReport(sessions: [], words: 0, failures: [], written: [])
    var index: [SessionSummary] = []
    report.notices = screening.notices
    for (_, outcome) in outcomes {
      switch outcome {
      case .success(let session):
        report.sessions.append(session.session)
        report.words += session.words
        report.written += session.files
        report.notices += session.notices
        if let entry = session.indexEntry { index.append(entry) }
      case .failure(let error):
        if error.scope == .configuration { throw error }
        report.failures.append(error)
      }
    }
    report.duplicates = screening.duplicates
    report.written += try writeTables(sessions: report.sessions, spans: results.flatMap(\.spans), context: context)
    report.written += try writeCorpus(corpus, failures: report.failures, context: context, index: index)
    report.removed = try folder.finish(screening.manifest(files: report.written.sorted(), options: options))
    return report
  }

  /// Every file a run may write for `sessions`: what `finish` may later find stale.
  static func plannedFiles(_ sessions: [String], options: BatchOptions) -> [String] {
    var files = ["corpus.json"]
    if options.formats.contains(.csv) { files += ["sessions.csv", "categories.csv"] }
    if options.writesTurns { files.append("turns.csv") }
    if options.formats.contains(.html) { files.append("index.html") }
    for session in sessions {
      if options.formats.contains(.json) { files.append(session + ".json") }
      if options.formats.contains(.xml) { files.append(session + ".xml") }
      if options.formats.contains(.html) { files.append(session + ".html") }
    }
    return files
  }

  /// What every worker shares: the matcher, the options, and the table layouts.
  struct Context: Sendable {
    let matcher: Matcher
    let options: BatchOptions
    let categories: [String]
    let sessionsTable: SessionsTable
    let parts: TableParts

    init(matcher: Matcher, options: BatchOptions) {
      self.matcher = matcher
      self.options = options
      categories = matcher.categories.filter { $0.role == .content }.map(\.id)
      sessionsTable = SessionsTable(
        categories: categories, segments: options.analysis.segments, composite: options.analysis.composite,
        clientTalk: options.analysis.clientTalkLabels)
      parts = TableParts(outputDirectory: options.outputDirectory)
    }

    func path(_ file: String) -> String {
      (options.outputDirectory as NSString).appendingPathComponent(file)
    }
  }

  /// One worker's sessions and its share of the corpus sums.
  struct WorkerResult: Sendable {
    var outcomes: [(Int, Result<SessionOutcome, RapportError>)]
    var corpus: CorpusAccumulator
    /// Where its sessions' table rows are in its part files.
    var spans: [TableParts.Span]
  }

  /// What one session leaves behind for the tables.
  struct SessionOutcome: Sendable {
    var session: String
    var words: Int
    var files: [String]
    /// Its warnings for the terminal (`BatchReport.notices`).
    var notices: [String] = []
    /// Its summary for index.html, with `--format html`.
    var indexEntry: SessionSummary? {
      get { index.first }
      set { index = newValue.map { [$0] } ?? [] }
    }
    /// `indexEntry`, held in an array: a summary is kilobytes wide, and an optional would
    /// carry that width inline in every session's outcome until the batch ends, html or not.
    private var index: [SessionSummary] = []

    init(session: String, words: Int, files: [String], notices: [String] = [], indexEntry: SessionSummary? = nil) {
      self.session = session
      self.words = words
      self.files = files
      self.notices = notices
      self.indexEntry = indexEntry
    }
  }
}
