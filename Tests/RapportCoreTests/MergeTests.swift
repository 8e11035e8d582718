import Foundation
import Testing

@testable import RapportBatch
@testable import RapportCore

/// `rapport merge` refuses shards that are not the parts of one batch, naming what differs or
/// is missing, carries the shards' failures into corpus.json as one run does, and gives the
/// same bytes when run again (issue #15).
@Suite struct MergeTests {
  static let lexicon = ["--lexicon", CLI.miniLexicon]

  /// `count` dialogues cut into 3 shards in folders `root/shard-K` (analyzed with `extra` for
  /// shard `odd` only).
  static func shards(
    _ inputs: String, root: String, odd: Int? = nil, extra: [String] = [], only: [Int] = [1, 2, 3]
  ) throws {
    for index in only {
      try ShardTestKit.rapport(
        ["analyze", inputs, "--shard", "\(index)/3", "--out", root + "/shard-\(index)"] + lexicon + (index == odd ? extra : []))
    }
  }

  static func merge(_ root: String, _ indices: [Int] = [1, 2, 3], out: String? = nil, status: Int32 = 0) throws -> TestSupport.Run {
    try ShardTestKit.rapport(["merge"] + indices.map { root + "/shard-\($0)" } + ["--out", out ?? root + "/merged"], status: status)
  }

  @Test func shardsMadeWithOtherOptionsAreRefusedNamingTheOption() throws {
    let inputs = try ShardTestKit.dialogues(9)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    try Self.shards(inputs, root: root, odd: 2, extra: ["--segments", "4"])
    let run = try Self.merge(root, status: 2)
    #expect(run.stderr.contains("shard 2/3 in \(root)/shard-2 was made differently from shard 1/3 in \(root)/shard-1: option segments is '4' instead of '5'"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: root + "/merged/sessions.csv"))
  }

  @Test func shardsMadeWithAnotherLexiconAreRefusedNamingTheLexicon() throws {
    let inputs = try ShardTestKit.dialogues(9)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    let other = root + "/mini.xml"
    var xml = try String(contentsOfFile: TestSupport.root + "/" + CLI.miniLexicon, encoding: .utf8)
    xml = xml.replacingOccurrences(of: "</lexicon>", with: "<!-- edited -->\n</lexicon>")
    try xml.write(toFile: other, atomically: true, encoding: .utf8)
    try Self.shards(inputs, root: root, only: [1, 2])
    try ShardTestKit.rapport(["analyze", inputs, "--shard", "3/3", "--out", root + "/shard-3", "--lexicon", other])
    let run = try Self.merge(root, status: 2)
    #expect(run.stderr.contains("was made differently") && run.stderr.contains("lexicon test-mini is \(other)"), "\(run.stderr)")
  }

  @Test func shardsOfAnotherRapportVersionAreRefused() throws {
    let inputs = try ShardTestKit.dialogues(6)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    try Self.shards(inputs, root: root)
    try ShardTestKit.editManifest(root + "/shard-3", "rapport-manifest.shard-3-of-3.json") { $0.plan?.toolVersion = "0.0.1" }
    let run = try Self.merge(root, status: 2)
    #expect(run.stderr.contains("Rapport version 0.0.1 instead of \(RapportVersion.current)"), "\(run.stderr)")
  }

  @Test func aMissingAnUnfinishedAndATwiceGivenShardAreRefused() throws {
    let inputs = try ShardTestKit.dialogues(9)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    try Self.shards(inputs, root: root)
    let missing = try Self.merge(root, [1, 3], status: 2)
    #expect(missing.stderr.contains("shard(s) 2/3 are missing"), "\(missing.stderr)")

    try FileManager.default.copyItem(atPath: root + "/shard-2", toPath: root + "/shard-4")
    let twice = try Self.merge(root, [1, 2, 3, 4], status: 2)
    #expect(twice.stderr.contains("shard 2/3 is in both \(root)/shard-2 and \(root)/shard-4"), "\(twice.stderr)")

    try ShardTestKit.editManifest(root + "/shard-3", "rapport-manifest.shard-3-of-3.json") { $0.complete = false }
    let unfinished = try Self.merge(root, status: 2)
    #expect(unfinished.stderr.contains("shard 3/3 in \(root)/shard-3 did not finish"), "\(unfinished.stderr)")
  }

