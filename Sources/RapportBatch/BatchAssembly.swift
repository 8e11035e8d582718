import Foundation
import RapportIngest
import RapportLexicon
import RapportMeasure
import RapportOutput
import RapportSupport
import RapportTag
import RapportText

/// Builds a batch's tables, corpus.json and index.html from its sessions' parts
/// (`SessionPart`), reading one part at a time, so memory holds a few integers per session
/// whatever the batch's size (with `--format html`, also each session's small index entry).
/// One run, a resumed run and `rapport merge` all end here, which is why their tables are the
/// same bytes: rows in session-id order, corpus sums added as integers.
struct BatchAssembly {
  /// A finished session: where its part is, and its place among the batch's inputs (the
  /// order index.html lists sessions in).
  struct Entry: Sendable {
    var session: String
    /// Where its part is.
    var location: PartLocation
    var position: Int
  }

  let plan: BatchPlan
  /// Where the tables go.
  let folder: String

  /// What was written, and the batch's totals.
  struct Written {
    var files: [String]
    var sessions: Int
    var words: Int
  }

  /// Writes every table of the plan, corpus.json and (with html) index.html.
  func write(_ entries: [Entry], failures: [CorpusSummary.Failure]) throws(RapportError) -> Written {
    let ordered = entries.sorted { $0.session < $1.session }
    var corpus = CorpusAccumulator(categories: plan.categories)
    var index: [(position: Int, entry: SessionSummary)] = []
    var streams: [DurableFile.Stream] = []
    var files: [String] = []
    do throws(FileSystem.Failure) {
      for table in plan.tables {
        let stream = try DurableFile.Stream(path: path(table.file))
        streams.append(stream)
        try stream.append(CSVTable(header: table.header).encoded()[...])
      }
      for entry in ordered {
        let partPath = "\(entry.location.file) (the part of \(entry.session))"
        guard let part = PartJournal.read(entry.location), part.header.settings == plan.settings,
          let figures = part.corpusFigures, corpus.add(figures: figures)
        else {
          throw FileSystem.Failure(reason: "the session part \(partPath) is missing, damaged or made with other settings; analyze again with --resume")
        }
        for (table, stream) in zip(plan.tables, streams) {
          try stream.append(part.sections[table.section] ?? [])
        }
        if plan.writesHTML {
          guard let bytes = part.sections["index"],
            let summary = try? JSONDecoder().decode(SessionSummary.self, from: Data(bytes))
          else { throw FileSystem.Failure(reason: "the session part \(partPath) has no index entry for index.html") }
          index.append((entry.position, summary))
        }
      }
      for (table, stream) in zip(plan.tables, streams) {
        try stream.finish()
        files.append(table.file)
      }
    } catch {
      for stream in streams { stream.abandon() }
      throw FileSystem.unwritable(folder, error, remedy: "Check the output folder's free space and permissions")
    }
    index.sort { $0.position < $1.position }
    files += try writeCorpus(corpus, failures: failures, index: index.map(\.entry))
    return Written(files: files, sessions: corpus.sessions, words: corpus.words)
  }

  /// Writes corpus.json, and index.html with html; returns their names.
  private func writeCorpus(
    _ corpus: CorpusAccumulator, failures: [CorpusSummary.Failure], index: [SessionSummary]
  ) throws(RapportError) -> [String] {
    let summary = CorpusSummary(
      schema: CorpusSummary.schemaVersion, tool: "rapport", toolVersion: plan.toolVersion, lexicons: plan.lexicons,
      options: plan.corpusOptions, sessions: corpus.sessions, failed: failures.count, words: corpus.words,
      tables: Dictionary(plan.tables.map { ($0.file, $0.schema) }) { a, _ in a }, categories: corpus.means(),
      errors: failures)
    let bytes: [UInt8]
    do {
      bytes = try JSONOutput.encode(summary)
    } catch {
      throw RapportError(.configuration, file: path("corpus.json"), problem: "cannot encode (\(error))")
    }
    do {
      try DurableFile.write(bytes, to: path("corpus.json"))
    } catch {
      throw FileSystem.unwritable(path("corpus.json"), error)
    }
    guard plan.writesHTML else { return ["corpus.json"] }
    return ["corpus.json", try HTMLReport.writeIndex(corpus: summary, sessions: index, folder: folder)]
  }

  private func path(_ file: String) -> String {
    (folder as NSString).appendingPathComponent(file)
  }
}
