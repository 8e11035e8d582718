import Foundation
import PropertyBased
import Testing

@testable import RapportBatch
@testable import RapportOutput
@testable import RapportSupport

/// The manifest is written by hand, one list element at a time (`RunManifest.writeJSON`), so a
/// large batch does not hold JSONEncoder's tree of it; its bytes must stay exactly
/// `JSONOutput.encode`'s (issue #9).
@Suite struct ManifestJSONTests {
  static func handWritten(_ manifest: RunManifest, inputs: ManifestInputs? = nil) throws -> [UInt8] {
    var bytes: [UInt8] = []
    try manifest.writeJSON(inputs: inputs) { piece throws(FileSystem.Failure) in bytes += piece }
    return bytes
  }

  static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test func emptyAndAbsentMembersAreWrittenAsJSONEncoderWritesThem() throws {
    var manifest = RunManifest(complete: false, options: [:], inputs: [], files: [])
    #expect(Self.text(try Self.handWritten(manifest)) == Self.text(try JSONOutput.encode(manifest)))
    manifest.failures = []
    manifest.merged = []
    manifest.batch = RunManifest.Batch(inputs: 0, digest: "")
    #expect(Self.text(try Self.handWritten(manifest)) == Self.text(try JSONOutput.encode(manifest)))
  }

  @Test func everyMemberAndOptionalFieldMatchesJSONEncoder() throws {
    let manifest = RunManifest(
      complete: true, options: ["b/slash": "x\"y", "a": "tab\there"],
      inputs: [
        RunManifest.Input(path: "/in/a b/one.txt", session: "one", sha256: String(repeating: "a", count: 64), duplicateOf: nil, position: 0),
        RunManifest.Input(path: "/in/two.txt", session: "two", sha256: nil, duplicateOf: "/in/a b/one.txt", position: nil),
      ],
      files: ["corpus.json", "one.json"], shard: Shard(index: 2, count: 3, source: "slurm", slurm: ["SLURM_ARRAY_TASK_ID": "2"]),
      batch: RunManifest.Batch(inputs: 2, digest: "d"),
      failures: [
        RunManifest.Failure(position: 1, file: "/in/two.txt", line: 3, message: "bad \\ line\nnext"),
        RunManifest.Failure(position: 2, file: nil, line: nil, message: "none"),
      ],
      merged: ["shard-1", "shard-2"])
    #expect(Self.text(try Self.handWritten(manifest)) == Self.text(try JSONOutput.encode(manifest)))
  }

  @Test func inputsGivenOneAtATimeStandForTheManifestsOwn() throws {
    let inputs = (0..<5).map { RunManifest.Input(path: "/p/\($0).txt", session: "s\($0)", sha256: nil, duplicateOf: nil, position: $0) }
    let full = RunManifest(complete: true, options: [:], inputs: inputs, files: ["x"])
    var bare = full
    bare.inputs = []
    let given = ManifestInputs(count: inputs.count) { inputs[$0] }
    #expect(try Self.handWritten(bare, inputs: given) == JSONOutput.encode(full))
  }

  @Test func arbitraryStringsAreEscapedAsJSONEncoderEscapesThem() async {
    await propertyCheck(count: 300, input: PropertyTests.text, PropertyTests.text) { path, message in
      let manifest = RunManifest(
        complete: true, options: [path: message],
        inputs: [RunManifest.Input(path: path, session: message, sha256: path, duplicateOf: message, position: 7)],
        files: [path, message], failures: [RunManifest.Failure(position: 0, file: message, line: 1, message: path)])
      let hand = try? Self.handWritten(manifest)
      #expect(hand == (try? JSONOutput.encode(manifest)), "\(path.unicodeScalars.map(\.value)) \(message.unicodeScalars.map(\.value))")
    }
  }

  /// A real run's manifest (plan, batch digest, a duplicate, a failure) reads back to a value
  /// that JSONEncoder writes as the same bytes.
  @Test func aRunsManifestIsTheBytesJSONEncoderGivesIt() throws {
    let input = try OutputFolderTests.folder([
      "a.txt": OutputFolderTests.dialogue("one"), "b.txt": OutputFolderTests.dialogue("one"),
      "c.txt": OutputFolderTests.dialogue("three"), "d.json": "{ not json",
    ])
    defer { try? FileManager.default.removeItem(at: input) }
    let out = input.deletingLastPathComponent().appendingPathComponent(input.lastPathComponent + "-out")
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try OutputFolderTests.analyze([input.path, "--out", out.path, "--format", "json,csv"])
    #expect(run.status == 1, "\(run.stderr)")
    let bytes = [UInt8](try Data(contentsOf: out.appendingPathComponent("rapport-manifest.json")))
    let manifest = try JSONDecoder().decode(RunManifest.self, from: Data(bytes))
    #expect(manifest.inputs.count == 4)
    #expect(manifest.inputs.contains { $0.duplicateOf != nil })
    #expect(manifest.failures?.count == 1)
    #expect(manifest.plan != nil)
    #expect(Self.text(bytes) == Self.text(try JSONOutput.encode(manifest)))
  }
}
