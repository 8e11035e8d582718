import Foundation

extension BatchRunner {
  /// Reads, tags and summarizes one input, writes its session files and table parts, and adds
  /// it to `corpus`.
  static func process(
    _ input: BatchInput, tagger: Tagger, context: Context, parts: TableParts.Writer, corpus: inout CorpusAccumulator
  ) throws(RapportError) -> SessionOutcome {
    let options = context.options
    let transcript = try TranscriptReader.read(path: input.path, options: options.ingest)
    let tagged = tagger.tag(transcript)
    let analysis = Summarizer.analyze(
      tagged, session: input.session, matcher: tagger.matcher, vocabulary: tagger.tokenizer.vocabulary,
      options: HTMLReport.analysisOptions(options.analysis, formats: options.formats), recorded: options.recorded)
    var summary = analysis.summary
    if options.formats.contains(.html) { summary.turnMarks = HTMLReport.turnMarks(analysis, transcript: transcript) }
    var files: [String] = []
    if options.formats.contains(.json) {
      let file = input.session + ".json"
      let bytes: [UInt8]
      do {
        bytes = try JSONOutput.encode(summary)
      } catch {
        throw RapportError(.input, file: input.path, problem: "cannot encode the summary as JSON (\(error))")
      }
      try FileSystem.writeOutput(bytes, to: context.path(file))
      files.append(file)
    }
    if options.formats.contains(.xml) {
      let file = input.session + ".xml"
      let bytes: [UInt8]
      do {
        bytes = try SessionXML.encode(summary)
      } catch {
        throw RapportError(.input, file: input.path, problem: "libxml2 could not write the summary as XML")
      }
      try FileSystem.writeOutput(bytes, to: context.path(file))
      files.append(file)
    }
    if options.formats.contains(.csv) {
      do {
        try parts.write([context.sessionsTable.row(summary)], table: "sessions", session: input.session)
        try parts.write(
          CategoriesTable.rows(summary, categories: context.categories), table: "categories", session: input.session)
        if options.writesTurns {
          try parts.write(TurnsTable.rows(analysis, clientTalk: !options.analysis.clientTalkLabels.isEmpty), table: "turns", session: input.session)
        }
      } catch {
        throw FileSystem.unwritable(context.parts.folder, error)
      }
    }
    if options.formats.contains(.html) { files.append(try HTMLReport.writeSessionPage(summary, folder: options.outputDirectory)) }
    corpus.add(summary)
    let notices = summary.warnings.filter { $0.code == LanguageFit.code || $0.code == RoleInference.missingRoleCode || $0.code == RoleInference.inferredRolesCode }.map { "\(input.path): warning: \($0.message)" }
    return SessionOutcome(
      session: input.session, words: summary.words, files: files, notices: notices,
      indexEntry: options.formats.contains(.html) ? try HTMLReport.indexEntry(summary) : nil)
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
      throw FileSystem.unwritable(context.parts.folder, error)
    }
    context.parts.removeFolder()
    return written
  }

  /// Writes corpus.json; returns its name.
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
