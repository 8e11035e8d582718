import ArgumentParser
import Foundation
import RapportCore

/// What the commands share: default locations, reading lexicons and transcripts, ingest
/// options, error reporting, and talking to the terminal.
enum CommandSupport {
  static let defaultCorpus = "Corpus"
  static let defaultLexicons = "Lexicons"

  /// The lexicons at `paths` in any format Rapport reads (chosen by extension: .xml, .dic,
  /// .dicx, .tsv/.txt), or every .xml lexicon in ./Lexicons when none are given. Import
  /// warnings are printed as `file:line: warning: ...`.
  static func loadLexicons(_ paths: [String]) throws(RapportError) -> [Lexicon] {
    var chosen = paths
    if chosen.isEmpty {
      guard FileSystem.isDirectory(defaultLexicons) else {
        throw RapportError(
          .configuration, file: defaultLexicons, problem: "no --lexicon given and no Lexicons folder here",
          remedy: "Run from the Rapport folder, or name lexicon files with --lexicon")
      }
      chosen = FileSystem.files(under: defaultLexicons).filter { $0.hasSuffix(".xml") }
    }
    var lexicons: [Lexicon] = []
    for path in chosen { lexicons.append(try readLexicon(path).lexicon) }
    return lexicons
  }

  /// The lexicon at `path` read as `format` (by default chosen by extension), with its import
  /// warnings printed as `file:line: warning: ...`.
  static func readLexicon(_ path: String, format: LexiconFormat? = nil) throws(RapportError) -> LexiconImport {
    let imported = try LexiconReader.read(path: path, format: format)
    printWarnings(imported.warnings)
    return imported
  }

  /// The transcripts under `paths` (./Corpus when none are given), or an error when there are
  /// none.
  static func inputs(_ paths: [String]) throws(RapportError) -> [BatchInput] {
    let chosen = paths.isEmpty ? [defaultCorpus] : paths
    let inputs = try InputDiscovery.inputs(chosen)
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
