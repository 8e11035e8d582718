import Foundation
import RapportIngest
import RapportMeasure
import RapportOutput
import RapportTag

/// Options for a batch run.
public struct BatchOptions: Sendable {
  public var outputDirectory: String
  public var ingest: IngestOptions
  public var tag: TagOptions
  public var analysis: AnalysisOptions
  /// Formats to write; corpus.json is written whatever they are.
  public var formats: Set<OutputFormat>
  /// The speaker map file given, recorded in provenance (nil: the built-in labels only).
  public var speakerMapPath: String?
  /// Files processed at once; defaults to the number of cores.
  public var jobs: Int
  /// Analyze every input even when another has the same bytes (`--keep-duplicates`).
  public var keepDuplicates = false
  /// Inputs larger than this are refused, each as its own failure (`--max-input-size`, in
  /// MiB on the command line).
  public var maxInputBytes = BatchOptions.defaultMaxInputBytes
  /// Replace speaker labels by role pseudonyms and mask names, e-mails, phones and dates in
  /// every text written (`--redact`).
  public var redact = false
  /// Skip the sessions whose part in the output folder says they finished from the same
  /// input bytes and settings (`--resume`); the tables are rebuilt from every session's part.
  public var resume = false
  /// Analyze only this part of the inputs (`--shard`, or a Slurm job array); session files
  /// and the shard's manifest are written, the tables are left to `rapport merge`.
  public var shard: Shard?

  /// 64 MiB: far above any transcript (a two-hour session is well under 1 MiB of text), far
  /// below what would exhaust memory while parsing.
  public static let defaultMaxInputBytes = 64 << 20

  /// Options writing to `outputDirectory`; by default JSON and CSV, five segments, one job
  /// per core.
  public init(
    outputDirectory: String, ingest: IngestOptions = IngestOptions(), tag: TagOptions = TagOptions(),
    analysis: AnalysisOptions = AnalysisOptions(), formats: Set<OutputFormat> = [.json, .csv],
    speakerMapPath: String? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.outputDirectory = outputDirectory
    self.ingest = ingest
    self.tag = tag
    self.analysis = analysis
    self.formats = formats
    self.speakerMapPath = speakerMapPath
    self.jobs = max(1, jobs)
  }

  /// Whether turns.csv is written.
  var writesTurns: Bool { formats.contains(.csv) && analysis.turnDetails }

  /// Every option that shapes the outputs, by its command-line name, as recorded in each
  /// output's provenance. `--jobs` and `--out` are left out: they change where and how fast,
  /// not what.
  public var recorded: [String: String] {
    [
      "composite": String(analysis.composite),
      "encoding": ingest.encoding ?? "detect",
      "format": formats.sorted().map(\.rawValue).joined(separator: ","),
      "include-hits": String(analysis.includeHits),
      "input-format": ingest.format?.rawValue ?? "detect",
      "keep-cues": String(ingest.keepCues),
      "speaker-column": ingest.speakerColumn ?? "detect",
      "text-column": ingest.textColumn ?? "detect",
      "segments": String(analysis.segments),
      "speaker-map": speakerMapPath ?? "built-in",
      "turns": String(analysis.turnDetails),
      "window": String(tag.window),
    ].merging(analysis.actsModels.map { ("acts-model-\($0.model.role.rawValue)", "\($0.path) sha256:\($0.sha256)") }) { a, _ in a }
  }
}
