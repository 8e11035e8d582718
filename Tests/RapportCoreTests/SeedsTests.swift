import Testing
@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// seeds/themes.xml against the shipped lexicons: every theme has a category, and that
/// category (or one below it) matches every seed term whole, through the real tagger.
@Suite("Theme seeds")
struct SeedsTests {
  static let themes: [ThemeSeed] = (try? ThemeSeeds.load(path: TestSupport.root + "/seeds/themes.xml")) ?? []

  /// Compiled once: every shipped lexicon together, as `rapport analyze` loads them.
  static let shipped: Result<Matcher, RapportError> = Result { () throws(RapportError) in
    try Matcher(lexicons: LexiconTestKit.shippedLexiconPaths.map { path throws(RapportError) in try LexiconLoader.load(path: path) })
  }

  @Test func theSeedsFileLoadsWithEveryThemeTheIssueNames() throws {
    let themes = try ThemeSeeds.load(path: TestSupport.root + "/seeds/themes.xml")
    #expect(themes.map(\.id) == [
      "fear", "shame", "guilt", "sadness", "anger", "loneliness", "hope", "joy",
      "trust", "boundaries", "connection", "disconnection", "authenticity", "past_relationships",
      "social_context", "power_struggle", "avoidance", "safety",
      "empathy", "collaboration", "goals", "tasks", "repair", "withdrawal", "confrontation",
    ])
    #expect(themes.allSatisfy { (5...15).contains($0.seeds.count) && !$0.definition.isEmpty })
  }

  @Test(arguments: themes)
  func everySeedIsMatchedWholeByItsThemesCategory(_ theme: ThemeSeed) throws {
    let matcher = try Self.shipped.get()
    let categories = matcher.categories.indices.filter { index in
      let category = matcher.lexicons[matcher.categories[index].lexicon].categories.first { $0.id == matcher.categories[index].id }
      return category?.seed == theme.id || (category?.seed == nil && matcher.categories[index].id == theme.id)
    }
    try #require(!categories.isEmpty, "no lexicon category has seed=\"\(theme.id)\" or id \"\(theme.id)\"")
    let tagger = try Tagger(matcher: matcher)
    for seed in theme.seeds {
      let tokens = try tagger.tokenizer.tokenize(seed.term)
      let words = tokens.indices.filter { tokens[$0].kind.isWord }
      let hits = tagger.tag(tokens, turn: 0)
      let covered = hits.contains { hit in
        hit.firstToken == Int32(words.first!) && hit.lastToken == Int32(words.last!)
          && categories.contains { matcher.selfAndAncestors(Int(hit.category)).contains($0) }
      }
      #expect(covered, "seeds/themes.xml:\(seed.line): seed '\(seed.term)' of theme '\(theme.id)' is not matched whole by its category")
    }
  }

  @Test func everyShippedContentCategoryPointsToATheme() throws {
    let ids = Set(try ThemeSeeds.load(path: TestSupport.root + "/seeds/themes.xml").map(\.id))
    for path in LexiconTestKit.shippedLexiconPaths where !path.hasSuffix("function-words.xml") && !path.hasSuffix("modifiers.xml") {
      let lexicon = try LexiconLoader.load(path: path)
      for category in lexicon.categories where category.seed != nil {
        #expect(ids.contains(category.seed!), "\(path): category '\(category.id)' names unknown theme '\(category.seed!)'")
      }
    }
  }
}

extension ThemeSeed: CustomTestStringConvertible {
  public var testDescription: String { id }
}
