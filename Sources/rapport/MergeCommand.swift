import ArgumentParser
import Foundation
import RapportCore

/// `rapport merge`: the tables of a batch analyzed in shards.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Build the tables of a batch analyzed in shards (analyze --shard K/N) from the shards' folders.",
    discussion: """
      Reads the shard manifests and session parts of every folder given (one folder may hold \
      all the shards) and writes sessions.csv, categories.csv, turns.csv (when the shards \
      wrote turns), corpus.json and, with html, index.html to --out, with the session files \
      of shards in other folders (hard-linked where possible). The tables are the bytes one \
      run over the whole batch writes. Refuses shards made with another Rapport version, \
      other options, lexicons or inputs, and a batch with a shard missing, unfinished or \
      given twice. Merging again gives the same files. docs/cluster.md. Exit status: 0 \
      merged, 1 merged but some inputs failed in the shards, 2 nothing merged.
      """)

  @Argument(help: ArgumentHelp("Output folders of the shards (one may hold several).", valueName: "shard-dir"))
  var folders: [String]

  @Option(name: .long, help: ArgumentHelp("Folder for the merged tables (may be the shards' shared folder).", valueName: "dir"))
  var out: String

  func validate() throws {
    guard !folders.isEmpty else { throw ValidationError("Please give at least one shard folder, e.g. rapport merge out/shard-* --out out/all.") }
  }

  func run() throws {
    var failed = false
    try CommandSupport.reportingErrors { () throws(RapportError) in
      let report = try BatchMerge.run(folders, out: out)
      for failure in report.failures { CommandSupport.printStatus("error: \(failure)") }
      if !report.removed.isEmpty {
        CommandSupport.printStatus("removed \(report.removed.count) file(s) an earlier merge wrote to \(out) and this one did not")
      }
      CommandSupport.printStatus(
        "merged \(report.shards.count) shard(s), \(report.sessions) session(s), \(report.words) words; wrote \(report.written.count) file(s) to \(out)")
      if !report.failures.isEmpty {
        CommandSupport.printStatus("\(report.failures.count) input(s) failed in the shards; see the messages above")
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }
}
