import ArgumentParser
import RapportCore

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Build the HTML report (index.html and <session>.html) from an output folder's JSON.",
    discussion: """
      Reads corpus.json and every <session>.json in OUT_DIR (written by `rapport analyze`) \
      and writes the same pages `analyze --format html` writes, without reading the \
      transcripts again. The turn-by-turn strip needs the turn marks that only a run with \
      html in --format puts in the JSON. Open OUT_DIR/index.html in a browser; docs/report.md \
      describes every chart. Exit status: 0 all pages written, 1 some session files could \
      not be read (the others were written), 2 no usable output folder.
      """)

  @Argument(help: ArgumentHelp("The output folder of a `rapport analyze` run.", valueName: "out-dir"))
  var folder: String

  func run() throws {
    var failed = 0
    try CommandSupport.reportingErrors { () throws(RapportError) in
      let rebuilt = try HTMLReport.rebuild(folder: folder)
      for problem in rebuilt.problems { CommandSupport.printError(problem) }
      failed = rebuilt.problems.count
      CommandSupport.printStatus("wrote \(rebuilt.written.count) page(s) to \(folder); open \(folder)/index.html")
    }
    if failed > 0 { throw ExitCode(1) }
  }
}
