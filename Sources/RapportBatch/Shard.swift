import Crypto
import Foundation
import RapportIngest
import RapportLexicon
import RapportMeasure
import RapportOutput
import RapportSupport
import RapportTag
import RapportText

/// One of N deterministic parts of a batch (`--shard K/N`), and where the choice came from.
///
/// A session belongs to a part by a stable hash of its session id alone (SHA-256, then
/// Lamping and Veach's jump consistent hash), so every machine that sees the same inputs cuts
/// them the same way; a file added to the batch moves no other session, and going from N to
/// N + 1 parts moves only about 1/(N + 1) of them.
public struct Shard: Sendable, Equatable, Codable {
  /// 1-based part, `1...count`.
  public var index: Int
  public var count: Int
  /// `option` (`--shard`) or `slurm` (taken from a Slurm job array's environment).
  public var source: String
  /// The Slurm variables seen (`SLURM_ARRAY_JOB_ID`, `SLURM_ARRAY_TASK_ID`, …), when any.
  public var slurm: [String: String]?

  public init(index: Int, count: Int, source: String = "option", slurm: [String: String]? = nil) {
    self.index = index
    self.count = count
    self.source = source
    self.slurm = slurm
  }

  /// `K/N`, as given on the command line.
  public var label: String { "\(index)/\(count)" }

  /// The file-name form, `shard-K-of-N`.
  var fileTag: String { "shard-\(index)-of-\(count)" }

  /// Whether `session` falls in this part.
  public func contains(_ session: String) -> Bool {
    Self.part(of: session, count: count) == index
  }

  /// The 1-based part of `count` that `session` falls in.
  public static func part(of session: String, count: Int) -> Int {
    let digest = Array(SHA256.hash(data: Array(session.utf8)))
    let key = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    return jump(key, buckets: count) + 1
  }

  /// Jump consistent hash (Lamping and Veach 2014): the bucket in `0..<buckets` of `key`.
  static func jump(_ key: UInt64, buckets: Int) -> Int {
    var key = key
    var bucket: Int64 = -1
    var next: Int64 = 0
    while next < Int64(buckets) {
      bucket = next
      key = key &* 2_862_933_555_777_941_757 &+ 1
      next = Int64(Double(bucket + 1) * (Double(Int64(1) << 31) / Double((key >> 33) + 1)))
    }
    return Int(bucket)
  }

  /// `K/N` parsed; nil with the reason when it is not two whole numbers with 1 ≤ K ≤ N.
  public static func parse(_ text: String) -> Result<Shard, ShardSyntaxError> {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
      return .failure(ShardSyntaxError(message: "--shard takes K/N, two whole numbers such as 2/7 (part 2 of 7); got '\(text)'."))
    }
    guard count >= 1, count <= 100_000, (1...count).contains(index) else {
      return .failure(ShardSyntaxError(message: "--shard \(text): N must be between 1 and 100000 and K between 1 and N."))
    }
    return .success(Shard(index: index, count: count))
  }

  /// The Slurm variables a job array sets that are recorded in provenance.
  public static let slurmVariables = [
    "SLURM_ARRAY_JOB_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MAX",
    "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_STEP", "SLURM_CLUSTER_NAME", "SLURM_JOB_ID",
  ]

  /// The shard a Slurm job array task stands for: task `SLURM_ARRAY_TASK_ID` of an array of
  /// `SLURM_ARRAY_TASK_COUNT` tasks numbered from `SLURM_ARRAY_TASK_MIN` is part
  /// ID − MIN + 1 of COUNT. Nil outside a job array; a configuration error for an array whose
  /// ids are not one unbroken run (`--array=1,3,5`, a step, or a rerun of some tasks), where
  /// the part cannot be told from the environment.
  public static func fromSlurm(_ environment: [String: String]) throws(RapportError) -> Shard? {
    guard let idText = environment["SLURM_ARRAY_TASK_ID"] else { return nil }
    let seen = environment.filter { slurmVariables.contains($0.key) }
    guard let id = Int(idText), let count = environment["SLURM_ARRAY_TASK_COUNT"].flatMap(Int.init),
      let minimum = environment["SLURM_ARRAY_TASK_MIN"].flatMap(Int.init), count >= 1
    else {
      throw RapportError(
        .configuration, problem: "this is a Slurm array task (SLURM_ARRAY_TASK_ID=\(idText)) but SLURM_ARRAY_TASK_COUNT or SLURM_ARRAY_TASK_MIN is missing or not a number",
        remedy: "Give the part explicitly with --shard K/N")
    }
    let maximum = environment["SLURM_ARRAY_TASK_MAX"].flatMap(Int.init) ?? minimum + count - 1
    let step = environment["SLURM_ARRAY_TASK_STEP"].flatMap(Int.init) ?? 1
    guard maximum - minimum + 1 == count, step == 1, (minimum...maximum).contains(id) else {
      throw RapportError(
        .configuration,
        problem: "the Slurm array's task ids are not one unbroken run (min \(minimum), max \(maximum), \(count) task(s)), so the part cannot be told from the environment; a rerun of some tasks is such an array",
        remedy: "Give the part explicitly, e.g. --shard \"$SLURM_ARRAY_TASK_ID/N\" with N the number of parts of the first run (docs/cluster.md)")
    }
    return Shard(index: id - minimum + 1, count: count, source: "slurm", slurm: seen)
  }
}

/// A `--shard` value that is not `K/N`.
public struct ShardSyntaxError: Error, Sendable {
  public var message: String
}
