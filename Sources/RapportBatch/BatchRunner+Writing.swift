import Foundation
import RapportIngest
import RapportMeasure
import RapportOutput
import RapportSupport
import RapportTag

extension BatchRunner {
  /// Reads, tags and summarizes one input (whose bytes hash to `sha256`), writes its session
  /// files, then appends its part (`SessionPart`: its table rows, corpus figures and index
  /// entry) to the worker's `journal`.
  static func process(
    _ input: BatchInput, sha256: String?, tagger: Tagger, journal: PartJournal.Writer, context: Context
  ) throws(RapportError) -> SessionOutcome {
    let options = context.options
    let transcript = try TranscriptReader.read(path: input.path, options: options.ingest, sha256: sha256)
    let tagged = try tagger.tag(transcript)
    var analysis = try Summarizer.analyze(
      tagged, session: input.session, matcher: tagger.matcher, vocabulary: tagger.tokenizer.vocabulary,
      options: HTMLReport.analysisOptions(options.analysis, formats: options.formats), recorded: options.recorded)
    if options.redact { try SessionRedaction.apply(&analysis, tagger: tagger) }
    var summary = analysis.summary
    if options.formats.contains(.html) { summary.turnMarks = HTMLReport.turnMarks(analysis, transcript: transcript) }
    var files: [String] = []
    let location: PartLocation
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
      var sections: [(String, [UInt8])] = []
      if options.formats.contains(.csv) {
        sections.append(("sessions", CSVTable(header: [], rows: [context.sessionsTable.row(summary)]).encodedRows()))
        sections.append(
          ("categories", CategoriesTable.encodedRows(summary, categories: context.categories)))
        if options.writesTurns {
          let rows = TurnsTable.rows(analysis, clientTalk: !options.analysis.clientTalkLabels.isEmpty)
          sections.append(("turns", CSVTable(header: [], rows: rows).encodedRows()))
        }
      }
      if options.formats.contains(.html) {
        do {
          sections.append(("index", [UInt8](try JSONEncoder().encode(try HTMLReport.indexEntry(summary)))))
        } catch let error as RapportError {
          throw error
        } catch {
          throw RapportError(.input, file: input.path, problem: "cannot encode its entry for index.html (\(error))")
        }
      }
      var corpus = CorpusAccumulator(categories: context.categories)
      corpus.add(summary)
      sections.append((SessionPart.corpusSection, SessionPart.corpusBytes(corpus.figures)))
      let header = SessionPart.Header(
        session: input.session, input: input.path, inputSHA256: sha256 ?? "", settings: context.plan.settings,
        words: summary.words,
        files: files.map { SessionPart.File(name: $0, size: InputScreening.size(context.path($0)) ?? -1) },
        notices: notices, sections: [])
      do {
        // Written after the session's files; resume trusts it only when they have the sizes
        // it records, so a part on disk without its files (a power loss) is redone.
        location = try journal.append(try SessionPart.encode(header, sections: sections))
      } catch {
        throw RapportError(
          .input, file: input.path, problem: "cannot write its part of the tables (\(error.reason))",
          remedy: "Check the free space and permissions of the output folder")
      }
    } catch {
      for file in files { unlink(context.path(file)) }
      throw error
    }
    return SessionOutcome(session: input.session, words: summary.words, files: files, notices: notices, location: location)
  }

  /// Writes one session's file atomically; a failure is the session's (an input error).
  private static func writeSessionFile(
    _ bytes: [UInt8], named file: String, for input: BatchInput, context: Context
  ) throws(RapportError) {
    do {
      try DurableFile.write(bytes, to: context.path(file), flush: false)
    } catch {
      throw RapportError(
        .input, file: input.path, problem: "cannot write its output \(file) (\(error.reason))",
        remedy: "Check the output folder: a folder or unwritable file of that name, its free space and permissions")
    }
  }
}
