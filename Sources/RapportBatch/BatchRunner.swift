import Foundation
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
  /// Sessions `--resume` found finished and did not analyze again.
  public var resumed = 0
  /// The inputs of the whole batch (all shards).
  public var batchInputs = 0
  /// The folder's file system refused locks; the run went on without them.
  public var unlocked = false
}

/// Batch's entry point: reads, tags and summarizes many transcripts in parallel, writes each
/// session's JSON and XML as it finishes, then the tables across sessions and corpus.json. A
/// file that fails is reported and skipped; the others still finish. Every session leaves a
/// part (`SessionPart`, in its worker's `PartJournal`) once its files are written; the tables
/// are joined from the parts
/// (`BatchAssembly`), so memory does not grow with the number of sessions, an interrupted
/// batch can go on (`resume`), and shards can be merged into the same tables.
public enum BatchRunner {
  /// Analyzes `inputs` with `matcher` and writes every output `options` asks for; `progress`
  /// is called with (finished, total) as sessions finish. Throws only for configuration
  /// problems (an unwritable output folder); failed inputs are in the report.
  public static func run(
    _ inputs: [BatchInput], matcher: Matcher, options: BatchOptions,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) async throws(RapportError) -> BatchReport {
    var screening = InputScreening(inputs, options: options)
    let shard = options.shard
    let isMine = { (index: Int) in shard?.contains(inputs[index].session) ?? true }
    let folder = try OutputFolder(
      options.outputDirectory, roots: inputs.map { $0.root ?? $0.path },
      planned: plannedFiles(screening.analyzed.filter(isMine).map { inputs[$0].session }, options: options),
      shared: Set(plannedFiles([], options: options)), role: shard.map { .shard($0) } ?? .run)
    screening.refuse(folder.foreign, inputs: inputs, folder: folder.path)
    let context = Context(matcher: matcher, options: options)
    let started = screening.manifest(files: [], options: options, plan: context.plan, shard: shard)
    try folder.begin(started.manifest, inputs: started.inputs)
    let role = PartJournal.role(shard)
    let journalPrefix = PartJournal.newPrefix(folder: folder.path, role: role)

    var outcomes: [(Int, Outcome)] = []
    var chosen: [Int] = []
    let earlier = options.resume ? PartJournal.index(folder: folder.path) : [:]
    for index in screening.analyzed where isMine(index) {
      if let location = earlier[inputs[index].session], let part = PartJournal.read(location),
        part.matches(inputs[index], sha256: screening.hash(index), settings: context.plan.settings, folder: folder.path)
      {
        outcomes.append((index, .success(SessionOutcome(part.header, location: location))))
      } else {
        chosen.append(index)
      }
    }
    let resumed = outcomes.count
    let total = resumed + chosen.count
    if resumed > 0 { progress?(resumed, total) }
    let next = Counter()
    let done = Counter()
    done.add(resumed)
    let digests = screening.digests
    let work = chosen
    outcomes += await withTaskGroup(of: [(Int, Outcome)].self) { group in
      for worker in 1...min(options.jobs, max(work.count, 1)) {
        group.addTask {
          var results: [(Int, Outcome)] = []
          // Each worker takes about its share; growing by doubling left up to half unused.
          results.reserveCapacity(work.count / max(1, options.jobs) + 16)
          let journal = PartJournal.Writer(folder: options.outputDirectory, prefix: journalPrefix, worker: worker)
          let tagger: Tagger
          do throws(RapportError) {
            tagger = try Tagger(matcher: matcher, options: options.tag)
          } catch {
            return [(-1, .failure(error))]
          }
          while true {
            let position = next.increment() - 1
            guard position < work.count else { break }
            let index = work[position]
            do throws(RapportError) {
              let done = try process(inputs[index], sha256: digests[index]?.hex, tagger: tagger, journal: journal, context: context)
              results.append((index, .success(done)))
            } catch {
              results.append((index, .failure(error)))
            }
            progress?(done.increment(), total)
          }
          return results
        }
      }
      var all: [(Int, Outcome)] = []
      for await results in group { all += results }
      return all
    }
    outcomes += screening.failures.filter { isMine($0.index) }.map { ($0.index, .failure($0.error)) }
    outcomes.sort { $0.0 < $1.0 }

    var report = BatchReport(sessions: [], words: 0, failures: [], written: [])
    report.resumed = resumed
    report.batchInputs = inputs.count
    report.unlocked = folder.unlocked
    var entries: [BatchAssembly.Entry] = []
    var used: Set<PartLocation> = []
    var failures: [RunManifest.Failure] = []
    report.notices = screening.notices
    for (index, outcome) in outcomes {
      switch outcome {
      case .success(let session):
        report.sessions.append(session.session)
        report.words += session.words
        report.written += session.files
        report.notices += session.notices
        entries.append(BatchAssembly.Entry(session: session.session, location: session.location, position: index))
        used.insert(session.location)
      case .failure(let error):
        if error.scope == .configuration { throw error }
        report.failures.append(error)
        failures.append(RunManifest.Failure(position: index, file: error.file, line: error.line, message: error.description))
      }
    }
    report.duplicates = screening.duplicates
    var keep: Set<String> = []
    if let shard {
      // Another shard's files are its own to keep or remove.
      keep = Set(plannedFiles(screening.analyzed.map { inputs[$0].session }, options: options))
      let slurm = shard.source == "slurm" ? " (from the Slurm job array: SLURM_ARRAY_TASK_ID=\(shard.slurm?["SLURM_ARRAY_TASK_ID"] ?? "?"))" : ""
      report.notices.append("shard \(shard.label)\(slurm): \(total) of the batch's \(inputs.count) input(s); build the tables with `rapport merge`")
    } else {
      let assembly = BatchAssembly(plan: context.plan, folder: folder.path)
      report.written += try assembly.write(entries, failures: failures.map(\.corpusFailure)).files
    }
    // The parts of sessions no longer in the batch, that failed or were redone go; a shard
    // touches only its own journals.
    do {
      try PartJournal.compact(
        folder: folder.path, owned: { shard == nil || PartJournal.isJournal($0, of: role) }, removeOldParts: shard == nil,
        keep: { used.contains($0) })
    } catch {
      throw FileSystem.unwritable(PartJournal.folder(in: folder.path), error)
    }
    let finished = screening.manifest(
      files: report.written.sorted(), options: options, plan: context.plan, shard: shard, failures: failures)
    report.removed = try folder.finish(finished.manifest, inputs: finished.inputs, keep: keep)
    return report
  }

