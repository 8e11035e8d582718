import ArgumentParser
import Foundation
import RapportCore

/// What the commands share: default locations, reading lexicons and transcripts, ingest
/// options, error reporting, and talking to the terminal.
enum CommandSupport {
  static let defaultCorpus = "Corpus"
  static let defaultLexicons = "Lexicons"

  /// The lexicons at `paths` in any format Rapport reads (chosen by extension: .xml, .dic,
  /// .dicx, .tsv/.txt; a folder stands for its .xml, .dic and .dicx files), or every .xml
  /// lexicon in ./Lexicons when none are given, or the built-in lexicons when there is no
  /// ./Lexicons either (their provenance path is `(built-in)/NAME.xml`). Import warnings are
  /// printed as `file:line: warning: ...`.
  static func loadLexicons(_ paths: [String]) throws(RapportError) -> [Lexicon] {
    if paths.isEmpty, !FileSystem.isDirectory(defaultLexicons) {
      printStatus("no --lexicon and no ./Lexicons folder: using the \(BuiltInLexicons.all.count) built-in lexicons (see 'rapport lexicon list')")
      return try BuiltInLexicons.loadAll()
    }
    let chosen = try expandLexiconPaths(paths.isEmpty ? [defaultLexicons] : paths, explicit: !paths.isEmpty)
    var lexicons: [Lexicon] = []
    for path in chosen { lexicons.append(try readLexicon(path).lexicon) }
    return lexicons
  }

  /// `paths` with every folder replaced by the lexicon files in it (sorted): .xml only for the
  /// default ./Lexicons, .xml, .dic and .dicx for a folder named with --lexicon.
  static func expandLexiconPaths(_ paths: [String], explicit: Bool) throws(RapportError) -> [String] {
    let extensions = explicit ? [".xml", ".dic", ".dicx"] : [".xml"]
    var expanded: [String] = []
    for path in paths {
      guard FileSystem.isDirectory(path) else {
        expanded.append(path)
        continue
      }
      let found = FileSystem.files(under: path).filter { file in extensions.contains { file.lowercased().hasSuffix($0) } }.sorted()
      guard !found.isEmpty else {
        throw RapportError(
          .configuration, file: path, problem: "the folder holds no lexicon (\(extensions.joined(separator: ", ")) files)",
          remedy: "Name a folder of lexicons or lexicon files with --lexicon, or leave --lexicon out to use the built-in lexicons")
      }
      expanded.append(contentsOf: found)
    }
    return expanded
  }

  /// The lexicon at `path` read as `format` (by default chosen by extension), with its import
  /// warnings printed as `file:line: warning: ...`.
  static func readLexicon(_ path: String, format: LexiconFormat? = nil) throws(RapportError) -> LexiconImport {
    let imported = try LexiconReader.read(path: path, format: format)
    printWarnings(imported.warnings)
    return imported
  }

  /// The transcripts under `paths` (./Corpus when none are given), or an error when there are
  /// none. Files a folder walk leaves out are summed up in one line on standard error, and
  /// listed one per line with `verbose`.
  static func inputs(_ paths: [String], verbose: Bool = false) throws(RapportError) -> [BatchInput] {
    let chosen = paths.isEmpty ? [defaultCorpus] : paths
    // Each folder is walked once for both lists.
    var listings: [String: [String]] = [:]
    let files = { (folder: String) -> [String] in
      if let listed = listings[folder] { return listed }
      let listed = FileSystem.files(under: folder)
      listings[folder] = listed
      return listed
    }
    let inputs = try InputDiscovery.inputs(chosen, files: files)
    let skipped = SkippedFiles.under(chosen, files: files)
    if let summary = SkippedFiles.summary(skipped) { printStatus(summary) }
    if verbose {
      for item in skipped { printStatus("skipped \(item.path): \(item.reason)") }
    }
    guard !inputs.isEmpty else {
      throw RapportError(
        .configuration, file: chosen[0],
        problem: "no transcripts found (looked for .\(TranscriptFormat.transcriptExtensions.sorted().joined(separator: ", .")) files)",
        remedy: "Name transcript files or a folder that holds them")
    }
    return inputs
  }

  /// Ingest options with the speaker map file at `speakerMap` (the built-in labels when nil)
  /// and the charset `encoding` (detected when nil).
  static func ingestOptions(speakerMap: String?, encoding: String?) throws(RapportError) -> IngestOptions {
    IngestOptions(
      speakerMap: try speakerMap.map { path throws(RapportError) in try SpeakerMap.load(path: path) } ?? .builtIn,
      encoding: encoding)
  }

  /// Runs `body`, printing a `RapportError` the way every command does and exiting with its status.
  static func reportingErrors(_ body: () throws(RapportError) -> Void) throws {
    do {
      try body()
    } catch {
      printError(error)
      throw ExitCode(error.exitStatus)
    }
  }

  /// Runs `body`, printing a `RapportError` the way every command does and exiting with its
  /// status; other errors (an `ExitCode` the command chose) pass through.
  static func reportingErrors(_ body: () async throws -> Void) async throws {
    do {
      try await body()
    } catch let error as RapportError {
      printError(error)
      throw ExitCode(error.exitStatus)
    }
  }

  /// Whether `a` and `b` name the same existing file (same device and inode, so links and
  /// `./` spellings count).
  static func sameFile(_ a: String, _ b: String) -> Bool {
    var first = stat()
    var second = stat()
    guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino
  }

  static let isTerminal = isatty(STDERR_FILENO) == 1

  /// A progress line on a terminal; nothing in a pipe.
  static func progressReporter() -> (@Sendable (Int, Int) -> Void)? {
    guard isTerminal else { return nil }
    return { done, total in
      FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] sessions".utf8))
    }
  }

  static func finishProgress() {
    if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }

  /// An error on standard error as `error: message`: a `RapportError`, or a failure a report
  /// kept as text.
  static func printError(_ error: some CustomStringConvertible) {
    FileHandle.standardError.write(Data("error: \(TerminalText.escaped(error.description, keepLayout: true))\n".utf8))
  }

  /// Importer and exporter warnings, one `file:line: warning: ...` line each.
  static func printWarnings(_ warnings: [LexiconWarning]) {
    for warning in warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
  }

  static func printStatus(_ message: String) {
    FileHandle.standardError.write(Data("rapport: \(TerminalText.escaped(message, keepLayout: true))\n".utf8))
  }
}
