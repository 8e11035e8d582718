import Foundation
import RapportSupport

/// The output folder of one batch run, held for the run's length.
///
/// Opening it refuses a folder that is, or is inside, an input folder, or that holds an input
/// file; takes an exclusive lock (`.rapport-lock`), so a second run into the same folder
/// stops with a message instead of mixing files; and reads the manifest an earlier run left
/// (`rapport-manifest.json`), which says which files there are Rapport's. A file the run
/// would write that exists and is not in that manifest is never overwritten: the run is
/// refused. Before any output is written the manifest is rewritten as incomplete, listing
/// every file the earlier and this run may write, so an interrupted run can be cleaned up by
/// the next; `finish` removes what an earlier run wrote and this one did not, and writes the
/// final manifest.
///
/// `Sendable` notes: not `Sendable`; it owns the lock's file descriptor and belongs to the
/// task running the batch.
final class OutputFolder {
  static let manifestName = "rapport-manifest.json"
  static let lockName = ".rapport-lock"

  let path: String
  private let lock: Int32
  /// Files earlier runs listed as theirs (the union with this run's plan once opened).
  private(set) var owned: Set<String>

  /// Opens `path` for a run that reads from `roots` (the paths the researcher named) and
  /// plans to write `planned` (names inside the folder).
  /// Files the run planned that exist and are not Rapport's: the sessions they belong to
  /// fail, and nothing is written over them.
  private(set) var foreign: Set<String> = []

  init(_ path: String, roots: [String], planned: [String], shared: Set<String>) throws(RapportError) {
    self.path = path
    try Self.refuseOverlap(out: path, roots: roots)
    try FileSystem.createOutputFolder(path)
    let lockPath = (path as NSString).appendingPathComponent(Self.lockName)
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw FileSystem.unwritable(lockPath, FileSystem.Failure(reason: String(cString: strerror(errno))), remedy: "Choose another folder with --out")
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      throw RapportError(
        .configuration, file: path, problem: "another rapport run is writing to this output folder",
        remedy: "Wait for it to finish, or choose another folder with --out")
    }
    lock = descriptor
    // Temporary tables a killed run left (`.sessions.csv.rapport-tmp`): ours by their name.
    for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    where name.hasPrefix(".") && name.hasSuffix(".rapport-tmp") {
      unlink((path as NSString).appendingPathComponent(name))
    }
    owned = []
    owned = try readManifest()
    let found = planned.filter { !owned.contains($0) && FileSystem.exists(self.file($0)) }
    foreign = Set(found)
    let blocking = found.filter { shared.contains($0) }.sorted()
    if !blocking.isEmpty {
      let listed = blocking.prefix(3).joined(separator: ", ") + (blocking.count > 3 ? " and \(blocking.count - 3) more" : "")
      throw RapportError(
        .configuration, file: path,
        problem: "the output folder holds files Rapport did not write (\(listed)); they are not in its \(Self.manifestName)",
        remedy: "Move them away, or choose an empty folder with --out")
    }
    owned.formUnion(planned.filter { !foreign.contains($0) })
  }

  deinit {
    flock(lock, LOCK_UN)
    close(lock)
  }

  /// The path of `name` inside the folder.
  func file(_ name: String) -> String {
    (path as NSString).appendingPathComponent(name)
  }

  /// Writes the manifest saying the run is under way, listing every file it may leave.
  func begin(_ manifest: RunManifest) throws(RapportError) {
    var manifest = manifest
    manifest.complete = false
    manifest.files = owned.sorted()
    try write(manifest)
  }

  /// Removes the files earlier runs (or this one) wrote that are not in `manifest.files`,
  /// then writes `manifest` as complete; returns the names removed.
  func finish(_ manifest: RunManifest) throws(RapportError) -> [String] {
    let keep = Set(manifest.files)
    var removed: [String] = []
    for name in owned.subtracting(keep).sorted() where !name.contains("/") {
      let target = file(name)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
      if unlink(target) == 0 { removed.append(name) }
    }
    var manifest = manifest
    manifest.complete = true
    try write(manifest)
    return removed
  }

  private func write(_ manifest: RunManifest) throws(RapportError) {
    let bytes: [UInt8]
    do {
      bytes = try JSONOutput.encode(manifest)
    } catch {
      throw RapportError(.configuration, file: file(Self.manifestName), problem: "cannot encode the manifest (\(error))")
    }
    try FileSystem.writeOutput(bytes, to: file(Self.manifestName))
  }

  /// The files an earlier run's manifest lists; none when there is no manifest.
  private func readManifest() throws(RapportError) -> Set<String> {
    let manifestPath = file(Self.manifestName)
    guard FileSystem.exists(manifestPath) else { return [] }
    do {
      let bytes = try FileSystem.read(manifestPath)
      let manifest = try JSONDecoder().decode(RunManifest.self, from: Data(bytes))
      return Set(manifest.files.filter { !$0.contains("/") && $0 != Self.manifestName })
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
}
