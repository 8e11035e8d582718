import Foundation
import RapportIngest
import RapportLexicon
import RapportMeasure
import RapportOutput
import RapportSupport
import RapportTag
import RapportText

/// What one finished session contributes to the batch beyond its own files: its table rows,
/// its figures for corpus.json, its index entry for index.html, and what it was made from (the
/// input's SHA-256 and the batch's settings hash). It is appended to the worker's journal
/// (`PartJournal`) after the session's files, so its presence means the session finished:
/// `--resume` skips a session whose part matches, and the tables of one run, a resumed run and
/// a merge of shards are all joined from parts.
///
/// A part is a first line `rapport-session-part/2`, a line of JSON (`Header`), then the
/// sections' bytes one after the other, as the header lists them, so it says its own length
/// (`frame`). The `corpus` section holds `CorpusAccumulator.figures` of this session alone as
/// comma-separated decimals: a dozen integers per category, written and read by hand, because
/// through JSONEncoder they cost more than analyzing a short session.
struct SessionPart: Sendable {
  static let magic = "rapport-session-part/2"

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

  /// The bytes of the part of a session: magic line, header, `sections` ((name, bytes) in the
  /// order they are stored).
  static func encode(_ header: Header, sections: [(String, [UInt8])]) throws(FileSystem.Failure) -> [UInt8] {
    var header = header
    header.sections = sections.map { Section(name: $0.0, length: $0.1.count) }
    var bytes = Array((magic + "\n").utf8)
    bytes.reserveCapacity(512 + sections.reduce(0) { $0 + $1.1.count })
    header.writeJSON(into: &bytes)
    bytes.append(UInt8(ascii: "\n"))
    for (_, section) in sections { bytes += section }
    return bytes
  }

  /// What the start of a journal record says.
  enum Frame {
    /// A part of `session`, `length` bytes long in all.
    case record(session: String, length: Int)
    /// The header line is not whole in the bytes given.
    case needMore
    /// Not a part.
    case damaged
  }

  /// The session and length of the part starting `bytes`, from its magic line and header.
  static func frame(_ bytes: [UInt8]) -> Frame {
    switch start(bytes[...]) {
    case .notPart: return .damaged
    case .short: return .needMore
    case .header(let header, let end):
      let lengths = header.sections.map(\.length)
      guard lengths.allSatisfy({ $0 >= 0 }) else { return .damaged }
      return .record(session: header.session, length: end + 1 + lengths.reduce(0, +))
    }
  }

  /// What the first bytes of a part hold.
  private enum Start {
    /// Its header, and the offset of the newline that ends it.
    case header(Header, end: Int)
    /// The bytes end before the header does.
    case short
    case notPart
  }

  private static func start(_ bytes: ArraySlice<UInt8>) -> Start {
    let magicBytes = Array((magic + "\n").utf8)
    let first = bytes.startIndex
    guard bytes.count >= magicBytes.count else {
      return bytes.elementsEqual(magicBytes.prefix(bytes.count)) ? .short : .notPart
    }
    let body = first + magicBytes.count
    guard bytes[first..<body].elementsEqual(magicBytes) else { return .notPart }
    guard let end = bytes[body...].firstIndex(of: UInt8(ascii: "\n")) else { return .short }
    guard let header = Header.read(bytes[body..<end]) ?? (try? JSONDecoder().decode(Header.self, from: Data(bytes[body..<end])))
    else { return .notPart }
    return .header(header, end: end - first)
  }

  /// The part whose bytes are exactly `bytes`; nil when they are not one whole part.
  static func decode(_ bytes: ArraySlice<UInt8>) -> SessionPart? {
    guard case .header(let header, let end) = start(bytes) else { return nil }
    var sections: [String: ArraySlice<UInt8>] = [:]
    var offset = bytes.startIndex + end + 1
    for section in header.sections {
      guard section.length >= 0, offset + section.length <= bytes.endIndex else { return nil }
      sections[section.name] = bytes[offset..<offset + section.length]
      offset += section.length
    }
    guard offset == bytes.endIndex else { return nil }
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
}

extension SessionPart.Header {
  /// The header in `bytes` when they are exactly what `writeJSON` writes; nil for anything
  /// else, which the caller hands to `JSONDecoder`. Every part is read once by the tables'
  /// join and once by the journal's compaction, both after the workers are done: decoding
  /// through `JSONDecoder` was most of that serial time.
  static func read(_ bytes: ArraySlice<UInt8>) -> Self? {
    var reader = HeaderReader(bytes: bytes)
    return reader.header()
  }

