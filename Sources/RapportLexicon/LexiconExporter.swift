import RapportSupport

/// Writes a `Lexicon` as LIWC `.dic` or LIWC-22 `.dicx`, the formats other tools read, with a
/// warning for each kind of information the target format cannot hold.
public enum LexiconExporter {
  /// The exported file and what was lost on the way.
  public struct Export: Sendable {
    public var bytes: [UInt8]
    public var warnings: [LexiconWarning]
  }

  /// `lexicon` in `format` (`.dic` or `.dicx`; `.xml` writes the native format). With `rollup`
  /// (the default, as LIWC expects) every entry of a child category is also written under each
  /// of its ancestors' codes, so a parent counts what its children count, as it does in Rapport.
  ///
  /// - Throws: `RapportError` when libxml2 fails to write the native format.
  public static func export(_ lexicon: Lexicon, as format: LexiconFormat, rollup: Bool = true) throws(RapportError) -> Export {
    switch format {
    case .dic: Export(bytes: dic(lexicon, rollup: rollup), warnings: losses(lexicon, format: format, rollup: rollup))
    case .dicx: Export(bytes: dicx(lexicon, rollup: rollup), warnings: losses(lexicon, format: format, rollup: rollup))
    case .xml: Export(bytes: try LexiconXMLWriter.write(lexicon), warnings: [])
    case .table: Export(bytes: table(lexicon, rollup: rollup), warnings: losses(lexicon, format: format, rollup: rollup))
    }
  }

  /// For each category (by position), the positions of its ancestors, nearest first.
  static func ancestors(_ lexicon: Lexicon) -> [[Int]] {
    var position: [String: Int] = [:]
    for (number, category) in lexicon.categories.enumerated() where position[category.id] == nil { position[category.id] = number }
    return lexicon.categories.map { category in
      var chain: [Int] = []
      var next = category.parent
      while let parent = next, let index = position[parent], !chain.contains(index) {
        chain.append(index)
        next = lexicon.categories[index].parent
      }
      return chain
    }
  }

  /// Each distinct term with its (category number, weight) pairs, terms in code-point order
  /// so the output does not depend on how the lexicon was built.
  /// With `rollup`, a child's entries also count for its ancestors (a term already in an
  /// ancestor keeps the ancestor's own weight); memberships are in category order.
  static func rows(_ lexicon: Lexicon, rollup: Bool = false) -> [(term: String, memberships: [(category: Int, weight: Double)])] {
    var byTerm: [String: [(category: Int, weight: Double)]] = [:]
    for (number, category) in lexicon.categories.enumerated() {
      for entry in category.entries where !(byTerm[entry.term]?.contains { $0.category == number } ?? false) {
        byTerm[entry.term, default: []].append((number, entry.weight))
      }
    }
    if rollup {
      let chains = ancestors(lexicon)
      for (number, category) in lexicon.categories.enumerated() where !chains[number].isEmpty {
        for entry in category.entries {
          for ancestor in chains[number] where !(byTerm[entry.term]?.contains { $0.category == ancestor } ?? false) {
            byTerm[entry.term, default: []].append((ancestor, entry.weight))
          }
        }
      }
      for term in byTerm.keys { byTerm[term]!.sort { $0.category < $1.category } }
    }
    return byTerm.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
      .map { ($0, byTerm[$0]!) }
  }

  /// LIWC 2015 style: `%`, one `number<TAB>name` line per category (numbered from 1 in file
  /// order), `%`, then `term<TAB>number<TAB>number…`.
  static func dic(_ lexicon: Lexicon, rollup: Bool = false) -> [UInt8] {
    var text = "%\n"
    for (number, category) in lexicon.categories.enumerated() { text += "\(number + 1)\t\(category.id)\n" }
    text += "%\n"
    for row in rows(lexicon, rollup: rollup) {
      text += row.term + row.memberships.map { "\t\($0.category + 1)" }.joined() + "\n"
    }
    return Array(text.utf8)
  }

