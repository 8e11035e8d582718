import Foundation

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportTag
@testable import RapportValidation

/// The analysis fixtures and output folders of the suites that run `rapport analyze` from the
/// package root, the way a researcher does, or the same pipeline in process.
enum CLI {
  /// The package root, as a URL.
  static let packageRoot = URL(fileURLWithPath: TestSupport.root)
  /// Tests/RapportCoreTests/Fixtures, as a URL.
  static let fixtures = packageRoot.appendingPathComponent("Tests/RapportCoreTests/Fixtures")
  /// Fixture paths relative to the package root, as the golden files record them.
  static let analysisFixtures = "Tests/RapportCoreTests/Fixtures/analysis"
  static let miniLexicon = analysisFixtures + "/mini-lexicon.xml"

  /// The full path of the analysis fixture transcript `name` (without `.txt`).
  static func analysisFixture(_ name: String) -> String {
    packageRoot.appendingPathComponent(analysisFixtures + "/\(name).txt").path
  }

  /// The mini lexicon, compiled.
  static func miniMatcher() throws -> Matcher {
    try Matcher(lexicons: [LexiconLoader.load(path: packageRoot.appendingPathComponent(miniLexicon).path)])
  }

  /// The analysis fixture `name` tagged with the mini lexicon and analysed as `session`, with
  /// the matcher it was tagged with.
  static func analysis(_ name: String, session: String, options: AnalysisOptions) throws -> (SessionAnalysis, Matcher) {
    let matcher = try miniMatcher()
    let tagger = try Tagger(matcher: matcher)
    let transcript = try TranscriptReader.read(path: analysisFixture(name))
    let analysis = try Summarizer.analyze(
      try tagger.tag(transcript), session: session, matcher: matcher, vocabulary: tagger.tokenizer.vocabulary,
      options: options)
    return (analysis, matcher)
  }

  /// A new empty folder under the system's temporary folder, as a URL.
  static func temporaryFolder() throws -> URL {
    URL(fileURLWithPath: try TestSupport.temporaryDirectory())
  }

  /// Every file in `folder` (not recursive, hidden files and the run manifest left out) by name.
  static func files(in folder: URL) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    // The run's bookkeeping (its lock and manifest, which names the inputs' paths) is tested
    // on its own, in OutputFolderTests.
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where !name.hasPrefix(".") && name != "rapport-manifest.json" {
      files[name] = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }
    return files
  }
}
