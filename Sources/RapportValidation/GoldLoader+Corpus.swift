import Foundation
import RapportIngest
import RapportSupport

extension GoldLoader {
  /// The file extension of gold annotation files.
  public static let fileExtension = "gold"

  /// Loads every `<session>.gold` file under `directory` and checks it against the transcript
  /// among `inputs` whose session id is `<session>`.
  ///
  /// Rows that cannot be used are `errors`; gold files without a transcript in `inputs`, act
  /// rows on non-therapist turns, and (when `knownCategories` is given) categories that no
  /// loaded lexicon defines are `warnings`.
  public static func load(
    directory: String, inputs: [BatchInput], ingest: IngestOptions = IngestOptions(),
    knownCategories: Set<String>? = nil
  ) throws(RapportError) -> GoldSet {
    guard FileSystem.isDirectory(directory) else {
      throw RapportError(
        .configuration, file: directory, problem: "no such folder of gold annotations",
        remedy: "Name the folder that holds the .gold files with --gold")
    }
    let files = FileSystem.files(under: directory).filter {
      ($0 as NSString).pathExtension.lowercased() == fileExtension
    }
    let bySession = Dictionary(inputs.map { ($0.session, $0) }, uniquingKeysWith: { first, _ in first })
    var set = GoldSet()
    for file in files {
      let session = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
      guard let input = bySession[session] else {
        set.warnings.append(RapportError(
          .configuration, file: file,
          problem: "no transcript with session id '\(session)' in the corpus; the file is not scored",
          remedy: "Name the gold file after its transcript (<session-id>.gold), or add the transcript to the corpus"))
        continue
      }
      let bytes: [UInt8]
      let transcript: Transcript
      do throws(RapportError) {
        bytes = try FileSystem.readConfiguration(file, what: "the gold file", remedy: "Check the file's permissions")
      } catch {
        set.errors.append(error)
        continue
      }
      do throws(RapportError) {
        transcript = try TranscriptReader.read(path: input.path, options: ingest)
      } catch {
        set.errors.append(error)
        continue
      }
      let checked = check(bytes: bytes, path: file, session: session, transcript: transcript)
      set.sessions.merge(checked.sessions) { first, _ in first }
      set.errors += checked.errors
      set.warnings += checked.warnings
    }
    if let knownCategories { set.warnings += unknownCategoryWarnings(set, known: knownCategories) }
    return set
  }

  /// One warning per category that the gold files use and no loaded lexicon defines, at its
  /// first use.
  static func unknownCategoryWarnings(_ set: GoldSet, known: Set<String>) -> [RapportError] {
    var first: [String: (path: String, line: Int)] = [:]
    var spans: [String: Int] = [:]
    var files: [String: Set<String>] = [:]
    for session in set.sessions.keys.sorted() {
      let gold = set.sessions[session]!
      for span in gold.spans where !known.contains(span.category) {
        if first[span.category] == nil { first[span.category] = (gold.path, span.line) }
        spans[span.category, default: 0] += 1
        files[span.category, default: []].insert(gold.path)
      }
    }
    return first.keys.sorted().map { category in
      RapportError(
        .configuration, file: first[category]!.path, line: first[category]!.line,
        problem: "category '\(category)' is not defined by the loaded lexicons (\(spans[category]!) span(s) in \(files[category]!.count) file(s)); its spans are not scored",
        remedy: "Load the lexicon that defines it with --lexicon, or correct the category id")
    }
  }
}
