import RapportSupport

/// Reads LIWC `.dic` files: a header of numbered categories between two `%` lines, then one
/// entry per line followed by its category numbers.
///
/// Legacy dictionaries are read with their quirks repaired or skipped, each with a warning that
/// names the line: runs of tabs or spaces, categories given by name instead of number,
/// repeated entries (their categories are merged), LIWC 2007's conditional codes such as
/// `(02 134)125/464` or `<of>`, parenthetical labels in the header, unknown category numbers.
/// The text is decoded like a transcript, so Windows-1252 and Latin-1 files read correctly.
enum DicImporter {
  static func read(bytes: [UInt8], path: String) throws(RapportError) -> LexiconImport {
    let (lines, _) = try LexiconReader.lines(bytes, path: path)
    var builder = ImportedLexiconBuilder(path: path, format: .dic)
    let (open, close) = try headerBounds(lines, path: path)

    var byNumber: [Int: (category: Int, line: Int)] = [:]
    for index in (open + 1)..<close {
      let line = index + 1
      let fields = splitFields(lines[index])
      guard !fields.isEmpty else { continue }
      guard fields.count >= 2, let number = Int(fields[0]) else {
        builder.warn(line, "header line '\(fields.joined(separator: " "))' is not 'number<TAB>name'; skipped")
        continue
      }
      if let first = byNumber[number] {
        builder.warn(line, "category number \(number) is defined again (first on line \(first.line)); the repeat is skipped")
        continue
      }
      var label: String? = nil
      if fields.count > 2 {
        let written = fields[2...].joined(separator: " ")
        var rest = written
        if rest.hasPrefix("("), rest.hasSuffix(")") {
          rest = String(rest.dropFirst().dropLast()).trimmingWhitespace()
          builder.warn(line, "parenthetical code '\(written)' after category '\(fields[1])' is read as its label")
        }
        if !rest.isEmpty { label = rest }
      }
      byNumber[number] = (builder.addCategory(name: fields[1], label: label, line: line), line)
    }

    var firstLine: [String: Int] = [:]
    var warnedAboutSeparators = false
    for index in (close + 1)..<lines.count {
      let line = index + 1
      let text = lines[index]
      guard !text.trimmingWhitespace().isEmpty else { continue }
      let (term, references) = splitEntry(text, isReference: { reference in
        Int(reference) != nil || builder.category(named: reference) != nil || isConditional(reference)
      })
      guard !term.isEmpty else {
        builder.warn(line, "line has categories but no entry before them; skipped")
        continue
      }
      if !warnedAboutSeparators, !references.isEmpty, hasIrregularSeparators(text) {
        warnedAboutSeparators = true
        builder.warn(line, "fields are separated by runs of tabs or by spaces (here and perhaps later); each run is read as one separator")
      }
      var categories: [Int] = []
      for reference in references {
        if let number = Int(reference) {
          if let found = byNumber[number] { categories.append(found.category) } else {
            builder.warn(line, "category number \(number) of entry '\(term)' is not in the header; ignored")
          }
        } else if isConditional(reference) {
          builder.warn(line, "conditional category code '\(reference)' of entry '\(term)' is not supported; skipped, the entry keeps its plain categories")
        } else if let found = builder.category(named: reference) {
          builder.warn(line, "category of entry '\(term)' given by name '\(reference)' instead of number; read as category '\(builder.categories[found].id)'")
          categories.append(found)
        } else {
          builder.warn(line, "category '\(reference)' of entry '\(term)' is not in the header; ignored")
        }
      }
      guard !categories.isEmpty else {
        builder.warn(line, "entry '\(term)' has no usable category; skipped")
        continue
      }
      if let first = firstLine[term] {
        builder.warn(line, "entry '\(term)' appears again (first on line \(first)); its categories are merged")
      } else {
        firstLine[term] = line
      }
      for category in categories { builder.add(term, to: category, line: firstLine[term]!) }
    }
    return LexiconImport(lexicon: builder.lexicon(bytes: bytes), warnings: builder.warnings)
  }

  /// Indices of the `%` lines that open and close the category header.
  static func headerBounds(_ lines: [Substring], path: String) throws(RapportError) -> (open: Int, close: Int) {
    guard let open = lines.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }),
      lines[open].trimmingWhitespace() == "%"
    else {
      let first = lines.firstIndex { !$0.trimmingWhitespace().isEmpty }
      throw RapportError(
        .configuration, file: path, line: first.map { $0 + 1 },
        problem: "not a LIWC .dic file: it must start with a '%' line that opens the category header",
        remedy: "Check the file, or name its format with --format")
    }
    guard let close = lines[(open + 1)...].firstIndex(where: { $0.trimmingWhitespace() == "%" }) else {
      throw RapportError(
        .configuration, file: path, line: open + 1,
        problem: "the category header opened here is never closed by a second '%' line",
        remedy: "Add a line holding only '%' after the last category")
    }
    return (open, close)
  }

  /// A LIWC 2007 conditional code: `(02 134)125/464`, `131/125`, `<of>`.
  static func isConditional(_ reference: String) -> Bool {
    reference.contains { "()<>/".contains($0) }
  }

  /// Whether an entry line strays from `term<TAB>number<TAB>number`: no tab, a run of tabs,
  /// or spaces around the numbers.
  static func hasIrregularSeparators(_ text: Substring) -> Bool {
    guard let tab = text.firstIndex(of: "\t") else { return true }
    let before = text[..<tab]
    let after = text[tab...]
    return before.last?.isWhitespace == true || after.hasPrefix("\t\t")
      || after.trimmingWhitespace().contains { $0.isWhitespace && $0 != "\t" } || after.contains("\t\t")
  }

  /// The fields of a line split at runs of tabs and spaces, keeping `( … )` and `< … >`
  /// groups whole.
  static func splitFields(_ text: Substring) -> [String] {
    var fields: [String] = []
    var current = ""
    var depth = 0
    for character in text {
      if character == "(" || character == "<" { depth += 1 }
      if character == ")" || character == ">" { depth = max(0, depth - 1) }
      if character.isWhitespace, depth == 0 {
        if !current.isEmpty { fields.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { fields.append(current) }
    return fields
  }

  /// An entry line's term and category references. A tab ends the term (a phrase may hold
  /// spaces), except that numbers the term part ends with after a run of spaces are
  /// references too (`hope*  1 <TAB>3`). Without a tab, the trailing fields that look like
  /// references are taken.
  static func splitEntry(_ text: Substring, isReference: (String) -> Bool) -> (term: String, references: [String]) {
    if let tab = text.firstIndex(of: "\t") {
      let before = text[..<tab]
      var words = splitFields(before)
      var references: [String] = []
      if before.last?.isWhitespace == true || before.contains("  ") {
        while words.count > 1, let last = words.last, Int(last) != nil {
          references.insert(last, at: 0)
          words.removeLast()
        }
      }
      return (words.joined(separator: " "), references + splitFields(text[tab...]))
    }
    var fields = splitFields(text)
    var references: [String] = []
    while fields.count > 1, let last = fields.last, isReference(last) {
      references.insert(last, at: 0)
      fields.removeLast()
    }
    return (fields.joined(separator: " "), references)
  }
}
