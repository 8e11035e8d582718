import RapportIngest
import RapportLexicon
import RapportSupport
import RapportTag

/// What `rapport kwic` looks for: a pattern in lexicon entry syntax, or a category's hits.
public enum ConcordanceTarget: Sendable, Hashable {
  /// A word, a trailing-`*` prefix, or a phrase whose words may carry `*` (`walk* on eggshells`).
  case pattern(String)
  /// The hits of a category of the loaded lexicons and of its descendants.
  case category(String)

  /// Reads `category:ID` as a category and anything else as a pattern.
  public init(_ argument: String) {
    if argument.hasPrefix("category:") {
      self = .category(String(argument.dropFirst("category:".count)))
    } else {
      self = .pattern(argument)
    }
  }
}

/// Options for a concordance.
public struct ConcordanceOptions: Sendable {
  public var ingest: IngestOptions
  public var tag: TagOptions
  /// Words on each side of a match.
  public var window: Int
  /// Only turns of this role.
  public var speaker: Role?
  /// Lines kept; further matches are only counted.
  public var limit: Int
  public var redact: Bool

  public init(
    ingest: IngestOptions = IngestOptions(), tag: TagOptions = TagOptions(), window: Int = 5,
    speaker: Role? = nil, limit: Int = 100, redact: Bool = false
  ) {
    self.ingest = ingest
    self.tag = tag
    self.window = window
    self.speaker = speaker
    self.limit = limit
    self.redact = redact
  }
}

/// The lines a concordance found.
public struct ConcordanceResult: Sendable {
  /// Up to `limit` lines in corpus order.
  public var lines: [KwicLine]
  /// Every match, shown or not.
  public var matches: Int
  /// Inputs that could not be read.
  public var failures: [RapportError]
}

/// Keyword-in-context search over transcripts (`rapport kwic`).
public enum ConcordanceSearch {
  /// The category id a pattern is compiled under.
  static let patternCategory = "(pattern)"

  /// Finds `target` in the sessions `inputs`. Patterns are matched with the same
  /// normalization and matching rules as lexicon entries; the modifier categories of
  /// `lexicons` mark matches negated. A `.category` target needs the lexicons that define it.
  public static func search(
    _ target: ConcordanceTarget, lexicons: [Lexicon], inputs: [BatchInput], options: ConcordanceOptions
  ) throws(RapportError) -> ConcordanceResult {
    let matcher = try matcher(for: target, lexicons: lexicons)
    let wanted: Int
    switch target {
    case .pattern: wanted = matcher.categoryIndex(patternCategory)!
    case .category(let id): wanted = matcher.categoryIndex(id)!
    }
    let tagger = try Tagger(matcher: matcher, options: options.tag)
    // Redaction takes the lexicons' words for ordinary words, not names.
    var known = matcher
    if options.redact, case .pattern = target, !lexicons.isEmpty { known = try Matcher(lexicons: lexicons) }
    var result = ConcordanceResult(lines: [], matches: 0, failures: [])
    for input in inputs {
      let transcript: Transcript
      do throws(RapportError) {
        transcript = try TranscriptReader.read(path: input.path, options: options.ingest)
      } catch {
        result.failures.append(error)
        continue
      }
      let tagged: TaggedTranscript
      let renderer: KwicRenderer
      do throws(RapportError) {
        tagged = try tagger.tag(transcript)
        renderer = try KwicRenderer(
        tagged: tagged, session: input.session, tokenizer: tagger.tokenizer, window: options.window,
        redact: options.redact, redactMatcher: known)
      } catch {
        result.failures.append(error)
        continue
      }
      // Children of one category may match the same tokens; show each stretch once.
      var seen = Set<[Int32]>()
      for hit in tagged.hits where matcher.selfAndAncestors(Int(hit.category)).contains(wanted) {
        let role = transcript.speakers[transcript.turns[Int(hit.turn)].speaker].role
        guard options.speaker.map({ $0 == role }) ?? true,
          seen.insert([hit.turn, hit.firstToken, hit.lastToken]).inserted
        else { continue }
        result.matches += 1
        if result.lines.count < options.limit {
          result.lines.append(renderer.line(
            turn: Int(hit.turn), first: Int(hit.firstToken), last: Int(hit.lastToken), negated: hit.negated))
        }
      }
    }
    return result
  }

  /// The matcher for a target: the pattern as the only content category beside the lexicons'
  /// modifiers, or the lexicons themselves for a category.
  static func matcher(for target: ConcordanceTarget, lexicons: [Lexicon]) throws(RapportError) -> Matcher {
    switch target {
    case .category(let id):
      let matcher = try Matcher(lexicons: lexicons)
      guard let index = matcher.categoryIndex(id), matcher.categories[index].role == .content else {
        let ids = matcher.categories.filter { $0.role == .content }.map(\.id)
        throw RapportError(
          .configuration, problem: "no content category '\(id)' in the loaded lexicons",
          remedy: ids.isEmpty
            ? "Name the lexicon that defines it with --lexicon"
            : "Use one of: \(ids.joined(separator: ", ")), or name another lexicon with --lexicon")
      }
      return matcher
    case .pattern(let pattern):
      var modifiers = lexicons.map { lexicon in
        var copy = lexicon
        copy.categories = lexicon.categories.filter { $0.role != .content }
        return copy
      }.filter { !$0.categories.isEmpty }
      modifiers.append(Lexicon(
        name: "(kwic)", version: "0",
        categories: [LexiconCategory(id: patternCategory, label: pattern, entries: [LexiconEntry(term: pattern)])]))
      let matcher = try Matcher(lexicons: modifiers)
      let index = matcher.categoryIndex(patternCategory)!
      guard matcher.entries.contains(where: { $0.category == index }) else {
        throw RapportError(
          .configuration, problem: "the pattern '\(pattern)' has no words to match",
          remedy: "Give a word, a prefix ending in * (worr*), or a phrase (walk* on eggshells)")
      }
      return matcher
    }
  }
}
