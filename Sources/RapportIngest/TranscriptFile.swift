import Foundation
import RapportSupport

/// A transcript file's bytes, read with one `open`, `fstat` and `read` when it is an ordinary
/// file, instead of `FileManager`'s existence check, `Data` and copy into an array (a
/// noticeable share of reading a short transcript).
enum TranscriptFile {
  /// The bytes of the file at `path`; anything out of the ordinary (it cannot be opened, it is
  /// not a regular file, it says it is empty, it changes size while read) goes to
  /// `FileSystem.read`, which reads it (or says why it cannot) as before.
  static func read(_ path: String) throws(FileSystem.Failure) -> [UInt8] {
    if let bytes = readRegularFile(path) { return bytes }
    return try FileSystem.read(path)
  }

  /// The bytes of the regular, non-empty file at `path` when exactly its size could be read;
  /// nil otherwise.
  static func readRegularFile(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
    let size = Int(info.st_size)
    var complete = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      while count < size {
        let got = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
        if got < 0, errno == EINTR { continue }
        guard got > 0 else { break }
        count += got
      }
      guard count == size else { return }
      // One byte more would mean the file grew after `fstat`: read it the ordinary way.
      var extra: UInt8 = 0
      while true {
        let got = Foundation.read(descriptor, &extra, 1)
        if got < 0, errno == EINTR { continue }
        complete = got == 0
        break
      }
    }
    return complete ? bytes : nil
  }
}
