import Foundation
import RapportIngest
import RapportLexicon
import RapportSupport
import RapportTag

/// Proposes new entries for a category from a corpus: words and two-word phrases that occur
/// more often near the category's hits and seed terms than elsewhere (docs/lexicon-validation.md,
/// "Suggestion scoring"). Offline; a person reviews every candidate.
///
/// Anchors are the hits of the category, of its descendants and of the seed terms. The context
/// is every word within `window` words of an anchor in the same turn; anchor words themselves
/// are left out of all counts. For each candidate, a = occurrences in context, b = elsewhere,
/// R = context words, N = all words; candidates are ranked by Dunning's log-likelihood G² of
/// that 2×2 table, keeping those more frequent in context than elsewhere, with a ≥ the minimum
/// count and in at least the minimum number of sessions.
public enum TermSuggester {
  /// The category id seed terms are compiled under.
  static let seedCategory = "(seeds)"

  /// Suggests entries for `category` of `lexicons` from the sessions `inputs`, with `seeds`
  /// (lexicon entry syntax) as extra anchors.
  public static func suggest(
    category: String, lexicons: [Lexicon], seeds: [String] = [], inputs: [BatchInput],
    options: SuggestionOptions = SuggestionOptions()
  ) throws(RapportError) -> SuggestionReport {
    var all = lexicons
    if !seeds.isEmpty {
      all.append(Lexicon(
        name: "(seeds)", version: "0",
        categories: [LexiconCategory(id: seedCategory, label: "Seed terms", entries: seeds.map { LexiconEntry(term: $0) })]))
    }
    let matcher = try Matcher(lexicons: all)
    guard let target = matcher.categoryIndex(category), matcher.categories[target].role == .content else {
      throw RapportError(
        .configuration, problem: "no content category '\(category)' in the loaded lexicons",
        remedy: "Use one of: \(matcher.categories.filter { $0.role == .content && $0.lexicon >= 0 && $0.id != seedCategory }.map(\.id).joined(separator: ", "))")
    }
    let anchorCategories = Set(matcher.categories.indices.filter {
      matcher.selfAndAncestors($0).contains(target) || matcher.categories[$0].id == seedCategory
    })
    let tagger = try Tagger(matcher: matcher, options: options.tag)
    var counter = SuggestionCounter(
      matcher: matcher, anchorCategories: anchorCategories, vocabulary: tagger.tokenizer.vocabulary)
    var failures: [RapportError] = []
    var sessions = 0
    var names = Set<String>()
    for input in inputs {
      let transcript: Transcript
      do throws(RapportError) {
        transcript = try TranscriptReader.read(path: input.path, options: options.ingest)
      } catch {
        failures.append(error)
        continue
      }
      let tagged: TaggedTranscript
      let renderer: KwicRenderer
      do throws(RapportError) {
        tagged = try tagger.tag(transcript)
        renderer = try KwicRenderer(
          tagged: tagged, session: input.session, tokenizer: tagger.tokenizer, window: options.sampleWindow,
          redact: options.redact, redactMatcher: matcher)
      } catch {
        failures.append(error)
        continue
      }
      counter.count(tagged, session: sessions, window: options.window, renderer: renderer)
      names.formUnion(renderer.nameWords)
      sessions += 1
    }
    return SuggestionReport(
      category: category, label: matcher.categories[target].label, seeds: seeds, anchors: counter.anchors,
      sessions: sessions, corpusWords: counter.words, contextWords: counter.contextWords,
      options: options.recorded, suggestions: counter.ranked(options: options, excluding: names),
      failures: failures.map(\.description))
  }

  /// Dunning's log-likelihood ratio for a 2×2 table: 2 Σ O·ln(O/E), with 0·ln 0 = 0.
  ///
  /// - Parameters: a, b: the candidate in and outside the context; c, d: other words in and
  ///   outside the context.
  public static func logLikelihood(a: Double, b: Double, c: Double, d: Double) -> Double {
    let n = a + b + c + d
    guard n > 0 else { return 0 }
    func term(_ observed: Double, _ row: Double, _ column: Double) -> Double {
      let expected = row * column / n
      return observed > 0 && expected > 0 ? observed * log(observed / expected) : 0
    }
    return 2 * (term(a, a + b, a + c) + term(b, a + b, b + d) + term(c, c + d, a + c) + term(d, c + d, b + d))
  }
}
