import Foundation
import Testing

@testable import RapportBatch
@testable import RapportCore

/// `--shard K/N` cuts a batch into deterministic parts, by a hash of the session id, and
/// `rapport merge` of the parts writes the tables one machine writes (issue #15).
@Suite struct ShardTests {
  @Test(arguments: [("1/1", 1, 1), ("2/7", 2, 7), ("7/7", 7, 7), ("1/100000", 1, 100_000)])
  func aShardIsParsed(text: String, index: Int, count: Int) throws {
    let shard = try Shard.parse(text).get()
    #expect(shard.index == index && shard.count == count && shard.source == "option")
  }

  @Test(arguments: ["0/3", "4/3", "3", "a/b", "1/0", "-1/3", "1/3/5", "", "1/100001"])
  func aBadShardIsRefusedWithTheForm(text: String) {
    guard case .failure(let error) = Shard.parse(text) else {
      Issue.record("'\(text)' parsed")
      return
    }
    #expect(error.message.hasPrefix("--shard"))
  }

  @Test func everySessionFallsInExactlyOnePartAndThePartsAreEven() {
    let sessions = (0..<3000).map { "session-\($0)" }
    var sizes = [Int](repeating: 0, count: 7)
    for session in sessions {
      let part = Shard.part(of: session, count: 7)
      #expect((1...7).contains(part))
      let owners = (1...7).filter { Shard(index: $0, count: 7).contains(session) }
      #expect(owners == [part])
      sizes[part - 1] += 1
    }
    // 3000 / 7 ≈ 429 each; a fair hash stays well within ±25%.
    #expect(sizes.allSatisfy { (320...540).contains($0) }, "\(sizes)")
  }

  @Test func addingSessionsMovesNoneAndAddingAPartMovesFew() {
    let sessions = (0..<2000).map { "s\($0)" }
    // A session's part depends on its id alone: more files change nobody's part.
    #expect(sessions.allSatisfy { Shard.part(of: $0, count: 5) == Shard.part(of: $0, count: 5) })
    let moved = sessions.filter { Shard.part(of: $0, count: 5) != Shard.part(of: $0, count: 6) }.count
    // Jump hashing moves about 1/6 of them (333), a modulo would move about 5/6.
    #expect((200...470).contains(moved), "\(moved) of 2000 moved from 5 to 6 parts")
    #expect(sessions.allSatisfy { Shard.part(of: $0, count: 6) == Shard.part(of: $0, count: 5) || Shard.part(of: $0, count: 6) == 6 })
  }

  @Test func theShardIsTakenFromASlurmArrayAndSaysSo() throws {
    let environment = [
      "SLURM_ARRAY_TASK_ID": "12", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "10",
      "SLURM_ARRAY_TASK_MAX": "13", "SLURM_ARRAY_JOB_ID": "77", "HOME": "/root",
    ]
    let shard = try #require(try Shard.fromSlurm(environment))
    #expect(shard.label == "3/4")
    #expect(shard.source == "slurm")
    #expect(shard.slurm?["SLURM_ARRAY_JOB_ID"] == "77")
    #expect(shard.slurm?["HOME"] == nil)
    #expect(try Shard.fromSlurm(["HOME": "/root"]) == nil)
  }

  @Test func aSlurmArrayWithGapsIsRefusedBecauseItsPartCannotBeTold() {
    // `sbatch --array=3,5`: a rerun of two failed tasks of a larger array.
    let rerun = ["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_COUNT": "2", "SLURM_ARRAY_TASK_MIN": "3", "SLURM_ARRAY_TASK_MAX": "5"]
    #expect(throws: RapportError.self) { try Shard.fromSlurm(rerun) }
    do {
      _ = try Shard.fromSlurm(rerun)
    } catch {
      #expect(error.description.contains("--shard"), "\(error)")
    }
  }

  /// Shards 1…N of Corpus, each into `folder(k)`, merged into `merged`.
  static func shardAndMerge(_ inputs: [String], count: Int, folder: (Int) -> String, merged: String, options: [String]) throws {
    for index in 1...count {
      try ShardTestKit.rapport(["analyze"] + inputs + ["--shard", "\(index)/\(count)", "--out", folder(index)] + options)
    }
    let folders = Set((1...count).map(folder)).sorted()
    try ShardTestKit.rapport(["merge"] + folders + ["--out", merged])
  }

