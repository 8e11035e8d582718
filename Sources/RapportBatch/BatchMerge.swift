import Foundation
import RapportIngest
import RapportLexicon
import RapportMeasure
import RapportOutput
import RapportSupport
import RapportTag
import RapportText

/// What `rapport merge` did.
public struct MergeReport: Sendable {
  /// Shards merged, as `K/N in FOLDER`.
  public var shards: [String]
  public var sessions: Int
  public var words: Int
  /// The inputs that failed in the shards, as corpus.json lists them.
  public var failures: [String]
  /// Files written to the output folder (tables, corpus.json, index.html, session files).
  public var written: [String]
  /// Files an earlier merge into the folder wrote and this one did not, removed.
  public var removed: [String]
}

/// Builds the tables, corpus.json and index.html of a batch cut into shards
/// (`rapport analyze --shard K/N`) from the shards' folders, and brings their session files
/// together in the output folder. Every shard must come from the same inputs, options,
/// lexicons and Rapport version, and every part 1…N must be there once and complete; the
/// merge refuses otherwise and says what differs or is missing. The tables are joined from
/// the sessions' parts one at a time (`BatchAssembly`), exactly as one run joins them, so they
/// are the bytes one machine would have written; merging again gives the same bytes.
public enum BatchMerge {
  /// A shard found in a folder.
  struct Found {
    var folder: String
    var manifest: RunManifest
    var plan: BatchPlan
    var shard: Shard
    var batch: RunManifest.Batch
    var name: String { "shard \(shard.label) in \(folder)" }
  }

  /// Merges the shards found in `folders` into `out`.
  public static func run(_ folders: [String], out: String) throws(RapportError) -> MergeReport {
    let shards = try check(try find(folders))
    let reference = shards[0]
    var entries: [BatchAssembly.Entry] = []
    var failures: [RunManifest.Failure] = []
    var inputs: [RunManifest.Input] = []
    var copies: [(from: String, name: String)] = []
    var missing: [String] = []
    var holder: [String: String] = [:]
    var duplicates: [String] = []
    let batchFiles = Set(BatchRunner.tableFiles(reference.plan))
    var parts: [String: [String: PartLocation]] = [:]
    for found in shards {
      if parts[found.folder] == nil { parts[found.folder] = PartJournal.index(folder: found.folder) }
      let failed = Set((found.manifest.failures ?? []).map(\.position))
      failures += found.manifest.failures ?? []
      inputs += found.manifest.inputs
      for input in found.manifest.inputs where input.duplicateOf == nil {
        guard let position = input.position else { continue }
        if failed.contains(position) { continue }
        if let earlier = holder[input.session] {
          duplicates.append("\(input.session) (\(earlier) and \(found.folder))")
          continue
        }
        holder[input.session] = found.folder
        guard let location = parts[found.folder]?[input.session] else {
          missing.append("\(input.session) (\(found.name))")
          continue
        }
        entries.append(BatchAssembly.Entry(session: input.session, location: location, position: position))
      }
      for name in found.manifest.files where !batchFiles.contains(name) { copies.append((found.folder, name)) }
    }
    if !duplicates.isEmpty {
      throw RapportError(
        .configuration, file: out, problem: "\(duplicates.count) session(s) are in more than one shard: \(listed(duplicates))",
        remedy: "Give each shard's folder once; shards of one batch never share a session")
    }
    if !missing.isEmpty {
      throw RapportError(
        .configuration, file: out, problem: "\(missing.count) session(s) of complete shards have no part in .rapport-sessions: \(listed(missing))",
        remedy: "Analyze those shards again with --resume; only the sessions missing are redone")
    }
    failures.sort { $0.position < $1.position }
    inputs.sort { ($0.position ?? 0) < ($1.position ?? 0) }

    let target = OutputFolder.resolved(out) ?? out
    copies = copies.filter { (OutputFolder.resolved($0.from) ?? $0.from) != target }
    let planned = BatchRunner.tableFiles(reference.plan) + copies.map(\.name)
    let folder = try OutputFolder(out, roots: [], planned: planned, shared: batchFiles, role: .merge)
    if let blocked = copies.first(where: { folder.foreign.contains($0.name) }) {
      throw RapportError(
        .configuration, file: out,
        problem: "the output folder holds \(blocked.name), which Rapport did not write (it is in none of its manifests)",
        remedy: "Move it away, or choose an empty folder with --out")
    }
    var manifest = RunManifest(
      complete: false, options: reference.manifest.options, inputs: inputs, files: [], plan: reference.plan,
      batch: reference.batch, failures: failures, merged: shards.map(\.folder))
    try folder.begin(manifest)
    for copy in copies { try bring(copy.name, from: copy.from, to: out) }
    let written = try BatchAssembly(plan: reference.plan, folder: out).write(entries, failures: failures.map(\.corpusFailure))
    manifest.files = (written.files + copies.map(\.name)).sorted()
    let removed = try folder.finish(manifest)
    return MergeReport(
      shards: shards.map(\.name), sessions: written.sessions, words: written.words, failures: failures.map(\.message),
      written: manifest.files, removed: removed)
  }

