extension TherapistActs {
  /// The word lists the act heuristics use, in normalized form (case-folded, ASCII
  /// apostrophes). Written for Rapport; listed in docs/indicators.md.
  enum Words {
    /// Question words that open an open question.
    static let wh: Set<String> = ["what", "how", "why", "where", "when", "who", "whom", "whose", "which"]
    /// Contracted question words (`what's`, `how's`).
    static let whContractions: Set<String> = [
      "what's", "how's", "why's", "where's", "when's", "who's", "what're", "how're", "where'd", "how'd", "what'd",
    ]
    /// Auxiliaries and modals that open a yes/no question.
    static let auxiliaries: Set<String> = [
      "do", "does", "did", "is", "are", "was", "were", "am", "can", "could", "would", "will", "should",
      "shall", "may", "might", "must", "have", "has", "had", "don't", "doesn't", "didn't", "isn't",
      "aren't", "wasn't", "weren't", "can't", "couldn't", "wouldn't", "won't", "shouldn't",
      "haven't", "hasn't", "hadn't", "is't",
    ]
    /// Verbs that make an auxiliary question open in function (`Can you tell me…?`).
    static let openVerbs: Set<String> = ["tell", "say", "describe", "talk", "explain", "walk", "share", "elaborate"]
    /// Stems that open an open question, with or without `?`.
    static let openStems: [[String]] = [
      ["tell", "me"], ["describe"], ["help", "me", "understand"], ["say", "more"], ["walk", "me", "through"],
      ["i'm", "curious"], ["i", "am", "curious"], ["i'd", "like", "to", "hear"], ["i'd", "love", "to", "hear"],
      ["talk", "to", "me", "about"], ["what", "about"], ["what's"], ["how's"], ["what're"], ["how'd"], ["what'd"],
    ]
    /// `I wonder …`: open when a wh-word follows, closed when `if` or `whether` does.
    static let wonderStems: [[String]] = [
      ["i", "wonder"], ["i'm", "wondering"], ["i", "was", "wondering"], ["i", "am", "wondering"],
    ]
    /// Phrases that mark a reflection wherever they stand in a sentence.
    static let reflectionStems: [[String]] = [
      ["it", "sounds"], ["that", "sounds"], ["sounds", "like"], ["sounds", "as", "if"], ["sounds", "as", "though"],
      ["so", "you"], ["so", "you're"], ["so", "you've"], ["so", "your"], ["you're", "saying"],
      ["you", "are", "saying"], ["what", "i", "hear"], ["what", "i'm", "hearing"], ["i'm", "hearing"],
      ["i", "hear", "that"], ["you", "feel"], ["you", "felt"], ["you're", "feeling"], ["you", "were", "feeling"],
      ["you've", "been", "feeling"], ["you", "seem"], ["you", "sound"], ["it", "seems"], ["seems", "like"],
      ["it", "looks", "like"], ["part", "of", "you"], ["on", "one", "hand"], ["on", "the", "other", "hand"],
      ["in", "other", "words"], ["if", "i", "understand"], ["if", "i'm", "understanding"],
      ["you're", "telling", "me"], ["you're", "describing"],
      ["must", "have"], ["must", "be"],
    ]
    /// Words after `sounds` that make it the therapist's appraisal (`sounds good`, `sounds
    /// like a plan`).
    static let appraisals: Set<String> = ["good", "great", "perfect", "fine", "okay", "ok", "plan", "idea", "fair", "right"]
    /// Second-person words.
    static let secondPerson: Set<String> = [
      "you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd", "yourselves",
    ]
    /// First-person words: a `So …` sentence with one is the therapist's own plan, not a summary.
    static let firstPerson: Set<String> = [
      "i", "i'm", "i've", "i'll", "i'd", "me", "my", "mine", "myself", "we", "we're", "we've", "we'll",
      "we'd", "us", "our", "ours", "let's", "let",
    ]
    /// Discourse markers skipped at the start of a clause before its opening is read.
    static let markers: Set<String> = [
      "and", "so", "okay", "ok", "well", "but", "now", "alright", "um", "uh", "oh", "hmm", "mm", "mhm",
      "yeah", "yes", "sure", "then", "also", "or",
    ]
    /// Pronouns of a tag question (`isn't it`, `is that right`).
    static let tagPronouns: Set<String> = ["it", "that", "this", "you", "i", "we", "they", "he", "she", "there"]
    /// Third words a tag question may end with.
    static let tagEndings: Set<String> = ["right", "true", "fair", "so", "not", "correct"]
    /// Clauses of one word that tag a statement (`…, right?`).
    static let oneWordTags: Set<String> = ["right", "yeah", "yes", "no", "okay", "ok", "correct", "true", "huh", "eh"]
    /// Words never counted as content words when turns are compared.
    static let stopWords: Set<String> = [
      "the", "and", "but", "for", "nor", "yet", "you", "your", "yours", "yourself", "she", "her", "hers",
      "him", "his", "they", "them", "their", "theirs", "its", "our", "ours", "myself", "himself", "herself",
      "themselves", "this", "that", "these", "those", "what", "which", "who", "whom", "whose", "when",
      "where", "why", "how", "are", "was", "were", "been", "being", "have", "has", "had", "having", "does",
      "did", "doing", "done", "will", "would", "could", "should", "can", "may", "might", "must", "shall",
      "not", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "only", "own",
      "same", "than", "too", "very", "just", "also", "even", "still", "really", "actually", "maybe",
      "probably", "about", "above", "after", "again", "against", "around", "because", "before", "below",
      "between", "down", "during", "from", "into", "like", "off", "out", "over", "then", "there", "here",
      "through", "under", "until", "upon", "with", "within", "without", "yeah", "yes", "okay", "right",
      "well", "now", "get", "got", "getting", "going", "gone", "went", "make", "made", "say", "said",
      "says", "tell", "told", "think", "thought", "know", "knew", "mean", "want", "wanted", "thing",
      "things", "something", "anything", "everything", "nothing", "someone", "anyone", "everyone",
      "kind", "sort", "lot", "bit", "way", "much", "many", "every", "another", "one", "two", "able",
      "sure", "guess", "feel", "felt", "feeling", "feels", "sounds", "sound", "seems", "seem", "hmm",
      "mhm", "uh", "um", "let", "lets", "come", "came", "see", "saw", "look", "put", "take", "took",
      "back", "still", "ever", "never", "always", "quite", "pretty", "whole", "part",
    ]
  }
}
