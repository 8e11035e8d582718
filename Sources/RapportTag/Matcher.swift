import RapportLexicon
import RapportSupport
import RapportText

/// Lexicons compiled for matching: every entry turned into a sequence of normalized elements
/// (exact words or prefixes), indexed by its first element.
///
/// Matching rules (docs/lexicon-format.md):
/// - entries meet text in one normalized form (`TextNormalizer`);
/// - phrases match consecutive word tokens of one sentence (punctuation between is skipped);
/// - within a category the longest match at a position wins, then an exact entry over one
///   with a wildcard, then the higher weight, then the entry written first; tokens a hit
///   covers are not matched again by the same category;
/// - a token may count for several categories.
public struct Matcher: Sendable {
  /// A category as the matcher and the summaries see it.
  public struct Category: Sendable, Hashable {
    public var id: String
    public var label: String
    public var role: CategoryRole
    public var negation: Bool
    /// Index of the parent category, if any.
    public var parent: Int?
    /// Index of the lexicon the category comes from.
    public var lexicon: Int
  }

  /// A normalized word of an entry: exact, or a prefix from a trailing `*`.
  struct Element: Hashable, Sendable {
    var text: String
    var isPrefix: Bool
  }

  /// An entry ready to match.
  package struct Entry: Sendable {
    package var category: Int
    package var term: String
    package var weight: Double
    package var elements: [Int32]
    var hasWildcard: Bool
    /// Exclusion phrases, as element sequences.
    var exclusions: [[Int32]]
  }

  public let lexicons: [Lexicon]
  public let categories: [Category]
  package let entries: [Entry]
  let elements: [Element]
  let exactElements: [String: Int32]
  let prefixElements: [(prefix: String, element: Int32)]
  /// Entry indices by the index of their first element.
  let entriesByFirstElement: [[Int32]]
  /// `selfAndAncestors(i)` of each category, worked out once: it is read for every hit.
  private let ancestry: [[Int]]
  /// The same in one array, for loops over hits that should not retain an array per hit:
  /// category `i`'s are `ancestorList[ancestorStarts[i]..<ancestorStarts[i + 1]]`.
  package let ancestorStarts: [Int]
  package let ancestorList: [Int]
  /// Each entry's weight, in one array of numbers: read for every hit, where an entry's
  /// whole record spans most of a cache line.
  package let entryWeights: [Double]

  /// Compiles `lexicons`. Category ids must be unique across them.
  ///
  /// For each modifier role (negator, intensifier, hedge, clause boundary) that none of
  /// `lexicons` defines a category for, the built-in category of that role (the shipped
  /// Lexicons/modifiers.xml, compiled in) is added, and the built-in lexicon is listed in
  /// `lexicons` with path `(built-in)` so provenance shows it. `builtInModifiers: false`
  /// turns the fallback off.
  public init(lexicons given: [Lexicon], builtInModifiers: Bool = true) throws(RapportError) {
    var lexicons = given
    let definedRoles = Set(given.flatMap { $0.categories.map(\.role) })
    let missingRoles = BuiltInLexicons.modifierRoles.filter { !definedRoles.contains($0) }
    if builtInModifiers, !missingRoles.isEmpty {
      var builtIn = try BuiltInLexicons.modifiers()
      let takenIds = Set(given.flatMap { $0.categories.map(\.id) })
      builtIn.categories = builtIn.categories.filter { missingRoles.contains($0.role) }.map { category in
        var category = category
        // A user's content category may share a modifier's id; the built-in one gives way.
        if takenIds.contains(category.id) { category.id = "builtin." + category.id }
        return category
      }
      lexicons.append(builtIn)
    }
    let tokenizer = try Tokenizer()
    var categories: [Category] = []
    var categoryIndex: [String: Int] = [:]
    for (lexiconIndex, lexicon) in lexicons.enumerated() {
      for category in lexicon.categories {
        if let existing = categoryIndex[category.id] {
          let other = lexicons[categories[existing].lexicon]
          throw RapportError(
            .configuration, file: lexicon.path, line: category.line,
            problem: "category '\(category.id)' is also defined in \(other.path)",
            remedy: "Rename one of them, or load only one of the two lexicons")
        }
        categoryIndex[category.id] = categories.count
        categories.append(Category(
          id: category.id, label: category.label, role: category.role, negation: category.negation,
          parent: nil, lexicon: lexiconIndex))
      }
    }
    for lexicon in lexicons {
      for category in lexicon.categories {
        if let parent = category.parent { categories[categoryIndex[category.id]!].parent = categoryIndex[parent] }
      }
    }

    var elements: [Element] = []
    var elementIndex: [Element: Int32] = [:]
    func intern(_ element: Element) -> Int32 {
      if let index = elementIndex[element] { return index }
      let index = Int32(elements.count)
      elements.append(element)
      elementIndex[element] = index
      return index
    }
    func compile(_ term: String) throws(RapportError) -> [Int32] {
      try EntryPattern(term, tokenizer: tokenizer).words.map { intern(Element(text: $0.text, isPrefix: $0.isPrefix)) }
    }

    var entries: [Entry] = []
    for lexicon in lexicons {
      for category in lexicon.categories {
        for entry in category.entries {
          let compiled = try compile(entry.term)
          guard !compiled.isEmpty else { continue }
          entries.append(Entry(
            category: categoryIndex[category.id]!, term: entry.term, weight: entry.weight,
            elements: compiled, hasWildcard: compiled.contains { elements[Int($0)].isPrefix },
            exclusions: try entry.exclusions.map(compile).filter { !$0.isEmpty }))
        }
      }
    }

    var byFirst = [[Int32]](repeating: [], count: elements.count)
    for (index, entry) in entries.enumerated() { byFirst[Int(entry.elements[0])].append(Int32(index)) }

    self.lexicons = lexicons
    self.categories = categories
    self.entries = entries
    self.entryWeights = entries.map(\.weight)
    self.elements = elements
    self.exactElements = Dictionary(
      uniqueKeysWithValues: elements.indices.filter { !elements[$0].isPrefix }.map { (elements[$0].text, Int32($0)) })
    self.prefixElements = elements.indices.filter { elements[$0].isPrefix }
      .map { (elements[$0].text, Int32($0)) }.sorted { $0.prefix < $1.prefix }
    self.entriesByFirstElement = byFirst
    let ancestry = categories.indices.map { Self.chain(from: $0, in: categories) }
    self.ancestry = ancestry
    self.ancestorList = ancestry.flatMap { $0 }
    self.ancestorStarts = ancestry.reduce(into: [0]) { starts, chain in starts.append(starts.last! + chain.count) }
  }

  /// The elements a normalized word satisfies: its exact element and every prefix it starts
  /// with, sorted.
  package func elementsMatching(_ word: String) -> [Int32] {
    var found: [Int32] = []
    if let exact = exactElements[word] { found.append(exact) }
    for (prefix, element) in prefixElements where word.hasPrefix(prefix) { found.append(element) }
    return found.sorted()
  }

  /// Index of the category with id `id`.
  public func categoryIndex(_ id: String) -> Int? { categories.firstIndex { $0.id == id } }

  /// Indices of the category at `index` and its ancestors, nearest first.
  ///
  /// - Complexity: O(1).
  public func selfAndAncestors(_ index: Int) -> [Int] { ancestry[index] }

  private static func chain(from index: Int, in categories: [Category]) -> [Int] {
    var chain = [index]
    var next = categories[index].parent
    while let current = next, !chain.contains(current) {
      chain.append(current)
      next = categories[current].parent
    }
    return chain
  }
}
