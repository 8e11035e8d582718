/// Words and sentence templates for synthetic sessions, written for Rapport. A template holds
/// slots in braces (`{person}`, `{time}`, `{quote}`) that `SessionComposer` fills from the
/// lists here and from the session's cast.
///
/// The text is for scale and speed tests: it reads like therapy talk so that tokenizing,
/// matching and tagging do realistic work, but it is stitched from templates and carries no
/// clinical meaning.
enum PhraseBank {
  /// First names, many with accents or letters outside ASCII, so names exercise Unicode paths.
  static let firstNames = [
    "José", "Zoë", "Siobhán", "Łukasz", "Renée", "Thảo", "Björn", "Chloé", "Ayşe", "Søren", "Mónica",
    "François", "Małgorzata", "Inés", "Tomás", "Anaïs", "Jürgen", "Noémie", "Oisín", "Çağla", "Dagný",
    "Émilie", "Raúl", "Zsófia", "Ngozi", "Aroha", "Hélène", "Dvořák", "Ilse", "Maëlle", "Nikolaï",
    "Sinéad", "Andrés", "Kalinda", "Yusuf", "Priyanka", "Mateo", "Ingrid", "Amara", "Kofi",
  ]

  /// Family names for therapists' titles.
  static let surnames = [
    "Nguyễn", "Fernández", "Ó Briain", "Kowalczyk", "Lindqvist", "Okonkwo", "Müller", "Haddad",
    "Castaño", "Petrović", "Nakamura", "Øverby", "Da Silva", "Mbeki", "Halvorsen", "Zúñiga",
  ]

  /// People a client talks about; `{name}` becomes a cast member.
  static let people = [
    "my mum", "my dad", "my sister", "my brother", "my partner", "my manager", "my flatmate",
    "my best friend", "my aunt", "my grandmother", "{sibling}", "{partner}", "{friend}", "my boss",
    "my ex", "my son", "my daughter", "my stepdad", "a colleague", "my cousin",
  ]

  /// People a therapist names back to the client.
  static let others = [
    "your mum", "your dad", "your partner", "your manager", "your sister", "your brother", "{sibling}",
    "{partner}", "{friend}", "your family",
  ]

  static let times = [
    "last Tuesday", "on Sunday night", "over the weekend", "this morning", "at three in the morning",
    "the day before yesterday", "at Christmas", "after the funeral", "on my birthday", "on Friday",
    "a couple of weeks ago", "last night", "in the middle of a meeting", "on the drive home",
  ]

  static let places = [
    "at work", "in the car", "at my parents' house", "on the bus", "in the kitchen", "at the supermarket",
    "in the office", "at the school gates", "at the gym", "in bed", "at the dinner table", "on the phone",
  ]

  static let activities = [
    "cooking dinner", "answering emails", "walking the dog", "scrolling on my phone", "tidying the flat",
    "lying awake", "driving to work", "folding laundry", "sitting in the car park", "making a cup of tea",
  ]

  /// Things people in a client's life said, for curly-quoted speech.
  static let quotes = [
    "You're overreacting again.", "We don't talk about that in this family.", "Why can't you just relax?",
    "I'm proud of you, you know.", "You always make everything about you.", "Are you sure you're okay?",
    "Nobody asked for your opinion.", "Take all the time you need.", "You'll never change.",
    "I didn't mean it like that.", "Just get on with it.", "I miss you.",
  ]

  /// Transcription marks, with how often each is used relative to the others.
  static let marks = [
    "[laughs]", "[laughs]", "<pause>", "<pause>", "(inaudible)", "[sighs]", "[crosstalk]",
    "(long pause)", "[both laugh]", "(tearful)",
  ]

  /// Words that lead into a client's sentence.
  static let openers = ["And", "But", "The thing is,", "To be honest,", "I think", "And then", "Anyway,", "Because"]

  /// Words a client starts a thought with.
  static let fillers = ["Um,", "I mean,", "You know,", "Honestly,", "Yeah.", "Mm.", "So,", "Like,", "I don't know,", "Okay."]

  /// The themes a session moves through, with what a client says about each.
  static let themes: [Theme] = [
    fearTheme, shameTheme, griefTheme, boundariesTheme, trustTheme, angerTheme, lonelinessTheme,
    workTheme, cultureTheme, hopeTheme,
  ]

  /// One topic of a session: feeling words for reflections and a client's sentences about it.
  struct Theme: Sendable {
    var name: String
    var feelings: [String]
    var client: [String]
  }
}
