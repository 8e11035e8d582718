import RapportMeasure

extension PhraseBank {
  /// What a therapist says, by the act it performs.
  enum TherapistAct: CaseIterable {
    case reflection, openQuestion, closedQuestion, validation, collaboration, summary
  }

  static let reflections = [
    "It sounds like you felt really {feeling} when that happened.",
    "So part of you wanted to speak up, and part of you just wanted to disappear.",
    "You're carrying a lot of this on your own.",
    "It's been a heavy week, and you're {feeling} and worn down by it.",
    "You're noticing how quickly that old feeling comes back.",
    "So when {someone} says something like that, it lands somewhere very tender.",
    "You sound {feeling}, and also a bit tired of feeling this way.",
    "There's a real sense that you've had to hold it together for everyone.",
    "What I'm hearing is that it isn't the event itself, it's what it seems to say about you.",
    "You did something hard there, even if it doesn't feel like it.",
    "It's as if you're always waiting for the other shoe to drop.",
    "So the anger is there, and underneath it there's some hurt too.",
  ]

  static let openQuestions = [
    "What was that like for you?",
    "How did you make sense of it afterwards?",
    "What goes through your mind when you feel {feeling} like that?",
    "Can you tell me a bit more about what happened {time}?",
    "What do you notice in your body as you tell me this?",
    "How would you like things to be with {someone}?",
    "What made it possible to do that this time?",
    "What do you think you needed in that moment?",
    "How does it feel to say that out loud here?",
    "Where would you like to start today?",
    "What did you tell yourself about it?",
    "What would it mean if you let yourself rest?",
  ]

  static let closedQuestions = [
    "Did you tell {someone} how you felt?",
    "Is that something that happens a lot?",
    "Were you able to sleep at all?",
    "Have you felt like this before?",
    "Is it okay if we stay with this for a minute?",
    "Did the breathing help at all?",
    "Was anyone else there?",
    "Do you want to come back to that later?",
  ]

  static let validations = [
    "That makes a lot of sense, given everything you've been through.",
    "Anyone would find that hard.",
    "I really appreciate you telling me that. I know it isn't easy.",
    "It's completely understandable that you'd feel {feeling}.",
    "Thank you for trusting me with that.",
    "You're being very hard on yourself, and I don't think you deserve that.",
    "That took courage.",
    "It's okay to feel more than one thing at once.",
  ]

  static let collaborations = [
    "Maybe we could look at that together and see what's underneath it.",
    "Let's slow down a little and take this one piece at a time.",
    "What if we made that one of our goals, something we work on together over the next few weeks?",
    "Shall we try the grounding exercise together before we go on?",
    "I wonder if we could plan one small step for this week, something that feels manageable.",
    "We can go at whatever pace feels right for you.",
    "Let's keep a note of that and come back to it next time.",
  ]

  static let summaries = [
    "So if I've got this right, work has been relentless, things with {someone} are tense, and you've hardly had a moment for yourself.",
    "Let me check I'm following. The feeling comes before the thought, and by the time you notice it you're already {feeling}.",
    "We've covered a lot today. The pressure from {someone}, the sleep, and that voice that tells you you're not enough.",
  ]

  /// A client's complaint about therapy, and the therapist's answer that owns its part.
  static let ruptures = [
    "I don't really see how talking about this is helping, to be honest.",
    "You always bring it back to my childhood. It's not about my childhood.",
    "I feel like you're not really listening to me.",
    "I tried your exercise and it was useless.",
    "Sometimes it feels like you've already decided what my problem is.",
  ]

  static let repairs = [
    "You're right to tell me that, and I'm glad you did. I think I pushed too hard there.",
    "Thank you for saying that. I got that wrong, and I'd like to understand what would be more useful.",
    "I hear that it hasn't felt helpful. Can we look at what we're doing and change it together?",
    "That's fair. I'm sorry. Let's go back to what matters most to you today.",
  ]

  static let openings = [
    "Hi, {client}. Come in, have a seat. How has the week been?",
    "Good to see you, {client}. Where would you like to start today?",
    "Hello again. Last time we talked about {theme}. How have things been since?",
  ]

  static let closings = [
    "We're nearly at time. What are you taking away from today?",
    "Before we finish, shall we agree on one thing to try this week?",
    "Let's stop there for today. Same time next week?",
  ]

  static let clientClosings = [
    "Yeah. Thank you. That was helpful, actually.",
    "Same time next week. Thanks.",
    "I think I'll try the writing thing. See you next week.",
  ]

  /// Short answers: what a withdrawn client says.
  static let minimalAnswers = ["Yeah.", "I guess.", "Dunno.", "Fine.", "Maybe.", "Not really.", "Mm.", "It's okay."]
}