  /// LIWC-22 style CSV: a `DicTerm` column, then one column per category holding `X` for
  /// weight 1, the weight otherwise, and nothing when the entry is not in the category.
  static func dicx(_ lexicon: Lexicon, rollup: Bool = false) -> [UInt8] {
    var table = CSVTable(header: ["DicTerm"] + lexicon.categories.map(\.id))
    for row in rows(lexicon, rollup: rollup) {
      var cells = [String](repeating: "", count: lexicon.categories.count)
      for membership in row.memberships {
        cells[membership.category] = membership.weight == 1 ? "X" : decimal(membership.weight)
      }
      table.rows.append([row.term] + cells)
    }
    return table.encoded()
  }

  /// `term<TAB>category[<TAB>weight]`, one line per entry and category.
  static func table(_ lexicon: Lexicon, rollup: Bool = false) -> [UInt8] {
    var text = ""
    for row in rows(lexicon, rollup: rollup) {
      for membership in row.memberships {
        text += "\(row.term)\t\(lexicon.categories[membership.category].id)"
        text += membership.weight == 1 ? "\n" : "\t\(decimal(membership.weight))\n"
      }
    }
    return Array(text.utf8)
  }

  /// A weight as a plain decimal: Swift's shortest form of the number, with any exponent
  /// written out (`1e-05` is `0.00001`), since xs:decimal and LIWC accept no exponents.
  static func decimal(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    let shortest = "\(value)"
    guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(shortest[shortest.index(after: e)...])
    else { return shortest }
    var mantissa = shortest[..<e]
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa = mantissa.dropFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
    var point = parts[0].count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: 1 - point) + digits
      point = 1
    }
    if point >= digits.count { digits += String(repeating: "0", count: point - digits.count) }
    var result = String(digits.prefix(point))
    var fraction = String(digits.dropFirst(point))
    while fraction.hasSuffix("0") { fraction.removeLast() }
    while result.count > 1, result.hasPrefix("0") { result.removeFirst() }
    if !fraction.isEmpty { result += "." + fraction }
    return (negative ? "-" : "") + result
  }

  /// One warning per kind of information `format` drops, with how many places it affects.
  static func losses(_ lexicon: Lexicon, format: LexiconFormat, rollup: Bool = false) -> [LexiconWarning] {
    var warnings: [LexiconWarning] = []
    func warn(_ message: String) { warnings.append(LexiconWarning(file: lexicon.path, message: message)) }
    let entries = lexicon.categories.flatMap(\.entries)
    let weighted = entries.filter { $0.weight != 1 }.count
    if format == .dic, weighted > 0 { warn("\(weighted) entr\(weighted == 1 ? "y has a weight" : "ies have weights") other than 1; .dic has no weights, so they are dropped") }
    let excluded = entries.filter { !$0.exclusions.isEmpty }.count
    if excluded > 0 { warn("\(excluded) entr\(excluded == 1 ? "y has" : "ies have") exclusions (unless); \(format.description) cannot hold them, so they are dropped") }
    let children = lexicon.categories.filter { $0.parent != nil }.map(\.id)
    if !children.isEmpty {
      if rollup {
        warn("\(format.description) has no category hierarchy; the entries of \(children.joined(separator: ", ")) are also written under their parents' codes (LIWC style), but which category is whose child is not recorded")
      } else {
        warn("\(format.description) has no category hierarchy and --no-rollup was given; the parents of \(children.joined(separator: ", ")) are dropped, so a parent holds only its own entries")
      }
    }
    for category in lexicon.categories where category.role != .content {
      warn("category '\(category.id)' is a \(category.role.rawValue) category; \(format.description) keeps it as an ordinary category")
    }
    let unnegated = lexicon.categories.filter { !$0.negation && $0.role == .content }.map(\.id)
    if !unnegated.isEmpty { warn("negation is off for \(unnegated.joined(separator: ", ")); \(format.description) cannot say so") }
    return warnings
  }
}