  /// The header as one line of JSON, keys sorted, as `JSONDecoder` reads it back: written by
  /// hand, since `JSONEncoder` cost more than a short session's tables (1.3% of the bench run).
  func writeJSON(into bytes: inout [UInt8]) {
    func string(_ text: String) {
      JSONOutput.appendString(text, to: &bytes)
    }
    func key(_ name: String, first: Bool = false) {
      if !first { bytes.append(UInt8(ascii: ",")) }
      string(name)
      bytes.append(UInt8(ascii: ":"))
    }
    func list<T>(_ items: [T], _ item: (T) -> Void) {
      bytes.append(UInt8(ascii: "["))
      for (index, element) in items.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        item(element)
      }
      bytes.append(UInt8(ascii: "]"))
    }
    func number(_ value: Int) { bytes += Array(String(value).utf8) }
    /// `{"first":…,"second":…}`, the keys given in sorted order.
    func object(_ first: String, _ firstValue: () -> Void, _ second: String, _ secondValue: () -> Void) {
      bytes.append(UInt8(ascii: "{"))
      key(first, first: true)
      firstValue()
      key(second)
      secondValue()
      bytes.append(UInt8(ascii: "}"))
    }
    bytes.append(UInt8(ascii: "{"))
    key("files", first: true)
    list(files) { file in object("name", { string(file.name) }, "size", { number(file.size) }) }
    key("input")
    string(input)
    key("inputSHA256")
    string(inputSHA256)
    key("notices")
    list(notices) { string($0) }
    key("sections")
    list(sections) { section in object("length", { number(section.length) }, "name", { string(section.name) }) }
    key("session")
    string(session)
    key("settings")
    string(settings)
    key("words")
    number(words)
    bytes.append(UInt8(ascii: "}"))
  }
}

/// Reads the one shape of JSON `SessionPart.Header.writeJSON` writes: keys in its order,
/// no spaces, strings with the escapes of `JSONOutput.appendString`, whole numbers.
private struct HeaderReader {
  /// The control characters `JSONOutput.appendString` writes as `\b \t \n \f \r`.
  private static let shortEscapes: [UInt8: UInt8] = [
    UInt8(ascii: "b"): 0x08, UInt8(ascii: "t"): 0x09, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "r"): 0x0D,
  ]

  var bytes: ArraySlice<UInt8>
  private var position: Int

  init(bytes: ArraySlice<UInt8>) {
    self.bytes = bytes
    position = bytes.startIndex
  }

  mutating func header() -> SessionPart.Header? {
    guard take("{\"files\":"), let files = list({ reader -> SessionPart.File? in
      guard reader.take("{\"name\":"), let name = reader.string(), reader.take(",\"size\":"),
        let size = reader.number(), reader.take("}") else { return nil }
      return SessionPart.File(name: name, size: size)
    }) else { return nil }
    guard take(",\"input\":"), let input = string(), take(",\"inputSHA256\":"), let sha256 = string(),
      take(",\"notices\":"), let notices = list({ $0.string() }), take(",\"sections\":"),
      let sections = list({ reader -> SessionPart.Section? in
        guard reader.take("{\"length\":"), let length = reader.number(), reader.take(",\"name\":"),
          let name = reader.string(), reader.take("}") else { return nil }
        return SessionPart.Section(name: name, length: length)
      }),
      take(",\"session\":"), let session = string(), take(",\"settings\":"), let settings = string(),
      take(",\"words\":"), let words = number(), take("}"), position == bytes.endIndex
    else { return nil }
    return SessionPart.Header(
      session: session, input: input, inputSHA256: sha256, settings: settings, words: words, files: files,
      notices: notices, sections: sections)
  }

  /// Moves past `literal` if the bytes go on with it.
  private mutating func take(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard bytes.endIndex - position >= count else { return false }
    for offset in 0..<count where bytes[position + offset] != literal.utf8Start[offset] { return false }
    position += count
    return true
  }

  private mutating func list<T>(_ item: (inout HeaderReader) -> T?) -> [T]? {
    guard take("[") else { return nil }
    var items: [T] = []
    if take("]") { return items }
    repeat {
      guard let next = item(&self) else { return nil }
      items.append(next)
    } while take(",")
    return take("]") ? items : nil
  }

  private mutating func string() -> String? {
    guard take("\"") else { return nil }
    var text: [UInt8] = []
    while position < bytes.endIndex {
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""):
        return String(validating: text, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard position < bytes.endIndex else { return nil }
        let escaped = bytes[position]
        position += 1
        if escaped == UInt8(ascii: "\"") || escaped == UInt8(ascii: "\\") {
          text.append(escaped)
        } else if let control = Self.shortEscapes[escaped] {
          text.append(control)
        } else if escaped == UInt8(ascii: "u"), bytes.endIndex - position >= 4,
          let value = UInt8(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16), value < 0x20
        {
          text.append(value)
          position += 4
        } else {
          return nil
        }
      case 0..<0x20:
        return nil
      default:
        text.append(byte)
      }
    }
    return nil
  }

  private mutating func number() -> Int? {
    let start = position
    if position < bytes.endIndex && bytes[position] == UInt8(ascii: "-") { position += 1 }
    while position < bytes.endIndex && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
    return Int(String(decoding: bytes[start..<position], as: UTF8.self))
  }
}
