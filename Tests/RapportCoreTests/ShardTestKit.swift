import Foundation
import Testing

@testable import RapportBatch
@testable import RapportCore

/// What the resume, shard, merge and Slurm suites share: running the built `rapport`, making
/// inputs, and comparing output folders byte for byte.
enum ShardTestKit {
  /// Runs `rapport` with `arguments` from the package root and expects `status`.
  @discardableResult
  static func rapport(_ arguments: [String], status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) throws -> TestSupport.Run {
    let run = try TestSupport.rapport(arguments)
    #expect(run.status == status, "rapport \(arguments.joined(separator: " ")): \(run.stderr)", sourceLocation: sourceLocation)
    return run
  }

  /// Every visible output in `folder` by name: session files, tables, corpus.json, index.html.
  /// Hidden bookkeeping and the manifests (which name the run's kind and shard) are left out.
  static func outputs(_ folder: String) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder)
    where !name.hasPrefix(".") && !name.hasPrefix("rapport-manifest") {
      files[name] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
    }
    return files
  }

  /// Removes `session`'s part from `folder`'s journals, as a run killed before writing it
  /// leaves the folder.
  static func dropPart(of session: String, folder: String) throws {
    let location = try #require(PartJournal.index(folder: folder)[session])
    try PartJournal.compact(folder: folder, owned: { _ in true }, removeOldParts: false) { $0 != location }
    #expect(PartJournal.index(folder: folder)[session] == nil)
  }

  /// The names whose bytes differ between two folders' outputs, or that one lacks: empty when
  /// they are the same.
  static func differences(_ a: [String: [UInt8]], _ b: [String: [UInt8]]) -> [String] {
    Set(a.keys).union(b.keys).sorted().filter { a[$0] != b[$0] }
  }

  /// `count` synthetic sessions from `rapport corpus generate`, in a new folder.
  static func generated(_ count: Int, seed: Int = 1) throws -> String {
    let folder = try TestSupport.temporaryDirectory() + "/in"
    try rapport(["corpus", "generate", "--sessions", String(count), "--seed", String(seed), "--out", folder])
    return folder
  }

  /// A folder of small transcripts of our own writing (`count` of them, each a little
  /// different), so a batch runs in well under a second.
  static func dialogues(_ count: Int) throws -> String {
    let folder = try TestSupport.temporaryDirectory() + "/in"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for index in 0..<count {
      let text = """
        T: How has the week been, session \(index)? I wonder what felt hardest.
        C: I felt \(index % 2 == 0 ? "anxious and tired" : "calmer, some hope") most days, and I worried about work.
        T: It sounds like you carried a lot. What helped, even a little?
        C: Talking with my sister helped. I trust her. I was angry \(index % 3) times this week.

        """
      try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/dialogue-\(index).txt"))
    }
    return folder
  }

  /// The manifest of shard `shard` (`K-of-N`) or of the run (nil) in `folder`.
  static func manifest(_ folder: String, _ name: String = "rapport-manifest.json") throws -> RunManifest {
    try JSONDecoder().decode(RunManifest.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
  }

  /// Rewrites the manifest `name` in `folder` with `change` applied (what a killed or
  /// foreign run would have left).
  static func editManifest(_ folder: String, _ name: String, _ change: (inout RunManifest) -> Void) throws {
    var manifest = try self.manifest(folder, name)
    change(&manifest)
    try Data(try JSONOutput.encode(manifest)).write(to: URL(fileURLWithPath: folder + "/" + name))
  }

  static func remove(_ paths: String...) {
    for path in paths { try? FileManager.default.removeItem(atPath: path) }
  }
}
