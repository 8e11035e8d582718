/// The act rules' vocabulary (RapportMeasure's `TherapistActs`), kept in the Text stage so
/// `Vocabulary` can class each word once, when it is interned.
package enum ActVocabulary {
  /// The word lists the act rules use, in normalized form (case-folded, ASCII apostrophes).
  /// Written for Rapport from the MITI 4.2 code definitions and everyday clinical English;
  /// docs/indicators.md ("Therapist behaviour codes") describes how each list is used.
  package enum Words {
    /// Question words that open an open question.
    package static let wh: Set<String> = [
      "how", "what", "when", "where", "which", "who", "whom", "whose", "why",
    ]
    /// Contracted question words (`what's`, `how's`).
    package static let whContractions: Set<String> = [
      "how'd", "how're", "how's", "what'd", "what're", "what's", "when's", "where'd", "where's", "who's",
      "why's",
    ]
    /// Auxiliaries and modals that open a yes/no question.
    package static let auxiliaries: Set<String> = [
      "am", "are", "aren't", "can", "can't", "could", "couldn't", "did", "didn't", "do", "does", "doesn't",
      "don't", "had", "hadn't", "has", "hasn't", "have", "haven't", "is", "isn't", "may", "might", "must",
      "shall", "should", "shouldn't", "was", "wasn't", "were", "weren't", "will", "won't", "would",
      "wouldn't",
    ]
    /// Verbs that make an auxiliary question open in function (`Can you tell me…?`).
    package static let openVerbs: Set<String> = [
      "describe", "elaborate", "explain", "say", "share", "talk", "tell", "walk",
    ]
    /// Prepositions that may stand before a question word (`In what way…?`).
    package static let prepositions: Set<String> = [
      "about", "at", "by", "for", "from", "in", "of", "on", "to", "with",
    ]
    /// Words after `sounds` that make it the therapist's appraisal (`sounds good`, `sounds like a plan`).
    package static let appraisals: Set<String> = [
      "awesome", "excellent", "fair", "fine", "good", "great", "idea", "ok", "okay", "perfect", "plan",
      "right", "wonderful",
    ]
    /// Second-person words.
    package static let secondPerson: Set<String> = [
      "ya", "you", "you'd", "you'll", "you'r", "you're", "you've", "your", "yours", "yourself", "yourselves",
    ]
    /// First-person singular words: the therapist speaking of themself.
    package static let firstPersonSingular: Set<String> = [
      "i", "i'd", "i'll", "i'm", "i've", "me", "mine", "my", "myself",
    ]
    /// First-person plural words: the therapist's plan for the two of them.
    package static let firstPersonPlural: Set<String> = [
      "let's", "our", "ours", "us", "we", "we'd", "we'll", "we're", "we've",
    ]
    /// Discourse markers skipped at the start of a clause before its opening is read.
    package static let markers: Set<String> = [
      "all", "alright", "also", "and", "but", "good", "gosh", "great", "hey", "hi", "huh", "like", "mm-hmm",
      "now", "oh", "ok", "okay", "or", "right", "so", "sure", "then", "well", "wow", "yeah", "yes",
    ]
    /// Filled pauses, dropped before a turn is read (`uh`, `um`).
    package static let fillers: Set<String> = [
      "ah", "er", "erm", "hm", "hmm", "mhm", "mm", "uh", "uh-huh", "uhh", "um", "umm",
    ]
    /// Modals that make `you …` a statement of what will or should happen rather than a mirror.
    package static let modals: Set<String> = [
      "'ll", "can", "can't", "could", "couldn't", "may", "might", "must", "should", "shouldn't", "will",
      "won't", "would", "wouldn't",
    ]
    /// Pronouns of a tag question (`isn't it`, `is that right`).
    package static let tagPronouns: Set<String> = [
      "he", "i", "it", "she", "that", "there", "they", "this", "we", "you",
    ]
    /// Third words a tag question may end with.
    package static let tagEndings: Set<String> = [
      "correct", "fair", "not", "right", "so", "true",
    ]
    /// Clauses of one word that tag a statement (`…, right?`).
    package static let oneWordTags: Set<String> = [
      "correct", "eh", "huh", "no", "ok", "okay", "right", "true", "yeah", "yes",
    ]
    /// Verbs that open an imperative clause (`Take it with food`, `Just let your doctor know`):
    /// advice.
    package static let imperativeVerbs: Set<String> = [
      "avoid", "bring", "call", "check", "come", "cut", "drink", "eat", "give", "go", "keep", "let", "pick",
      "put", "read", "remember", "schedule", "see", "set", "smile", "start", "stay", "stop", "take", "think",
      "try", "use", "walk", "watch", "write",
    ]
    /// Words that make a clause conditional (`if you feel dizzy, …`): its reflection stems do
    /// not count.
    package static let conditionals: Set<String> = ["if", "when", "whenever", "unless", "once"]
    /// Words after `you'd` that make it a wish (`you'd like`), not a conditional.
    package static let preferences: Set<String> = ["like", "rather", "love", "prefer", "want"]
    /// Words between `you` and its verb that leave the verb to decide (`you just want`).
    package static let hedges: Set<String> = [
      "just", "really", "also", "still", "probably", "actually", "definitely", "certainly", "kind", "of", "sort",
      "maybe",
    ]
    /// Markers kept when they end a clause (`…, right`).
    package static let closingMarkers: Set<String> = ["right", "great", "good", "like", "all"]
    /// Clauses that only fill (`you know`, `I mean`, `kind of`): dropped whole, and dropped from
    /// the start of a clause when they open it (`you know`, `I mean`).
    package static let fillerClausePhrases: [String] = [
      "you know", "i mean", "like", "kind of", "sort of", "i guess", "you see", "i think",
    ]
    /// Phrases that mark a reflection wherever they stand (`it sounds like`, `so you`, `you feel`, `part of you`).
    package static let reflectionStemPhrases: [String] = [
      "it sounds", "that sounds like", "sounds like", "sounds as if", "so you", "so you're", "so you've",
      "so your", "you're saying", "what you're saying", "what you're telling me", "what you said", "you are saying", "what i hear", "what i'm hearing", "i'm hearing",
      "i hear that", "i hear you", "i can hear", "i get the feeling", "i get the sense", "i sense",
      "i imagine", "i can imagine", "i can see", "i can tell", "i bet", "you feel", "you felt",
      "you're feeling", "you were feeling", "you've been feeling", "you seem", "you sound", "it seems",
      "seems like", "seems that", "it looks like", "part of you", "on one hand", "on the other hand",
      "in other words", "if i understand", "if i'm understanding", "you're telling me", "you're describing", "i\'m guessing", "i guess you", "i notice", "i\'m noticing", "i hear someone", "so you\'d", "it\'s as if", "important to you", "matters to you", "means a lot to you", "it must be", "must have been", "must feel", "that must be",
      "you're wondering", "you're worried", "you're concerned", "you're not sure", "you're thinking",
      "you've been thinking", "you've noticed", "you've been", "you don't want",
      "you don't wanna", "you want", "you wanna", "you'd like", "you'd rather", "you would like",
      "you're really", "you know what you", "it's hard for you", "it's been hard",
      "you're kind of", "you're pretty", "you have a lot", "you're ready", "you're not ready",
      "you're afraid", "you're scared", "you're frustrated", "you're tired", "you're struggling",
    ]
    /// Phrases that make a reflection complex: metaphor, double-sided, feeling or meaning added (`part of you`, `on the other hand`, `it must be`).
    package static let complexStemPhrases: [String] = [
      "part of you", "on one hand", "on the other hand", "it's like", "it is like", "as if", "as though",
      "must be", "must have", "i imagine", "i get the sense",
      "i get the feeling", "you're wondering", "you're worried", "you're afraid", "you're scared",
      "you're torn", "and yet", "but at the same time", "at the same time", "even though", "what matters",
      "important to you", "matters to you", "you care", "you value",
    ]
    /// Advice and suggestion: modals of obligation with `you`, recommendations, `make sure`, `it's important`, `have you thought about`.
    package static let adviceCuePhrases: [String] = [
      "you should", "you shouldn't", "you need to", "you have to", "you've got to", "you must",
      "you ought to", "you'll need to", "you will need to", "you'll want to", "you want to make sure",
      "i want you to", "i'd like you to", "i would like you to", "i need you to", "i'd recommend",
      "i recommend", "i would recommend", "i'd suggest", "i suggest", "i would suggest", "my suggestion",
      "my advice", "my recommendation", "i'd encourage", "i encourage", "i would encourage", "i'd advise",
      "i advise", "make sure", "be sure to", "try to", "try not to", "don't forget", "remember to",
      "it's important", "it is important", "it's really important", "it's very important",
      "it would be good", "it would be best", "it'd be good", "it'd be best", "it might be a good idea",
      "it might be good", "it's a good idea", "the best thing", "the best way", "what would be best",
      "it would help", "it would really help", "you could try", "you might try", "you might want to",
      "you may want to", "one thing you could", "something you could", "why don't you", "how about you",
      "have you thought about", "have you considered", "have you tried", "consider", "the next step is",
    ]
    /// Permission asked or choice left open around advice (`would it be OK if I`, `if you want`, `see what you think`).
    package static let permissionCuePhrases: [String] = [
      "would it be okay if i", "would it be ok if i", "would it be all right if i", "is it okay if i",
      "is it ok if i", "can i share", "could i share", "may i share", "can i tell you", "may i tell you",
      "can i give you", "could i give you", "would you like to hear", "would you like me to",
      "would you mind if i", "do you mind if i", "if you're interested", "if you want", "if you like",
      "you may or may not", "this may or may not", "see what you think", "see if it fits", "it's up to you",
      "up to you", "your choice", "your decision",
    ]
    /// Giving information: the therapist's own statements, plans, explanations, facts about people, treatment and risk.
    package static let informationCuePhrases: [String] = [
      "research shows", "studies show", "research suggests", "studies have shown", "we know that",
      "what we know", "the research", "the evidence", "the guidelines", "the recommended", "recommended",
      "is associated with", "are associated with", "can cause", "can lead to", "can help", "can increase",
      "can reduce", "can affect", "increases the risk", "the risk of", "risk of", "side effect",
      "side effects", "a lot of people", "a lot of folks", "many people", "most people", "some people",
      "other people", "people who", "folks who", "patients who", "clients who", "the way it works",
      "what happens is", "it's called", "is called", "there are", "there is", "there's a", "the program",
      "the medication", "this medication", "the medicine", "per day", "a day", "a week", "per week",
      "percent", "times a day", "i'm going to", "i'll", "we'll", "we're going to", "we can", "let's",
      "let me", "i'm", "i was", "i've", "i have", "i work", "my name", "i wanted to", "i want to", "i would",
      "i think", "i believe", "i know", "i understand", "i see", "your doctor", "the doctor",
      "the nurse", "your results", "your test", "your blood", "your levels", "the test", "the results",
      "according to", "my job", "my role", "just so you know", "in the past", "i found", "is important", "are important", "is healthy", "is good for", "is bad for", "is great for", "one of the", "what that means", "which means", "that means", "the reason", "because it", "it helps",
      "it can", "it will", "it's going to", "it might", "it may", "they can", "they will",
    ]
    /// Affirmations of the client's strengths and efforts (`you've worked hard`, `that took courage`, `well done`).
    package static let affirmCuePhrases: [String] = [
      "good job", "great job", "well done", "nice job", "nice work", "good work", "you did a great",
      "you've done a great", "you did a good", "you've done a good", "you've worked", "you worked hard",
      "that took courage", "that takes courage", "it takes courage", "takes a lot of courage",
      "you should be proud", "be proud", "i'm proud", "i'm impressed", "impressive", "that's a big step",
      "that's a huge step", "that's a great step", "that's really great", "that's great that",
      "that's wonderful", "that's fantastic", "that's excellent", "that's awesome",       "you've been able to", "you were able to", "you managed", "you're someone who",
      "you're really good", "you really care", "you care a lot", "you obviously care",
      "i appreciate", "thanks for being", "thanks for sharing",
      "thanks for coming", "your strength", "your strengths", "a real strength", "you're a strong", "you're a hard worker", "determined", "resourceful", "courage",
      "brave", "hard work", "dedication", "you're doing great", "you're doing well", "doing a great job",
      "doing a good job", "you've come a long way", "a lot of progress", "so much progress", "i'm glad you", "glad you told me", "thank you for telling me", "thank you for sharing", "that took something",
    ]
    /// Seeking collaboration: asking for the client's ideas, offering to work together (`what do you think`, `how does that sound`).
    package static let collaborationCuePhrases: [String] = [
      "what do you think", "what are your thoughts", "what thoughts do you have", "how does that sound",
      "how would that be", "does that sound", "would that work", "what would you like",
      "where would you like", "where do you want", "where do you wanna", "what would you want",
      "what do you want to", "what do you wanna", "how would you like", "would you be willing",
      "are you willing", "would you be interested", "are you interested", "let's work", "we could work",
      "work together", "together", "figure it out", "figure out", "what ideas", "any ideas", "your ideas",
      "you're the expert", "what would work", "what might work", "how can i help", "what can i do",
      "how can we", "what could we",
    ]
    /// Emphasizing autonomy: the client's choice and control (`it's up to you`, `you're the expert`).
    package static let autonomyCuePhrases: [String] = [
      "up to you", "your choice", "your decision", "you decide", "you get to decide", "you can decide",
      "you choose", "whatever you decide", "it's your call", "your call", "you're the expert",
      "you know yourself", "you know best", "you're in charge", "in control", "you're the one who",
      "only you can", "no one can make you", "nobody can make you", "it's your life", "your life",
      "if you want to", "if you decide", "if and when", "when you're ready", "you don't have to",
      "you're free to", "free to", "you can choose", "it's entirely", "in your hands", "at your pace", "at your own pace", "your own pace",
    ]
    /// Confronting: arguing, warning, shaming or labelling (`you're in denial`, `that makes no sense`, `you have to stop`).
    package static let confrontCuePhrases: [String] = [
      "you're in denial", "in denial", "that makes no sense", "makes no sense", "you can't keep",
      "you're not listening", "do you understand how", "do you realize", "do you appreciate",
      "you're going to die", "you could die", "you'll die", "you're killing", "you're hurting",
      "you're putting", "you have a problem", "you're an alcoholic", "you're addicted", 
      
      "you should know", "that's not true", "that's not right", "that's not what", "you're wrong",
      "you're making excuses", "excuses", "you keep saying", "how many times", "i'm worried about you",
      "i'm concerned about", "i'm concerned that", "it's you that i'm worried", "it worries me",
      "concerns me", "i'm not sure you", "you're not taking", "irresponsible", "dangerous",
      "you don't realize",
    ]
    /// Apologies (`I'm sorry`, `my mistake`): `other` in a short sentence, as MITI codes them.
    package static let apologyPhrases: [String] = [
      "i'm sorry", "i am sorry", "sorry about that", "so sorry", "my mistake", "my bad", "my apologies",
      "i apologize", "i apologise", "that was my fault", "forgive me",
    ]
    /// Greetings, thanks and leave-takings: `other` in a short sentence.
    package static let greetingPhrases: [String] = [
      "hi", "hello", "good morning", "good afternoon", "nice to meet", "thank you", "thanks", "bye",
      "goodbye", "see you", "take care", "have a good", "have a great", "welcome", "my name is", "i'm dr",
      "come in", "have a seat",
    ]
    /// Stems that open an open question, with or without `?`.
    package static let openStemPhrases: [String] = [
      "tell me", "describe", "help me understand", "say more", "walk me through", "i'm curious",
      "i am curious", "i'd like to hear", "i'd love to hear", "talk to me about", "what about", "how about",
      "what's", "how's", "what're", "how'd", "what'd", "i'd like to know", "i'd like to ask", "i'd love to know",
      "i'm interested in", "i'd be interested to hear", "i'd be interested to know", "what i'm interested in",
      "what i'm curious about", "i'd like to understand",
    ]
    /// `I wonder …`: open when a wh-word follows, closed when `if` or `whether` does.
    package static let wonderStemPhrases: [String] = [
      "i wonder", "i'm wondering", "i was wondering", "i am wondering", "i wondered", "i guess i'm wondering",
    ]
    /// Feeling, wanting and valuing words: with `you` they make a reflection more likely, and one the client did not say makes it complex.
    package static let feelingWords: Set<String> = [
      "afraid", "alone", "ambivalent", "angry", "anxious", "ashamed", "care", "cares", "comfortable",
      "concern", "concerned", "concerns", "confidence", "confident", "conflicted", "confused", "difficult",
      "disappointed", "disappointment", "embarrassed", "excited", "exhausted", "fear", "fears", "feel",
      "feeling", "feels", "felt", "frustrated", "frustrating", "glad", "guilty", "happy", "hard", "hope",
      "hopeful", "hopeless", "hoping", "hurt", "important", "lonely", "mad", "matters", "motivated",
      "nervous", "overwhelmed", "pressure", "proud", "ready", "regret", "regretful", "relieved", "sad",
      "scared", "stress", "stressed", "struggle", "struggling", "stuck", "tired", "torn", "tough",
      "uncomfortable", "unsure", "upset", "value", "values", "want", "wants", "wish", "worried", "worries",
      "worry",
      "discouraged", "defeated", "rejected", "isolated", "trapped", "judged", "helpless", "powerless", "worthless",
      "annoyed", "irritated", "resentful", "jealous", "bored", "lost", "numb", "grateful", "determined", "encouraged",
    ]
    /// Words of a sentence that only facilitates (`mm-hmm`, `okay`, `I see`, `thank you`): a sentence of these alone is `other`.
    package static let facilitation: Set<String> = [
      "absolutely", "all", "alright", "awesome", "bye", "cool", "course", "definitely", "exactly",
      "excellent", "fantastic", "fine", "good", "goodbye", "gotcha", "great", "hello", "hi", "hmm", "huh",
      "i", "mhm", "mm", "mm-hmm", "nice", "no", "of", "oh", "ok", "okay", "perfect", "really", "right",
      "see", "so", "sure", "thank", "thanks", "totally", "true", "uh-huh", "well", "wow", "yeah", "yep",
      "yes", "you", "yup",
    ]
    /// Words never counted as content words when turns are compared.
    package static let stopWords: Set<String> = [
      "able", "about", "above", "actually", "after", "again", "against", "all", "also", "always", "and",
      "another", "any", "anyone", "anything", "are", "around", "back", "because", "been", "before", "being",
      "below", "between", "bit", "both", "but", "came", "can", "can't", "come", "could", "did", "didn't",
      "does", "doesn't", "doing", "don't", "done", "down", "during", "each", "even", "ever", "every",
      "everyone", "everything", "feel", "feeling", "feels", "felt", "few", "for", "from", "get", "getting",
      "going", "gone", "gonna", "got", "gotta", "guess", "had", "has", "have", "having", "he's", "her",
      "here", "hers", "herself", "him", "himself", "his", "hmm", "how", "i'm", "i've", "into", "isn't",
      "it's", "its", "just", "kind", "kinda", "knew", "know", "let", "lets", "like", "little", "look", "lot",
      "lots", "made", "make", "many", "may", "maybe", "mean", "mhm", "might", "more", "most", "much", "must",
      "myself", "never", "nor", "not", "nothing", "now", "off", "okay", "one", "only", "other", "our",
      "ours", "out", "over", "own", "part", "pretty", "probably", "put", "quite", "really", "right", "said",
      "same", "saw", "say", "says", "see", "seem", "seems", "shall", "she", "she's", "should", "some",
      "someone", "something", "sort", "sorta", "sound", "sounds", "still", "such", "sure", "take", "tell",
      "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's",
      "these", "they", "they're", "thing", "things", "think", "this", "those", "thought", "through", "told",
      "too", "took", "two", "under", "until", "upon", "very", "wanna", "want", "wanted", "was", "wasn't",
      "way", "we're", "well", "went", "were", "what", "what's", "when", "where", "which", "who", "whole",
      "whom", "whose", "why", "will", "with", "within", "without", "would", "yeah", "yes", "yet", "you",
      "you're", "you've", "your", "yours", "yourself",
    ]
    /// Openings of a general statement about the world (`it`, `there`, `people`): information when no `you` follows.
    package static let genericSubjects: Set<String> = [
      "a", "alcohol", "an", "because", "drinking", "each", "every", "if", "it", "it's", "many", "most",
      "one", "our", "people", "research", "smoking", "some", "studies", "that", "that's", "the", "there",
      "there's", "these", "they", "they're", "this", "those", "what", "when", "which",
    ]

    /// Every phrase the rules look for, as written: their words join the act word table.
    package static let phraseTexts: [[String]] = [
      reflectionStemPhrases, complexStemPhrases, adviceCuePhrases, permissionCuePhrases,
      informationCuePhrases, affirmCuePhrases, collaborationCuePhrases, autonomyCuePhrases,
      confrontCuePhrases, apologyPhrases, greetingPhrases, openStemPhrases, wonderStemPhrases,
      fillerClausePhrases,
    ]
    /// Each distinct word of the phrases.
    package static var phraseWords: Set<String> {
      Set(phraseTexts.joined().flatMap { $0.split(separator: " ").map(String.init) })
    }
  }
}
