extension Lexicon {
  /// A plain-text description for `rapport lexicon info`: the lexicon's name and size, then
  /// one line per category (children indented under their parents) with its entry count,
  /// the entries of its descendants, its role when not content, and its label.
  public func infoText() -> String {
    let children = Dictionary(grouping: categories.indices.filter { categories[$0].parent != nil }) {
      categories[$0].parent!
    }
    let ids = Set(categories.map(\.id))
    var rows: [(name: String, own: Int, total: Int, role: String, label: String)] = []
    func visit(_ index: Int, depth: Int, path: Set<String>) -> Int {
      let category = categories[index]
      let row = rows.count
      rows.append((String(repeating: "  ", count: depth) + category.id, category.entries.count, 0,
                   category.role == .content ? "" : category.role.rawValue, category.label))
      var total = category.entries.count
      for child in children[category.id] ?? [] where !path.contains(categories[child].id) {
        total += visit(child, depth: depth + 1, path: path.union([categories[child].id]))
      }
      rows[row].total = total
      return total
    }
    // Roots are categories without a parent, or whose parent is missing (lint reports it).
    for index in categories.indices where categories[index].parent.map({ !ids.contains($0) }) ?? true {
      _ = visit(index, depth: 0, path: [categories[index].id])
    }
    let entryCount = categories.reduce(0) { $0 + $1.entries.count }
    var text = "\(name) \(version) (\(language)\(license.map { ", " + $0 } ?? "")): "
    text += "\(categories.count) categor\(categories.count == 1 ? "y" : "ies"), \(entryCount) entr\(entryCount == 1 ? "y" : "ies")\n"
    let header = (name: "category", own: "entries", total: "with children", role: "role", label: "label")
    let nameWidth = max(header.name.count, rows.map(\.name.count).max() ?? 0)
    let roleWidth = max(header.role.count, rows.map(\.role.count).max() ?? 0)
    func pad(_ value: String, _ width: Int, right: Bool = false) -> String {
      let fill = String(repeating: " ", count: max(0, width - value.count))
      return right ? fill + value : value + fill
    }
    text += "\(pad(header.name, nameWidth))  \(header.own)  \(header.total)  \(pad(header.role, roleWidth))  \(header.label)\n"
    for row in rows {
      text += pad(row.name, nameWidth) + "  " + pad(String(row.own), header.own.count, right: true) + "  "
      text += pad(row.total == row.own ? "" : String(row.total), header.total.count, right: true) + "  "
      text += pad(row.role, roleWidth) + "  " + row.label + "\n"
    }
    return text
  }
}
