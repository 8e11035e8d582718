import Foundation
import RapportIngest
import RapportMeasure
import RapportOutput
import RapportSupport
import RapportTag

extension BatchRunner {
  /// Reads, tags and summarizes one input, writes its session files and table parts, and adds
  /// it to `corpus`.
  static func process(
    _ input: BatchInput, tagger: Tagger, context: Context, parts: TableParts.Writer, corpus: inout CorpusAccumulator
  ) throws(RapportError) -> SessionOutcome {
    let options = context.options
    let transcript = try TranscriptReader.read(path: input.path, options: options.ingest)
    let tagged = tagger.tag(transcript)
    var analysis = Summarizer.analyze(
      tagged, session: input.session, matcher: tagger.matcher, vocabulary: tagger.tokenizer.vocabulary,
      options: HTMLReport.analysisOptions(options.analysis, formats: options.formats), recorded: options.recorded)
    if options.redact { SessionRedaction.apply(&analysis, tagger: tagger) }
    var summary = analysis.summary
    if options.formats.contains(.html) { summary.turnMarks = HTMLReport.turnMarks(analysis, transcript: transcript) }
    var files: [String] = []
    let terminalCodes: Set<String> = [
      LanguageFit.code, "replacement-characters", RoleInference.missingRoleCode, RoleInference.inferredRolesCode,
    ]
    var notices = summary.warnings.filter { terminalCodes.contains($0.code) }.map { "\(input.path): warning: \($0.message)" }
    // A session whose outputs cannot all be written is that session's failure: what it wrote
    // is removed, the batch goes on.
    do throws(RapportError) {
      if options.formats.contains(.json) {
        let file = input.session + ".json"
        let bytes: [UInt8]
        do {
          bytes = try JSONOutput.encode(summary)
        } catch {
          throw RapportError(.input, file: input.path, problem: "cannot encode the summary as JSON (\(error))")
        }
        try writeSessionFile(bytes, named: file, for: input, context: context)
        files.append(file)
      }
      if options.formats.contains(.xml) {
        let file = input.session + ".xml"
        let replaced = Counter()
        let encoded = XMLValue.$replacements.withValue(replaced) {
          Result { () throws(SessionXML.Failure) in try SessionXML.encode(summary) }
        }
        guard case .success(let bytes) = encoded else {
          throw RapportError(.input, file: input.path, problem: "libxml2 could not write the summary as XML (\(file))")
        }
        if replaced.current > 0 {
          notices.append(
            "\(input.path): warning: \(replaced.current) character(s) XML 1.0 forbids (control characters, U+FFFE, U+FFFF) were written as U+FFFD in \(file)")
        }
        try writeSessionFile(bytes, named: file, for: input, context: context)
        files.append(file)
      }
      if options.formats.contains(.html) {
        let page = try HTMLReport.sessionPage(summary)
        try writeSessionFile(page.bytes, named: page.file, for: input, context: context)
        files.append(page.file)
      }
      if options.formats.contains(.csv) {
        do {
          try parts.write([context.sessionsTable.row(summary)], table: "sessions", session: input.session)
          try parts.write(
            CategoriesTable.rows(summary, categories: context.categories), table: "categories", session: input.session)
          if options.writesTurns {
            try parts.write(
              TurnsTable.rows(analysis, clientTalk: !options.analysis.clientTalkLabels.isEmpty), table: "turns",
              session: input.session)
          }
        } catch {
          throw RapportError(
            .input, file: input.path, problem: "cannot write its table rows (\(error.reason))",
            remedy: "Check the free space and permissions of the output folder")
        }
      }
    } catch {
      for file in files { unlink(context.path(file)) }
      throw error
    }
    corpus.add(summary)
    return SessionOutcome(
      session: input.session, words: summary.words, files: files, notices: notices,
      indexEntry: options.formats.contains(.html) ? try HTMLReport.indexEntry(summary) : nil)
  }

  /// Writes one session's file atomically; a failure is the session's (an input error).
  private static func writeSessionFile(
    _ bytes: [UInt8], named file: String, for input: BatchInput, context: Context
  ) throws(RapportError) {
    do {
      try FileSystem.writeAtomically(bytes, to: context.path(file))
    } catch {
      throw RapportError(
        .input, file: input.path, problem: "cannot write its output \(file) (\(error.reason))",
        remedy: "Check the output folder: a folder or unwritable file of that name, its free space and permissions")
    }
  }

  /// Writes sessions.csv, categories.csv and turns.csv (as asked); returns their names.
  static func writeTables(
    sessions: [String], spans: [TableParts.Span], context: Context
  ) throws(RapportError) -> [String] {
    let options = context.options
    guard options.formats.contains(.csv) else { return [] }
    // Session ids are unique, so sorting by id orders every table the same way.
    let order = sessions.sorted()
    var written = ["sessions.csv", "categories.csv"]
    do {
      try context.parts.join(
        table: "sessions", header: context.sessionsTable.header, sessions: order, spans: spans, to: context.path("sessions.csv"))
      try context.parts.join(
        table: "categories", header: CategoriesTable.header, sessions: order, spans: spans, to: context.path("categories.csv"))
      if options.writesTurns {
        try context.parts.join(
          table: "turns", header: TurnsTable.header(categories: context.categories, clientTalk: !options.analysis.clientTalkLabels.isEmpty), sessions: order,
          spans: spans, to: context.path("turns.csv"))
        written.append("turns.csv")
      }
    } catch {
      throw FileSystem.unwritable(options.outputDirectory, error, remedy: "Check the free space and permissions of the output folder")
    }
    return written
  }

  /// Writes corpus.json, and index.html with `--format html`; returns their names.
  static func writeCorpus(
    _ corpus: CorpusAccumulator, failures: [RapportError], context: Context, index: [SessionSummary] = []
  ) throws(RapportError) -> [String] {
    let options = context.options
    var tables: [String: String] = [:]
    if options.formats.contains(.csv) {
      tables["sessions.csv"] = SessionsTable.schemaVersion
      tables["categories.csv"] = CategoriesTable.schemaVersion
      if options.writesTurns { tables["turns.csv"] = TurnsTable.schemaVersion }
    }
    let summary = CorpusSummary(
      schema: CorpusSummary.schemaVersion, tool: "rapport", toolVersion: RapportVersion.current,
      lexicons: context.matcher.lexicons.map {
        LexiconProvenance(name: $0.name, version: $0.version, path: $0.path, sha256: $0.sha256)
      },
      options: options.recorded, sessions: corpus.sessions, failed: failures.count, words: corpus.words,
      tables: tables, categories: corpus.means(),
      errors: failures.map { CorpusSummary.Failure(file: $0.file, line: $0.line, message: $0.description) })
    let bytes: [UInt8]
    do {
      bytes = try JSONOutput.encode(summary)
    } catch {
      throw RapportError(.configuration, file: context.path("corpus.json"), problem: "cannot encode (\(error))")
    }
    try FileSystem.writeOutput(bytes, to: context.path("corpus.json"))
    guard options.formats.contains(.html) else { return ["corpus.json"] }
    return ["corpus.json", try HTMLReport.writeIndex(corpus: summary, sessions: index, folder: options.outputDirectory)]
  }
}
