import RapportIngest
import RapportSupport

/// Whether the lexicons seem to fit a session's language, judged by its share of function
/// words: in English conversation pronouns, articles, prepositions, auxiliaries, conjunctions
/// and the like make up about half of all words or more (the 33 sessions of Corpus/ have
/// 58–65% with the shipped lexicons). A session far below that is most likely in another
/// language, or its text is not running speech, and every rate in it measures little.
package enum LanguageFit {
  /// The code of the warning, in the session's `warnings`.
  package static let code = "lexicon-language"
  /// Below this percent of function words a session is flagged.
  static let threshold = 25.0
  /// Sessions shorter than this are not judged: a few words say little about a language.
  static let minimumWords = 100

  /// The warning for a session with `variables`, or nil when it fits, is too short to judge,
  /// or no function-word category is loaded.
  static func warning(_ variables: SummaryVariables) -> InputWarning? {
    guard variables.wc >= minimumWords, let share = variables.function, share < threshold else { return nil }
    let percent = Rounding.text((share * 10).rounded() / 10)
    return InputWarning(
      code: code,
      message: "only \(percent)% of the session's \(variables.wc) words are function words (English conversation has about 50%); the lexicons may not fit the session's language, so its rates may mean little. Check the transcript's language, and load lexicons written for it with --lexicon")
  }
}
