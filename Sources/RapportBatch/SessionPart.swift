import Foundation
import RapportIngest
import RapportLexicon
import RapportMeasure
import RapportOutput
import RapportSupport
import RapportTag
import RapportText

/// What one finished session contributes to the batch beyond its own files, kept in the output
/// folder as `.rapport-sessions/<session>.part`: its table rows, its figures for corpus.json,
/// its index entry for index.html, and what it was made from (the input's SHA-256 and the
/// batch's settings hash). It is written last, after the session's files, and atomically, so
/// its presence means the session finished: `--resume` skips a session whose part matches,
/// and the tables of one run, a resumed run and a merge of shards are all joined from parts.
///
/// The file is a first line `rapport-session-part/1`, a line of JSON (`Header`), then the
/// sections' bytes one after the other, as the header lists them. The `corpus` section holds
/// `CorpusAccumulator.figures` of this session alone as comma-separated decimals: a dozen
/// integers per category, written and read by hand, because through JSONEncoder they cost more
/// than analyzing a short session.
struct SessionPart: Sendable {
  static let folderName = ".rapport-sessions"
  static let magic = "rapport-session-part/1"
  static let suffix = ".part"

  /// One output file of the session and its size, to notice a file removed since.
  struct File: Codable, Sendable, Equatable {
    var name: String
    var size: Int
  }

  struct Section: Codable, Sendable, Equatable {
    var name: String
    var length: Int
  }

  struct Header: Codable, Sendable {
    var session: String
    /// The input's path as given.
    var input: String
    var inputSHA256: String
    /// `BatchPlan.settings` of the run that made it.
    var settings: String
    var words: Int
    var files: [File]
    var notices: [String]
    var sections: [Section]
  }

  var header: Header
  /// Section bytes by name.
  var sections: [String: ArraySlice<UInt8>]

  /// The part file of `session` in the output folder `folder`.
  static func path(folder: String, session: String) -> String {
    ((folder as NSString).appendingPathComponent(folderName) as NSString).appendingPathComponent(session + suffix)
  }

  /// Writes the part of a session atomically (temporary file, rename; flushed with the run's
  /// other outputs by `DurableFile.flushAll`). `sections` are
  /// (name, bytes) in the order they are stored.
  static func write(
    _ header: Header, sections: [(String, [UInt8])], folder: String
  ) throws(FileSystem.Failure) {
    var header = header
    header.sections = sections.map { Section(name: $0.0, length: $0.1.count) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var bytes = Array((magic + "\n").utf8)
    do {
      bytes += try encoder.encode(header)
    } catch {
      throw FileSystem.Failure(reason: "cannot encode the session part (\(error))")
    }
    bytes.append(UInt8(ascii: "\n"))
    for (_, section) in sections { bytes += section }
    let parts = (folder as NSString).appendingPathComponent(folderName)
    try FileSystem.createDirectory(parts)
    try DurableFile.write(bytes, to: path(folder: folder, session: header.session), flush: false)
  }

  /// The part of `session` in `folder`; nil when there is none or it is not whole.
  static func read(folder: String, session: String) -> SessionPart? {
    read(path: path(folder: folder, session: session))
  }

  /// The part at `path`; nil when there is none or it is not whole.
  static func read(path: String) -> SessionPart? {
    guard let bytes = try? FileSystem.read(path) else { return nil }
    let magicBytes = Array((magic + "\n").utf8)
    guard bytes.count > magicBytes.count, Array(bytes.prefix(magicBytes.count)) == magicBytes,
      let end = bytes[magicBytes.count...].firstIndex(of: UInt8(ascii: "\n")),
      let header = try? JSONDecoder().decode(Header.self, from: Data(bytes[magicBytes.count..<end]))
    else { return nil }
    var sections: [String: ArraySlice<UInt8>] = [:]
    var offset = end + 1
    for section in header.sections {
      guard section.length >= 0, offset + section.length <= bytes.count else { return nil }
      sections[section.name] = bytes[offset..<offset + section.length]
      offset += section.length
    }
    guard offset == bytes.count else { return nil }
    return SessionPart(header: header, sections: sections)
  }

  /// Whether this part can stand for `input` (hashed `sha256`) under `settings`: same path,
  /// bytes and settings, and every file it lists is still in `folder` at its size.
  func matches(_ input: BatchInput, sha256: String?, settings: String, folder: String) -> Bool {
    guard let sha256, header.session == input.session, header.input == input.path, header.inputSHA256 == sha256,
      header.settings == settings
    else { return false }
    return header.files.allSatisfy { file in
      InputScreening.size((folder as NSString).appendingPathComponent(file.name)) == file.size
    }
  }

  static let corpusSection = "corpus"

  /// `figures` as the `corpus` section's bytes: decimals separated by commas.
  static func corpusBytes(_ figures: [Int]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(figures.count * 2)
    for (index, figure) in figures.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      bytes.append(contentsOf: String(figure).utf8)
    }
    return bytes
  }

  /// The session's corpus figures from its `corpus` section; nil when it is missing or holds
  /// anything but comma-separated decimals.
  var corpusFigures: [Int]? {
    guard let bytes = sections[Self.corpusSection] else { return nil }
    var figures: [Int] = []
    var value = 0
    var negative = false
    var digits = 0
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let (times, overflow) = value.multipliedReportingOverflow(by: 10)
        guard !overflow else { return nil }
        value = times + Int(byte - UInt8(ascii: "0"))
        digits += 1
      case UInt8(ascii: "-") where digits == 0 && !negative:
        negative = true
      case UInt8(ascii: ","):
        guard digits > 0 else { return nil }
        figures.append(negative ? -value : value)
        (value, negative, digits) = (0, false, 0)
      default:
        return nil
      }
    }
    guard digits > 0 || (figures.isEmpty && !negative) else { return nil }
    if digits > 0 { figures.append(negative ? -value : value) }
    return figures
  }

  /// Removes the parts in `folder` of sessions that `isStale` says no longer belong.
  static func removeStale(folder: String, isStale: (String) -> Bool) {
    let parts = (folder as NSString).appendingPathComponent(folderName)
    for name in (try? FileManager.default.contentsOfDirectory(atPath: parts)) ?? [] where name.hasSuffix(suffix) {
      if isStale(String(name.dropLast(suffix.count))) { unlink((parts as NSString).appendingPathComponent(name)) }
    }
  }
}