  /// Every file a run may write for `sessions`: what `finish` may later find stale. A shard
  /// writes no tables.
  static func plannedFiles(_ sessions: [String], options: BatchOptions) -> [String] {
    var files: [String] = []
    if options.shard == nil {
      files.append("corpus.json")
      if options.formats.contains(.csv) { files += ["sessions.csv", "categories.csv"] }
      if options.writesTurns { files.append("turns.csv") }
      if options.formats.contains(.html) { files.append("index.html") }
    }
    for session in sessions {
      if options.formats.contains(.json) { files.append(session + ".json") }
      if options.formats.contains(.xml) { files.append(session + ".xml") }
      if options.formats.contains(.html) { files.append(session + ".html") }
    }
    return files
  }

  /// The files that belong to the whole batch rather than one session: corpus.json, the
  /// tables and index.html.
  static func tableFiles(_ plan: BatchPlan) -> [String] {
    ["corpus.json"] + plan.tables.map(\.file) + (plan.writesHTML ? ["index.html"] : [])
  }

  /// What every worker shares: the matcher, the options, and the table layouts.
  struct Context: Sendable {
    let matcher: Matcher
    let options: BatchOptions
    let categories: [String]
    let sessionsTable: SessionsTable
    let plan: BatchPlan

    init(matcher: Matcher, options: BatchOptions) {
      self.matcher = matcher
      self.options = options
      categories = matcher.categories.filter { $0.role == .content }.map(\.id)
      sessionsTable = SessionsTable(
        categories: categories, segments: options.analysis.segments, composite: options.analysis.composite,
        clientTalk: options.analysis.clientTalkLabels)
      plan = BatchPlan(
        options: options, matcher: matcher, categories: categories, sessionsTable: sessionsTable,
        extra: InputScreening.runOptions(options))
    }

    func path(_ file: String) -> String {
      (options.outputDirectory as NSString).appendingPathComponent(file)
    }
  }

  /// A session's outcome as the run keeps it until the tables are joined; a failure's error
  /// is boxed (`indirect`), so the list holds about 80 bytes per session, not 144.
  enum Outcome: Sendable {
    case success(SessionOutcome)
    indirect case failure(RapportError)
  }

  /// What one session leaves behind for the report.
  struct SessionOutcome: Sendable {
    var session: String
    var words: Int
    var files: [String]
    /// Its warnings for the terminal (`BatchReport.notices`).
    var notices: [String] = []
    /// Where its part is.
    var location: PartLocation

    init(session: String, words: Int, files: [String], notices: [String], location: PartLocation) {
      self.session = session
      self.words = words
      self.files = files
      self.notices = notices
      self.location = location
    }

    /// The outcome a finished session's part, at `location`, records.
    init(_ part: SessionPart.Header, location: PartLocation) {
      self.init(
        session: part.session, words: part.words, files: part.files.map(\.name), notices: part.notices,
        location: location)
    }
  }
}

extension RunManifest.Failure {
  /// The entry of corpus.json's errors.
  var corpusFailure: CorpusSummary.Failure {
    CorpusSummary.Failure(file: file, line: line, message: message)
  }
}