  @Test func aSessionWithoutItsPartIsReportedAsMissing() throws {
    let inputs = try ShardTestKit.dialogues(9)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    try Self.shards(inputs, root: root)
    let manifest = try ShardTestKit.manifest(root + "/shard-1", "rapport-manifest.shard-1-of-3.json")
    let session = try #require(manifest.inputs.first?.session)
    try ShardTestKit.dropPart(of: session, folder: root + "/shard-1")
    let run = try Self.merge(root, status: 2)
    #expect(run.stderr.contains("1 session(s) of complete shards have no part") && run.stderr.contains(session), "\(run.stderr)")
  }

  @Test func shardsCutFromOtherInputsAreRefused() throws {
    let inputs = try ShardTestKit.dialogues(9)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    try Self.shards(inputs, root: root, only: [1, 2])
    try Data("T: One more.\nC: I felt fine.\n".utf8).write(to: URL(fileURLWithPath: inputs + "/late.txt"))
    try Self.shards(inputs, root: root, only: [3])
    let run = try Self.merge(root, status: 2)
    #expect(run.stderr.contains("was cut from other inputs") && run.stderr.contains("10 input(s) against 9"), "\(run.stderr)")
  }

  @Test func failuresInShardsReachCorpusJSONAsInOneRunAndMergingAgainChangesNothing() throws {
    let inputs = try ShardTestKit.dialogues(8)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    // Two inputs that fail: an empty file and one with bytes no encoding explains.
    try Data().write(to: URL(fileURLWithPath: inputs + "/empty.txt"))
    try Data([0xFF, 0xFE, 0x00, 0xD8, 0x00]).write(to: URL(fileURLWithPath: inputs + "/broken.txt"))
    let one = try ShardTestKit.rapport(["analyze", inputs, "--out", root + "/one"] + Self.lexicon, status: 1)
    #expect(one.stderr.contains("file(s) failed"))
    for index in 1...3 {
      let run = try TestSupport.rapport(["analyze", inputs, "--shard", "\(index)/3", "--out", root + "/shared"] + Self.lexicon)
      #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
    }
    let first = try ShardTestKit.rapport(["merge", root + "/shared", "--out", root + "/merged"], status: 1)
    #expect(first.stderr.contains("input(s) failed in the shards"), "\(first.stderr)")
    let expected = try ShardTestKit.outputs(root + "/one")
    let merged = try ShardTestKit.outputs(root + "/merged")
    #expect(ShardTestKit.differences(expected, merged).isEmpty, "\(ShardTestKit.differences(expected, merged))")
    let corpus = try JSONDecoder().decode(CorpusSummary.self, from: Data(merged["corpus.json"] ?? []))
    #expect(corpus.failed == 2 && corpus.errors.count == 2)

    let manifestBefore = try Data(contentsOf: URL(fileURLWithPath: root + "/merged/rapport-manifest.merge.json"))
    try ShardTestKit.rapport(["merge", root + "/shared", root + "/shared", "--out", root + "/merged"], status: 1)
    #expect(try ShardTestKit.outputs(root + "/merged") == merged)
    #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/merged/rapport-manifest.merge.json")) == manifestBefore)
  }

  @Test func aFolderThatIsNoShardIsRefused() throws {
    let root = try TestSupport.temporaryDirectory()
    defer { ShardTestKit.remove(root) }
    let run = try ShardTestKit.rapport(["merge", root, "--out", root + "/merged"], status: 2)
    #expect(run.stderr.contains("\(root): holds no shard manifest"), "\(run.stderr)")
  }
}
