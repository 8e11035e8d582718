/// The lexicon file formats Rapport reads: its own XML and the formats researchers already
/// have (LIWC `.dic`, LIWC-22 `.dicx`, and a tab-separated term table such as NRC EmoLex).
public enum LexiconFormat: String, Sendable, CaseIterable, Codable {
  /// Rapport's native XML (Schemas/lexicon-1.xsd).
  case xml
  /// LIWC `.dic`: a `%`-delimited header of numbered categories, then `term<TAB>numbers`.
  case dic
  /// LIWC-22 `.dicx`: CSV with a `DicTerm` (or `Entry`) column and one column per category.
  case dicx
  /// `term<TAB>category[<TAB>weight]`, one pair per line (NRC EmoLex's word-level layout).
  case table

  /// The format a file's extension names, or nil for an extension Rapport does not know.
  public static func fromExtension(of path: String) -> LexiconFormat? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "xml": return .xml
    case "dic": return .dic
    case "dicx", "csv": return .dicx
    case "tsv", "txt", "tab": return .table
    default: return nil
    }
  }

  /// The format of a file: its extension if known, otherwise a look at its first line.
  public static func detect(path: String, bytes: [UInt8]) -> LexiconFormat {
    if let known = fromExtension(of: path) { return known }
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let head = String(decoding: body.prefix(512), as: UTF8.self)
    let firstLine = head.split(whereSeparator: \.isNewline).first.map { $0.trimmingWhitespace() } ?? ""
    if firstLine.hasPrefix("<") { return .xml }
    if firstLine == "%" { return .dic }
    let firstCell = firstLine.split(separator: ",").first.map { $0.trimmingWhitespace().lowercased() }
    if firstCell == "dicterm" || firstCell == "entry" || firstCell == "\"dicterm\"" { return .dicx }
    return .table
  }

  /// The file extension Rapport writes for the format.
  public var fileExtension: String {
    switch self {
    case .xml: "xml"
    case .dic: "dic"
    case .dicx: "dicx"
    case .table: "tsv"
    }
  }
}

extension LexiconFormat: CustomStringConvertible {
  /// The format's name as researchers know it.
  public var description: String {
    switch self {
    case .xml: "Rapport XML"
    case .dic: "LIWC .dic"
    case .dicx: "LIWC-22 .dicx"
    case .table: "term table"
    }
  }
}
