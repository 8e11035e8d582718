import Foundation
import RapportSupport

/// The output folder of one batch run, shard or merge, held for the run's length.
///
/// Opening it refuses a folder that is, or is inside, an input folder, or that holds an input
/// file; takes a lock (`.rapport-lock`), so a second run into the same folder stops with a
/// message instead of mixing files; and reads the manifests earlier runs left
/// (`rapport-manifest.json`, `rapport-manifest.shard-K-of-N.json`,
/// `rapport-manifest.merge.json`), which say which files there are Rapport's. A file the run
/// would write that exists and is in no manifest is never overwritten: the run is refused.
/// Before any output is written the run's manifest is rewritten as incomplete, listing every
/// file the earlier and this run may write, so an interrupted run can be cleaned up by the
/// next; `finish` removes what an earlier run of the same kind wrote and this one did not, and
/// writes the final manifest.
///
/// Shards of one batch may write into one folder at once: each holds the folder's lock shared
/// and its own part's lock (`.rapport-lock.shard-K-of-N`) exclusively, touches only its own
/// sessions' temporary files, and removes only files no session of the whole batch writes.
/// A whole run or a merge holds the folder's lock exclusively.
///
/// `Sendable` notes: not `Sendable`; it owns the locks' file descriptors and belongs to the
/// task running the batch.
final class OutputFolder {
  static let manifestName = "rapport-manifest.json"
  static let mergeManifestName = "rapport-manifest.merge.json"
  static let lockName = ".rapport-lock"

  /// What kind of run holds the folder.
  enum Role {
    /// `rapport analyze` without `--shard`: the folder's whole batch.
    case run
    /// One part of a batch (`--shard`).
    case shard(Shard)
    /// `rapport merge`.
    case merge
  }

  let path: String
  let role: Role
  private var locks: [Int32] = []
  /// Files any manifest in the folder lists, with this run's plan once opened.
  private(set) var owned: Set<String>
  /// Files the earlier manifest of this run's kind listed.
  private var ownPrevious: Set<String> = []
  /// Files the folder's other manifests list (other shards', a merge's, a whole run's).
  private var others: Set<String> = []
  /// Whether the file system refused locks (some cluster file systems do); the run went on.
  private(set) var unlocked = false

  /// Files the run planned that exist and are not Rapport's: the sessions they belong to
  /// fail, and nothing is written over them.
  private(set) var foreign: Set<String> = []

  /// The manifest's name for `role`.
  static func manifestName(_ role: Role) -> String {
    switch role {
    case .run: return manifestName
    case .shard(let shard): return "rapport-manifest.\(shard.fileTag).json"
    case .merge: return mergeManifestName
    }
  }

  /// Whether `name` is one of the manifests a folder may hold.
  static func isManifest(_ name: String) -> Bool {
    name.hasPrefix("rapport-manifest") && name.hasSuffix(".json")
  }

  /// Opens `path` for a run that reads from `roots` (the paths the researcher named) and
  /// plans to write `planned` (names inside the folder); of those, `shared` are files that
  /// belong to no one session (tables), whose presence outside every manifest refuses the run.
  init(_ path: String, roots: [String], planned: [String], shared: Set<String>, role: Role = .run) throws(RapportError) {
    self.path = path
    self.role = role
    try Self.refuseOverlap(out: path, roots: roots)
    try FileSystem.createOutputFolder(path)
    owned = []
    switch role {
    case .run, .merge:
      try lock(Self.lockName, LOCK_EX)
    case .shard(let shard):
      try lock(Self.lockName, LOCK_SH)
      try lock(Self.lockName + "." + shard.fileTag, LOCK_EX)
    }
    removeTemporaryFiles(planned: planned)
    let own = Self.manifestName(role)
    for name in manifests() {
      let files = try readManifest(name)
      if name == own { ownPrevious = files } else { others.formUnion(files) }
    }
    owned = ownPrevious.union(others)
    let found = planned.filter { !owned.contains($0) && FileSystem.exists(self.file($0)) }
    foreign = Set(found)
    let blocking = found.filter { shared.contains($0) }.sorted()
    if !blocking.isEmpty {
      let listed = blocking.prefix(3).joined(separator: ", ") + (blocking.count > 3 ? " and \(blocking.count - 3) more" : "")
      throw RapportError(
        .configuration, file: path,
        problem: "the output folder holds files Rapport did not write (\(listed)); they are in none of its manifests (\(Self.manifestName))",
        remedy: "Move them away, or choose an empty folder with --out")
    }
    owned.formUnion(planned.filter { !foreign.contains($0) })
  }

