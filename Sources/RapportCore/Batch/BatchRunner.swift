import Foundation
import Synchronization

/// Options for a batch run.
public struct BatchOptions: Sendable {
  public var outputDirectory: String
  public var ingest: IngestOptions
  public var tag: TagOptions
  /// Files processed at once; defaults to the number of cores.
  public var jobs: Int

  public init(
    outputDirectory: String, ingest: IngestOptions = IngestOptions(), tag: TagOptions = TagOptions(),
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.outputDirectory = outputDirectory
    self.ingest = ingest
    self.tag = tag
    self.jobs = max(1, jobs)
  }

  /// The options as recorded in each output's provenance.
  var recorded: [String: String] {
    var options = ["window": String(tag.window)]
    if let encoding = ingest.encoding { options["encoding"] = encoding }
    if let format = ingest.format { options["input-format"] = format.rawValue }
    return options
  }
}

/// What a batch did: sessions written and inputs that failed.
public struct BatchReport: Sendable {
  public var sessions: [String]
  public var words: Int
  public var failures: [RapportError]
  /// Files written, relative to the output folder.
  public var written: [String]
}

/// Batch's entry point: reads, tags and summarizes many transcripts in parallel, writes each
/// session's JSON as it finishes, then the tables across sessions. A file that fails is
/// reported and skipped; the others still finish.
public enum BatchRunner {
  public static func run(
    _ inputs: [BatchInput], matcher: Matcher, options: BatchOptions,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) async throws(RapportError) -> BatchReport {
    do {
      try FileSystem.createDirectory(options.outputDirectory)
    } catch {
      throw RapportError(
        .configuration, file: options.outputDirectory,
        problem: "cannot create the output folder (\(error.reason))", remedy: "Choose another folder with --out")
    }
    let categories = matcher.categories.filter { $0.role == .content }.map(\.id)
    let next = Counter()
    let done = Counter()
    let outcomes = await withTaskGroup(of: [(Int, Result<SessionOutcome, RapportError>)].self) { group in
      for _ in 0..<min(options.jobs, max(inputs.count, 1)) {
        group.addTask {
          var results: [(Int, Result<SessionOutcome, RapportError>)] = []
          let tagger: Tagger
          do throws(RapportError) {
            tagger = try Tagger(matcher: matcher, options: options.tag)
          } catch {
            return [(-1, .failure(error))]
          }
          while true {
            let index = next.increment() - 1
            guard index < inputs.count else { break }
            results.append((index, Result { () throws(RapportError) in
              try process(inputs[index], tagger: tagger, categories: categories, options: options)
            }))
            let finished = done.increment()
            progress?(finished, inputs.count)
          }
          return results
        }
      }
      var all: [(Int, Result<SessionOutcome, RapportError>)] = []
      for await results in group { all += results }
      return all.sorted { $0.0 < $1.0 }
    }

    var report = BatchReport(sessions: [], words: 0, failures: [], written: [])
    var table = CSVTable(header: SessionsTable.header(categories: categories))
    for (_, outcome) in outcomes {
      switch outcome {
      case .success(let session):
        report.sessions.append(session.session)
        report.words += session.words
        report.written.append(session.file)
        table.rows.append(session.row)
      case .failure(let error):
        if error.scope == .configuration { throw error }
        report.failures.append(error)
      }
    }
    table.rows.sort { $0[0] < $1[0] }
    let tablePath = (options.outputDirectory as NSString).appendingPathComponent("sessions.csv")
    do {
      try FileSystem.writeAtomically(table.encoded(), to: tablePath)
    } catch {
      throw RapportError(.configuration, file: tablePath, problem: "cannot write (\(error.reason))", remedy: "Check the output folder's permissions")
    }
    report.written.append("sessions.csv")
    return report
  }

  /// What one session leaves behind for the tables.
  struct SessionOutcome: Sendable {
    var session: String
    var words: Int
    var file: String
    var row: [String]
  }

  static func process(
    _ input: BatchInput, tagger: Tagger, categories: [String], options: BatchOptions
  ) throws(RapportError) -> SessionOutcome {
    let transcript = try TranscriptReader.read(path: input.path, options: options.ingest)
    let tagged = tagger.tag(transcript)
    let summary = Summarizer.summarize(
      tagged, session: input.session, matcher: tagger.matcher, options: options.recorded)
    let file = input.session + ".json"
    let path = (options.outputDirectory as NSString).appendingPathComponent(file)
    do {
      try FileSystem.writeAtomically(try JSONOutput.encode(summary), to: path)
    } catch let error as FileSystem.Failure {
      throw RapportError(.configuration, file: path, problem: "cannot write (\(error.reason))", remedy: "Check the output folder's permissions")
    } catch {
      throw RapportError(.input, file: input.path, problem: "cannot encode the summary (\(error))")
    }
    return SessionOutcome(
      session: input.session, words: summary.words, file: file,
      row: SessionsTable.row(summary, categories: categories))
  }
}

/// A shared count that workers advance.
///
/// `Sendable` notes: the value lives in a `Mutex`, so any task may advance it.
final class Counter: Sendable {
  private let value = Mutex(0)

  /// Adds one and returns the new value.
  func increment() -> Int {
    value.withLock { value in
      value += 1
      return value
    }
  }
}
