import Foundation

/// How an input path becomes a session id, which is also the base of its output file names.
///
/// The *base* id depends only on the path relative to the argument that found the file:
/// the extension is dropped, the text is put in Unicode NFC, `/` becomes `_`, letters, marks,
/// digits, `-`, `_` and `.` are kept and every other character becomes `_`; a leading `.` or `-`
/// becomes `_`; an empty result is `session`; a base longer than `maxBytes` UTF-8 bytes is cut
/// and given `~` and a hash of the relative path. `~` appears in no other way, so a suffixed
/// id never equals a plain one.
///
/// When bases collide (compared ignoring case, as macOS and Windows file systems do) or a
/// base is a name the batch writes itself (`reserved`), each such input first keeps its
/// extension (`captions_srt`); an id still shared gets instead `~` and the first 8 hex digits
/// of the SHA-256 of its path as given (16, then 64, if those collide too). Every step
/// depends on the set of inputs, never on their order, and the result is injective. A plain
/// id (no collision) depends on nothing but the relative path.
public enum SessionID {
  /// Names of the batch's own files (and device names Windows refuses); ids never take them.
  public static let reserved: Set<String> = {
    var names: Set<String> = ["corpus", "sessions", "categories", "turns", "index", "report", "rapport-manifest"]
    for device in ["con", "prn", "aux", "nul"] { names.insert(device) }
    for number in 1...9 {
      names.insert("com\(number)")
      names.insert("lpt\(number)")
    }
    return names
  }()

  /// Longest base id in UTF-8 bytes; with a suffix and `.json` a name stays far below the
  /// 255-byte limit of common file systems.
  public static let maxBytes = 96

  /// The id before collisions are resolved, from the path relative to its argument.
  public static func base(_ relative: String) -> String {
    var stem = relative
    let name = (relative as NSString).lastPathComponent
    let extensionLength = (name as NSString).pathExtension.utf8.count
    if extensionLength > 0, name.utf8.count > extensionLength + 1 {
      stem = String(decoding: relative.utf8.dropLast(extensionLength + 1), as: UTF8.self)
    }
    var id = String.UnicodeScalarView()
    for scalar in stem.precomposedStringWithCanonicalMapping.unicodeScalars {
      id.append(kept(scalar) ? scalar : "_")
    }
    if let first = id.first, first == "." || first == "-" {
      id.replaceSubrange(id.startIndex...id.startIndex, with: ["_"])
    }
    var text = id.isEmpty ? "session" : String(id)
    if text.utf8.count > maxBytes {
      var cut = String.UnicodeScalarView()
      var bytes = 0
      for scalar in text.unicodeScalars {
        bytes += String(scalar).utf8.count
        if bytes > maxBytes - 16 { break }
        cut.append(scalar)
      }
      text = String(cut) + "~" + hash(relative, digits: 8)
    }
    return text
  }

  /// Ids for inputs given as (path as found, path relative to its argument), in the same
  /// order, with a note for each id that had to be suffixed.
  public static func assign(_ inputs: [(path: String, relative: String)]) -> [(id: String, note: String?)] {
    let bases = inputs.map { base($0.relative) }
    var ids = bases
    var notes = [String?](repeating: nil, count: inputs.count)
    // First, colliding or reserved ids keep their extension (`captions_srt`, `captions_vtt`).
    var count = tally(ids)
    for index in inputs.indices where count[key(ids[index])]! > 1 || reserved.contains(key(ids[index])) {
      let isReserved = reserved.contains(key(bases[index]))
      ids[index] = base(inputs[index].relative.replacingOccurrences(of: ".", with: "_"))
      let why = isReserved ? "'\(bases[index])' is a name Rapport's own outputs use" : "'\(bases[index])' is also the id of another input"
      notes[index] = "session id '\(ids[index])' (\(why); the extension is kept)"
    }
    // Then ids still shared get a hash of their path, lengthened while it still collides.
    for digits in [8, 16, 64] {
      count = tally(ids)
      let clashing = inputs.indices.filter {
        notes[$0] != nil && (count[key(ids[$0])]! > 1 || reserved.contains(key(ids[$0])))
      }
      if clashing.isEmpty { break }
      for index in clashing {
        ids[index] = bases[index] + "~" + hash(inputs[index].path, digits: digits)
        notes[index] = "session id '\(ids[index])' ('\(bases[index])' is a name Rapport's own outputs use or the id of another input; the suffix is a hash of the path)"
      }
    }
    return inputs.indices.map { (ids[$0], notes[$0]) }
  }

  private static func tally(_ ids: [String]) -> [String: Int] {
    var count: [String: Int] = [:]
    for id in ids { count[key(id), default: 0] += 1 }
    return count
  }

  /// The form ids are compared in: NFC (already) and case-folded.
  static func key(_ id: String) -> String { id.lowercased() }

  private static func kept(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = UInt8(scalar.value)
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        || value == UInt8(ascii: "-") || value == UInt8(ascii: "_") || value == UInt8(ascii: ".")
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }

  private static func hash(_ text: String, digits: Int) -> String {
    String(TranscriptReader.sha256Hex(Array(text.utf8)).prefix(digits))
  }
}