  @Test(arguments: [1, 3, 7])
  func mergedShardsOfTheCorpusAreByteIdenticalToOneRun(count: Int) throws {
    let root = try TestSupport.temporaryDirectory()
    defer { ShardTestKit.remove(root) }
    let options = ["--format", "json,xml,csv,html", "--turns", "--jobs", "2"]
    try ShardTestKit.rapport(["analyze", "--out", root + "/one"] + options)
    // 1 and 7 shards share one folder, which then holds the merge too; 3 get a folder each.
    let shared = count != 3
    try Self.shardAndMerge(
      [], count: count, folder: { shared ? root + "/shards" : root + "/shard-\($0)" },
      merged: shared ? root + "/shards" : root + "/merged", options: options)
    let one = try ShardTestKit.outputs(root + "/one")
    let merged = try ShardTestKit.outputs(root + (shared ? "/shards" : "/merged"))
    #expect(one.count > 100)
    #expect(ShardTestKit.differences(one, merged).isEmpty, "differ: \(ShardTestKit.differences(one, merged).prefix(10))")
  }

  @Test func mergedShardsOf500GeneratedSessionsAreByteIdenticalToOneRun() throws {
    let inputs = try ShardTestKit.generated(500)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    let options = ["--turns", "--jobs", "2"]
    try ShardTestKit.rapport(["analyze", inputs, "--out", root + "/one"] + options)
    let one = try ShardTestKit.outputs(root + "/one")
    #expect(one.count == 504)
    for count in [1, 3, 7] {
      let merged = root + "/merged-\(count)"
      try Self.shardAndMerge([inputs], count: count, folder: { root + "/\(count)-shard-\($0)" }, merged: merged, options: options)
      let differing = ShardTestKit.differences(one, try ShardTestKit.outputs(merged))
      #expect(differing.isEmpty, "\(count) shards: \(differing.prefix(10))")
    }
  }

  @Test func aShardWritesNoTablesAndItsManifestSaysWhichPartItIs() throws {
    let inputs = try ShardTestKit.dialogues(12)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    let run = try ShardTestKit.rapport(["analyze", inputs, "--shard", "2/3", "--out", root + "/out", "--lexicon", CLI.miniLexicon])
    #expect(run.stderr.contains("analyzed") && run.stderr.contains("of shard 2/3"), "\(run.stderr)")
    let manifest = try ShardTestKit.manifest(root + "/out", "rapport-manifest.shard-2-of-3.json")
    #expect(manifest.shard == Shard(index: 2, count: 3))
    #expect(manifest.complete)
    #expect(manifest.batch?.inputs == 12)
    let mine = (0..<12).map { "dialogue-\($0)" }.filter { Shard.part(of: $0, count: 3) == 2 }
    #expect(manifest.inputs.map(\.session).sorted() == mine.sorted())
    let files = try ShardTestKit.outputs(root + "/out")
    #expect(files.keys.sorted() == mine.map { $0 + ".json" }.sorted())
  }

  @Test func shardsShareAFolderButAWholeRunOrTheSameShardTwiceIsLockedOut() throws {
    let inputs = try ShardTestKit.dialogues(6)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    let out = root + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let lexicon = ["--lexicon", CLI.miniLexicon]
    // What a running shard 1/3 holds: the folder's lock shared, its own part's alone.
    let folderLock = open(out + "/.rapport-lock", O_RDWR | O_CREAT, 0o644)
    let partLock = open(out + "/.rapport-lock.shard-1-of-3", O_RDWR | O_CREAT, 0o644)
    defer {
      close(folderLock)
      close(partLock)
    }
    #expect(flock(folderLock, LOCK_SH) == 0 && flock(partLock, LOCK_EX) == 0)
    let whole = try ShardTestKit.rapport(["analyze", inputs, "--out", out] + lexicon, status: 2)
    #expect(whole.stderr.contains("another rapport run is writing to this output folder"), "\(whole.stderr)")
    let same = try ShardTestKit.rapport(["analyze", inputs, "--out", out, "--shard", "1/3"] + lexicon, status: 2)
    #expect(same.stderr.contains("another rapport run is writing shard 1/3 to this output folder"), "\(same.stderr)")
    try ShardTestKit.rapport(["analyze", inputs, "--out", out, "--shard", "2/3"] + lexicon)
  }
}
