import Foundation
import Testing

@testable import RapportBatch
@testable import RapportCore

/// The Slurm recipe of docs/cluster.md on a real scheduler: a one-node Slurm on localhost
/// (scripts/slurm/localhost-cluster.sh) runs the recipe's own scripts — an array of shards
/// with a `%` throttle and a merge job that waits for it (`afterok`), then a rerun of one
/// shard — and the merged tables are compared with one run's, byte for byte (issue #15).
///
/// Opt-in, since it starts daemons as root: `RAPPORT_SLURM_TEST=1 swift test --filter Slurm`.
/// CI sets it (.ci/run, which installs slurm-wlm). When Slurm cannot start, the test fails
/// with the cluster script's reason; it never passes without a scheduler.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["RAPPORT_SLURM_TEST"] == "1"))
struct SlurmTests {
  /// Runs `command` with `arguments` and `environment` added, from the package root.
  static func run(_ command: String, _ arguments: [String], environment: [String: String] = [:]) throws -> TestSupport.Run {
    let folder = try TestSupport.temporaryDirectory()
    defer { ShardTestKit.remove(folder) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: TestSupport.root)
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    FileManager.default.createFile(atPath: folder + "/out", contents: nil)
    FileManager.default.createFile(atPath: folder + "/err", contents: nil)
    process.standardOutput = FileHandle(forWritingAtPath: folder + "/out")
    process.standardError = FileHandle(forWritingAtPath: folder + "/err")
    try process.run()
    process.waitUntilExit()
    return TestSupport.Run(
      status: process.terminationStatus,
      stdout: (try? String(contentsOfFile: folder + "/out", encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: folder + "/err", encoding: .utf8)) ?? "")
  }

  /// The job id after `label ` in a submit script's output.
  static func job(_ label: String, in output: String) -> String? {
    output.split(separator: "\n").first { $0.hasPrefix(label + " ") }.map { String($0.dropFirst(label.count + 1)) }
  }

  /// Waits until Slurm no longer lists `job` (it ended) and returns its final state.
  static func wait(for job: String, environment: [String: String], timeout: Double = 600) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let queue = try run("/usr/bin/env", ["squeue", "-h", "-j", job, "-o", "%T"], environment: environment)
      let states = queue.stdout.split(separator: "\n").filter { !$0.isEmpty }
      if queue.status == 0, states.isEmpty { break }
      Thread.sleep(forTimeInterval: 1)
    }
    let shown = try run("/usr/bin/env", ["scontrol", "show", "job", job], environment: environment)
    return shown.stdout.range(of: #"JobState=\S+"#, options: .regularExpression).map { String(shown.stdout[$0]) } ?? "JobState=unknown (\(shown.stderr))"
  }

  @Test func theRecipesArrayAndMergeJobsOnSlurmGiveOneRunsTables() throws {
    let inputs = try ShardTestKit.generated(40, seed: 5)
    let root = (inputs as NSString).deletingLastPathComponent
    let cluster = root + "/slurm"
    let script = TestSupport.root + "/scripts/slurm/localhost-cluster.sh"
    defer {
      _ = try? Self.run(script, ["stop", cluster])
      ShardTestKit.remove(root)
    }
    var clock = ContinuousClock.now
    func lap() -> Double {
      let elapsed = ContinuousClock.now - clock
      clock = .now
      return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
    let options = ["--turns", "--format", "json,csv,html"]
    try ShardTestKit.rapport(["analyze", inputs, "--out", root + "/one"] + options)
    let one = try ShardTestKit.outputs(root + "/one")
    let oneRun = lap()

    let started = try Self.run(script, ["start", cluster])
    try #require(started.status == 0, "Slurm did not start on this machine: \(started.stderr)\(started.stdout)")
    let startup = lap()
    let slurm = ["SLURM_CONF": cluster + "/slurm.conf"]
    let out = root + "/out"
    let recipe = ["--shards", "3", "--throttle", "2", "--out", out, "--rapport", TestSupport.executable, inputs, "--"] + options
    let submitted = try Self.run(TestSupport.root + "/scripts/slurm/submit.sh", recipe, environment: slurm)
    try #require(submitted.status == 0, "submit.sh: \(submitted.stderr)")
    let array = try #require(Self.job("array", in: submitted.stdout), "\(submitted.stdout)")
    let merge = try #require(Self.job("merge", in: submitted.stdout), "\(submitted.stdout)")
    let mergeState = try Self.wait(for: merge, environment: slurm)
    let firstRun = lap()
    #expect(mergeState == "JobState=COMPLETED", "merge job \(merge) after array \(array): \(mergeState)")
    let merged = try ShardTestKit.outputs(out)
    #expect(ShardTestKit.differences(one, merged).isEmpty, "differ: \(ShardTestKit.differences(one, merged).prefix(10))")
    let first = try ShardTestKit.manifest(out, "rapport-manifest.shard-1-of-3.json")
    #expect(first.shard?.source == "slurm" && first.shard?.slurm?["SLURM_ARRAY_JOB_ID"] == array, "\(String(describing: first.shard))")

    // A shard that failed, as a killed task leaves it (its manifest says incomplete, one
    // session's part is missing): the rerun script submits that shard alone and a new merge.
    try ShardTestKit.editManifest(out, "rapport-manifest.shard-2-of-3.json") { $0.complete = false }
    let lost = try #require(try ShardTestKit.manifest(out, "rapport-manifest.merge.json").inputs.first { Shard.part(of: $0.session, count: 3) == 2 })
    try ShardTestKit.dropPart(of: lost.session, folder: out)
    let rerun = try Self.run(TestSupport.root + "/scripts/slurm/submit.sh", ["--only-failed"] + recipe, environment: slurm)
    try #require(rerun.status == 0, "submit.sh --only-failed: \(rerun.stderr)")
    #expect(rerun.stdout.contains("rerunning shard(s) 2 of 3"), "\(rerun.stdout)")
    let remerge = try #require(Self.job("merge", in: rerun.stdout), "\(rerun.stdout)")
    let remergeState = try Self.wait(for: remerge, environment: slurm)
    let secondRun = lap()
    #expect(remergeState == "JobState=COMPLETED", "rerun merge \(remerge): \(remergeState)")
    #expect(ShardTestKit.differences(one, try ShardTestKit.outputs(out)).isEmpty)
    let second = try ShardTestKit.manifest(out, "rapport-manifest.shard-2-of-3.json")
    #expect(second.shard?.source == "option" && second.shard?.slurm?["SLURM_ARRAY_TASK_ID"] == "2")
    let nothing = try Self.run(TestSupport.root + "/scripts/slurm/submit.sh", ["--only-failed"] + recipe, environment: slurm)
    #expect(nothing.stdout.contains("nothing to rerun"), "\(nothing.stdout)")

    let stopped = try Self.run(script, ["stop", cluster])
    #expect(stopped.status == 0)
    let line = String(
      format: "Slurm test timings: one run %.1f s, cluster start %.1f s, array of 3 (throttle 2) + merge %.1f s, rerun of 1 shard + merge %.1f s, stop %.1f s",
      oneRun, startup, firstRun, secondRun, lap())
    print(line)
  }
}
