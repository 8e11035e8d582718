import RapportIngest

/// Builds the `Lexicon` an importer returns: categories in the order met, entries in file
/// order, duplicates merged with a warning.
struct ImportedLexiconBuilder {
  let path: String
  let format: LexiconFormat
  private(set) var categories: [LexiconCategory] = []
  private(set) var warnings: [LexiconWarning] = []
  /// Category index by the name the file uses.
  private var byName: [String: Int] = [:]
  /// For each category, the line each term was first given on.
  private var termLines: [[String: Int]] = []

  init(path: String, format: LexiconFormat) {
    self.path = path
    self.format = format
  }

  mutating func warn(_ line: Int?, _ message: String) {
    warnings.append(LexiconWarning(file: path, line: line, message: message))
  }

  /// The category the file calls `name`, if defined.
  func category(named name: String) -> Int? { byName[name] ?? byName[name.lowercased()] }

  /// Adds a category called `name`; its id is `name` made into a valid identifier.
  @discardableResult
  mutating func addCategory(name: String, label: String? = nil, line: Int?) -> Int {
    if let existing = category(named: name) { return existing }
    var id = Self.identifier(name)
    if id != name { warn(line, "category name '\(name)' is not a valid identifier; its id is '\(id)'") }
    let taken = Set(categories.map(\.id))
    if taken.contains(id) {
      var suffix = 2
      while taken.contains("\(id)_\(suffix)") { suffix += 1 }
      warn(line, "category '\(name)' would have the id '\(id)', which is taken; its id is '\(id)_\(suffix)'")
      id = "\(id)_\(suffix)"
    }
    categories.append(LexiconCategory(id: id, label: Self.visible(label ?? name), line: line))
    termLines.append([:])
    byName[name] = categories.count - 1
    byName[name.lowercased()] = byName[name.lowercased()] ?? categories.count - 1
    return categories.count - 1
  }

  /// Adds `term` to the category at `category` unless it is already there; false if it was.
  @discardableResult
  mutating func add(_ term: String, weight: Double = 1, to category: Int, line: Int) -> Bool {
    guard termLines[category][term] == nil else { return false }
    if term.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      termLines[category][term] = line
      warn(line, "entry '\(Self.visible(term))' holds control characters, which no text can match; skipped")
      return false
    }
    termLines[category][term] = line
    categories[category].entries.append(LexiconEntry(term: term, weight: weight, line: line))
    return true
  }

  /// The lexicon, named after the file.
  func lexicon(bytes: [UInt8]) -> Lexicon {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    let stem = file.contains(".") ? String(file[..<file.lastIndex(of: ".")!]) : file
    return Lexicon(
      name: Self.identifier(stem), version: "1", language: "en",
      description: "Imported from \(file).",
      provenance: "Converted by rapport from a \(format.description) file; categories and entries as the file gives them.",
      categories: categories, path: path, sha256: TranscriptReader.sha256Hex(bytes))
  }

  /// `text` with control characters shown as `\u{…}` escapes, safe to print and to write as XML.
  static func visible(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.generalCategory == .control {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `name` as a lexicon identifier (`[A-Za-z][A-Za-z0-9_.-]*`): other characters become
  /// `_`, and a leading non-letter gets a `c` before it.
  static func identifier(_ name: String) -> String {
    var result = String(name.trimmingWhitespace().unicodeScalars.map { scalar -> Character in
      scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_.-".unicodeScalars.contains(scalar))
        ? Character(scalar) : "_"
    })
    if result.isEmpty { return "category" }
    if let first = result.unicodeScalars.first, !(first.isASCII && first.properties.isAlphabetic) { result = "c" + result }
    return result
  }
}