  /// The shards in `folders`: each folder's shard manifests, or its whole run's manifest as
  /// shard 1/1. A folder named twice is read once.
  static func find(_ folders: [String]) throws(RapportError) -> [Found] {
    var found: [Found] = []
    var seen: Set<String> = []
    for folder in folders {
      guard FileSystem.isDirectory(folder) else {
        throw RapportError(.configuration, file: folder, problem: "is not a folder", remedy: "Give the output folders of `rapport analyze --shard K/N` runs")
      }
      guard seen.insert(OutputFolder.resolved(folder) ?? folder).inserted else { continue }
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter(OutputFolder.isManifest).sorted()
      var manifests = names.filter { $0.hasPrefix("rapport-manifest.shard-") }
      if manifests.isEmpty, names.contains(OutputFolder.manifestName) { manifests = [OutputFolder.manifestName] }
      guard !manifests.isEmpty else {
        throw RapportError(
          .configuration, file: folder, problem: "holds no shard manifest (rapport-manifest.shard-K-of-N.json) and no run manifest",
          remedy: "Give the output folders of `rapport analyze --shard K/N` runs")
      }
      for name in manifests {
        let path = (folder as NSString).appendingPathComponent(name)
        let manifest: RunManifest
        do {
          manifest = try JSONDecoder().decode(RunManifest.self, from: Data(FileSystem.read(path)))
        } catch {
          throw RapportError(.configuration, file: path, problem: "cannot be read as a Rapport manifest", remedy: "Analyze that shard again")
        }
        guard let plan = manifest.plan, let batch = manifest.batch else {
          throw RapportError(
            .configuration, file: path, problem: "was written by an earlier Rapport version that did not record the batch's settings",
            remedy: "Analyze that shard again with this version")
        }
        found.append(Found(folder: folder, manifest: manifest, plan: plan, shard: manifest.shard ?? Shard(index: 1, count: 1), batch: batch))
      }
    }
    return found
  }

  /// `found` sorted by part, once it is sure they are all the parts of one batch, each once
  /// and complete.
  static func check(_ found: [Found]) throws(RapportError) -> [Found] {
    guard let first = found.first else {
      throw RapportError(.configuration, problem: "no shard folders were given", remedy: "Give the output folders of the shards")
    }
    for other in found.dropFirst() {
      let differences = first.plan.differences(from: other.plan)
      if !differences.isEmpty {
        throw RapportError(
          .configuration, file: other.folder,
          problem: "\(other.name) was made differently from \(first.name): \(differences.prefix(5).joined(separator: "; "))",
          remedy: "Merge only shards of one batch, analyzed with the same Rapport, lexicons and options")
      }
      if other.shard.count != first.shard.count {
        throw RapportError(
          .configuration, file: other.folder,
          problem: "\(other.name) cuts the batch in \(other.shard.count) part(s), \(first.name) in \(first.shard.count)",
          remedy: "Merge the shards of one --shard K/N run; remove the manifests of an older cut (rapport-manifest.shard-*.json)")
      }
      if other.batch != first.batch {
        throw RapportError(
          .configuration, file: other.folder,
          problem: "\(other.name) was cut from other inputs than \(first.name) (\(other.batch.inputs) input(s) against \(first.batch.inputs), or other paths or bytes)",
          remedy: "Analyze every shard with the same input paths, from the same folder, over the same files")
      }
    }
    var byPart: [Int: Found] = [:]
    for shard in found {
      if let earlier = byPart[shard.shard.index] {
        throw RapportError(
          .configuration, file: shard.folder, problem: "shard \(shard.shard.label) is in both \(earlier.folder) and \(shard.folder)",
          remedy: "Give the folder of each shard once")
      }
      byPart[shard.shard.index] = shard
    }
    let absent = (1...first.shard.count).filter { byPart[$0] == nil }
    if !absent.isEmpty {
      throw RapportError(
        .configuration,
        problem: "shard(s) \(listed(absent.map { "\($0)/\(first.shard.count)" })) are missing: no folder given holds rapport-manifest.shard-\(absent[0])-of-\(first.shard.count).json",
        remedy: "Run the missing shards (docs/cluster.md: rerun only the failed shards), or give their folders")
    }
    let unfinished = found.filter { !$0.manifest.complete }
    if !unfinished.isEmpty {
      throw RapportError(
        .configuration, problem: "\(listed(unfinished.map(\.name))) did not finish (the manifest says it is incomplete)",
        remedy: "Run those shards again with --resume; the sessions they finished are kept")
    }
    return found.sorted { $0.shard.index < $1.shard.index }
  }

  /// Puts `name` of `source` into `out`: a hard link where the file systems allow it, else a
  /// copy, either way through a temporary name and a rename.
  static func bring(_ name: String, from source: String, to out: String) throws(RapportError) {
    let from = (source as NSString).appendingPathComponent(name)
    let to = (out as NSString).appendingPathComponent(name)
    var a = stat()
    var b = stat()
    if stat(from, &a) == 0, stat(to, &b) == 0, a.st_dev == b.st_dev, a.st_ino == b.st_ino { return }
    let temporary = DurableFile.temporary(for: to)
    unlink(temporary)
    if link(from, temporary) == 0 {
      guard rename(temporary, to) == 0 else {
        unlink(temporary)
        throw FileSystem.unwritable(to, FileSystem.Failure(reason: String(cString: strerror(errno))))
      }
      return
    }
    do {
      try DurableFile.write(try FileSystem.read(from), to: to, flush: false)
    } catch {
      throw RapportError(
        .configuration, file: from, problem: "cannot be copied to \(out) (\(error.reason))",
        remedy: "Check that the shard's files are readable and the output folder writable")
    }
  }

  private static func listed(_ items: [String]) -> String {
    items.prefix(5).joined(separator: ", ") + (items.count > 5 ? " and \(items.count - 5) more" : "")
  }
}