  deinit {
    for descriptor in locks.reversed() {
      flock(descriptor, LOCK_UN)
      close(descriptor)
    }
  }

  /// Takes the lock file `name` in `operation` (LOCK_EX or LOCK_SH), without waiting.
  private func lock(_ name: String, _ operation: Int32) throws(RapportError) {
    let lockPath = file(name)
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw FileSystem.unwritable(lockPath, FileSystem.Failure(reason: String(cString: strerror(errno))), remedy: "Choose another folder with --out")
    }
    if flock(descriptor, operation | LOCK_NB) != 0 {
      let code = errno
      close(descriptor)
      // A file system without locks (some cluster mounts): go on, as a run did before locks.
      if code == ENOSYS || code == EOPNOTSUPP || code == ENOLCK {
        unlocked = true
        return
      }
      let what: String
      switch role {
      case .shard(let shard) where operation == LOCK_EX: what = "another rapport run is writing shard \(shard.label) to this output folder"
      case .shard: what = "a rapport run or merge that is not a shard is writing to this output folder"
      case .run, .merge: what = "another rapport run is writing to this output folder (a run, a shard or a merge)"
      }
      throw RapportError(.configuration, file: path, problem: what, remedy: "Wait for it to finish, or choose another folder with --out")
    }
    locks.append(descriptor)
  }

  /// Removes temporary files (`.NAME.rapport-tmp`) a killed run left: all of them when this
  /// run holds the folder alone, only those of its own files (and session parts) when other
  /// shards may be writing theirs.
  private func removeTemporaryFiles(planned: [String]) {
    let partsFolder = PartJournal.folder(in: path)
    var mine: ((String) -> Bool)? = nil
    if case .shard(let shard) = role {
      let names = Set(planned)
      let journalRole = PartJournal.role(shard)
      mine = { names.contains($0) || PartJournal.isJournal($0, of: journalRole) }
    }
    for folder in [path, partsFolder] {
      for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      where name.hasPrefix(".") && name.hasSuffix(".rapport-tmp") {
        let target = String(name.dropFirst().dropLast(".rapport-tmp".count))
        if let mine, !mine(target) { continue }
        unlink((folder as NSString).appendingPathComponent(name))
      }
    }
  }

  /// The manifests in the folder, by name, sorted.
  private func manifests() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter(Self.isManifest).sorted()
  }

  /// The path of `name` inside the folder.
  func file(_ name: String) -> String {
    (path as NSString).appendingPathComponent(name)
  }

  /// Writes the manifest saying the run is under way, listing every file it may leave.
  func begin(_ manifest: RunManifest, inputs: ManifestInputs? = nil) throws(RapportError) {
    var manifest = manifest
    manifest.complete = false
    switch role {
    case .run: manifest.files = owned.sorted()
    case .shard, .merge: manifest.files = owned.subtracting(others).sorted()
    }
    try write(manifest, inputs: inputs)
  }

  /// Removes the files earlier runs (or this one) wrote that are not in `manifest.files`,
  /// then writes `manifest` as complete; returns the names removed. A whole run removes
  /// what any manifest listed, and the other manifests (its batch replaces theirs); a shard
  /// or merge removes only what its own earlier manifest listed and nothing in `keep` (a
  /// shard's: every file of the whole batch) or in another manifest.
  func finish(_ manifest: RunManifest, inputs: ManifestInputs? = nil, keep extra: Set<String> = []) throws(RapportError) -> [String] {
    let keep = Set(manifest.files).union(extra)
    let candidates: Set<String>
    switch role {
    case .run: candidates = owned.subtracting(keep)
    case .shard, .merge: candidates = owned.subtracting(others).subtracting(keep)
    }
    var removed: [String] = []
    for name in candidates.sorted() where !name.contains("/") {
      let target = file(name)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
      if unlink(target) == 0 { removed.append(name) }
    }
    if case .run = role {
      for name in manifests() where name != Self.manifestName { unlink(file(name)) }
    }
    // Every output's bytes and rename on disk before the manifest says the run is complete.
    DurableFile.flushAll()
    for folder in [path, PartJournal.folder(in: path)] where FileSystem.isDirectory(folder) {
      do {
        try DurableFile.syncFolder(folder)
      } catch {
        throw FileSystem.unwritable(folder, error)
      }
    }
    var manifest = manifest
    manifest.complete = true
    try write(manifest, inputs: inputs)
    return removed
  }

  private func write(_ manifest: RunManifest, inputs: ManifestInputs?) throws(RapportError) {
    let path = file(Self.manifestName(role))
    do {
      let stream = try DurableFile.Stream(path: path)
      try manifest.writeJSON(inputs: inputs) { bytes throws(FileSystem.Failure) in try stream.append(bytes) }
      try stream.finish()
    } catch let error as FileSystem.Failure {
      throw FileSystem.unwritable(path, error)
    } catch {
      throw RapportError(.configuration, file: path, problem: "cannot encode the manifest (\(error))")
    }
  }

  /// The files the manifest `name` lists.
  private func readManifest(_ name: String) throws(RapportError) -> Set<String> {
    let manifestPath = file(name)
    do {
      let bytes = try FileSystem.read(manifestPath)
      let manifest = try JSONDecoder().decode(RunManifest.self, from: Data(bytes))
      return Set(manifest.files.filter { !$0.contains("/") && !Self.isManifest($0) })
    } catch {
      throw RapportError(
        .configuration, file: manifestPath, problem: "the manifest of an earlier run cannot be read",
        remedy: "Remove the folder's old outputs and the manifest, or choose another folder with --out")
    }
  }

  /// Refuses an output folder that is, or is inside, a folder given as input, or that holds a
  /// file given as input (the next run would read the outputs as transcripts, or this one
  /// would overwrite an input).
  static func refuseOverlap(out: String, roots: [String]) throws(RapportError) {
    guard let folder = resolved(out) else { return }
    for root in roots {
      guard let input = realPath(root) else { continue }
      if FileSystem.isDirectory(root) {
        if folder == input || folder.hasPrefix(input == "/" ? "/" : input + "/") {
          throw RapportError(
            .configuration, file: out,
            problem: folder == input ? "the output folder is the input folder \(root)" : "the output folder is inside the input folder \(root), so a later run would read the outputs as transcripts",
            remedy: "Choose an --out outside the folders you analyze")
        }
      } else if input.hasPrefix(folder + "/") {
        throw RapportError(
          .configuration, file: out, problem: "the input \(root) is inside the output folder",
          remedy: "Choose an --out that holds no transcripts")
      }
    }
  }

  /// `path` resolved like `realPath`, also when its last components do not exist yet.
  static func resolved(_ path: String) -> String? {
    var missing: [String] = []
    var existing = (path as NSString).standardizingPath
    if !existing.hasPrefix("/") { existing = FileManager.default.currentDirectoryPath + "/" + existing }
    while realPath(existing) == nil, existing != "/" {
      missing.insert((existing as NSString).lastPathComponent, at: 0)
      existing = (existing as NSString).deletingLastPathComponent
    }
    guard let base = realPath(existing) else { return nil }
    return missing.reduce(base) { ($0 as NSString).appendingPathComponent($1) }
  }

  /// `path` with symbolic links and `..` resolved, byte for byte; nil when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// What one batch run read and wrote (`rapport-manifest.json`): its inputs with their
/// SHA-256, the options, and every file it wrote, so the next run into the same folder knows
/// which files are Rapport's.
public struct RunManifest: Codable, Sendable, Equatable {
  public static let schemaVersion = "rapport-manifest/1"

  /// One input and what became of it.
  public struct Input: Codable, Sendable, Equatable {
    public var path: String
    public var session: String
    /// Hex SHA-256 of the file's bytes; nil when it could not be read.
    public var sha256: String?
    /// The input with the same bytes that was analyzed instead, when this one was skipped.
    public var duplicateOf: String?
    /// Its place (0-based) among all the batch's inputs, also those of other shards.
    public var position: Int?
  }

  /// An input that failed, for corpus.json's errors.
  public struct Failure: Codable, Sendable, Equatable {
    public var position: Int
    public var file: String?
    public var line: Int?
    public var message: String
  }

  /// The whole batch's inputs, which every shard of it must have seen alike.
  public struct Batch: Codable, Sendable, Equatable {
    public var inputs: Int
    /// Hex SHA-256 of every input's session id, path and SHA-256, in order.
    public var digest: String
  }

  public var schema = schemaVersion
  public var tool = "rapport"
  public var toolVersion = RapportVersion.current
  /// False while the run is under way (or when it was interrupted).
  public var complete: Bool
  public var options: [String: String]
  public var inputs: [Input]
  /// Names inside the output folder, sorted (the manifest itself and the lock left out).
  public var files: [String]
  /// The settings and table layout of the batch (nil in manifests of earlier versions).
  public var plan: BatchPlan?
  /// The part of the batch this run analyzed, with `--shard` or in a Slurm job array.
  public var shard: Shard?
  public var batch: Batch?
  /// The inputs that failed (this shard's, with a shard).
  public var failures: [Failure]?
  /// The shard folders a merge read (`rapport merge`).
  public var merged: [String]?
}
