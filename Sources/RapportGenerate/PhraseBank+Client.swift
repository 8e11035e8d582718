extension PhraseBank {
  static let fearTheme = Theme(
    name: "fear",
    feelings: ["scared", "anxious", "on edge", "terrified", "panicky", "afraid"],
    client: [
      "My heart starts racing {place} and I'm convinced something terrible is about to happen.",
      "I keep thinking I'm going to be found out, that everyone will see I can't cope.",
      "{time} I had to walk out of a shop because I couldn't breathe properly.",
      "It's this tight feeling in my chest, like waiting for bad news that never comes.",
      "I checked the door four times before I could go to sleep.",
      "What if I freeze again? What if it happens in front of everyone?",
      "I've started avoiding the motorway completely, which makes everything take twice as long.",
      "Even {activity} I'm bracing for something, I can't switch it off.",
      "The dread sits in my stomach from the moment I wake up.",
      "I'm scared that if I stop worrying, that's exactly when it'll go wrong.",
      "{person} says I'm catastrophising, and maybe I am, but it feels completely real.",
      "I rehearse every conversation in my head three or four times before I have it.",
    ])

  static let shameTheme = Theme(
    name: "shame",
    feelings: ["ashamed", "embarrassed", "humiliated", "exposed", "small", "mortified"],
    client: [
      "I couldn't even look at {person} afterwards, I just wanted the floor to swallow me up.",
      "There's this voice that says I'm pathetic, that a normal person wouldn't struggle with this.",
      "I haven't told anyone I lost the job. I still leave the house at eight every morning.",
      "I felt so stupid {place}, like a child who'd been caught out.",
      "When {person} said, {quote} I just went red and stopped talking.",
      "I hide it. I'm very good at hiding it. Nobody would guess.",
      "It's not that I did something wrong, it's that I feel like I am something wrong.",
      "I keep replaying what happened {time}, what I said, how I must have looked.",
      "I'm embarrassed even saying this out loud to you.",
      "Part of me thinks I don't deserve to feel better.",
      "I apologise for everything, even when it's not my fault.",
      "If people knew what I was really like, they wouldn't want me around.",
    ])

  static let griefTheme = Theme(
    name: "grief",
    feelings: ["sad", "heartbroken", "lost", "empty", "numb", "grieving"],
    client: [
      "I still pick up my phone to ring her, and then I remember.",
      "Everyone else seems to have moved on and I'm still stuck.",
      "I found his jumper in the wardrobe and I just sat on the floor holding it.",
      "Some days I feel nothing at all, and that scares me more than the crying.",
      "{person} keeps telling me it gets easier. It hasn't yet.",
      "I keep thinking about the last conversation we had, and how ordinary it was.",
      "The house is so quiet now. I leave the radio on all day.",
      "I didn't get to say goodbye properly, and I don't know what to do with that.",
      "It comes in waves. I'll be fine {place} and then it hits me out of nowhere.",
      "I feel guilty when I laugh, like I'm forgetting her.",
      "Her birthday is next month and I'm dreading it.",
      "I miss the ordinary things most, the tea in the morning, the bad jokes.",
    ])

  static let boundariesTheme = Theme(
    name: "boundaries",
    feelings: ["torn", "resentful", "pulled in two", "guilty", "drained", "trapped"],
    client: [
      "{person} rang six times {time} and I didn't pick up, and then I felt awful.",
      "Every time I say no, there's this huge row, so mostly I just say yes.",
      "I told {person} I needed some space and she said, {quote}",
      "I want to be close to my family, I just don't want them running my life.",
      "I end up doing everyone's washing, everyone's lifts, everyone's problems.",
      "When I finally said I wasn't coming for Sunday lunch, it felt like a betrayal.",
      "I don't even know where my limits are until I've gone way past them.",
      "It's my money, but somehow I'm the one who has to justify how I spend it.",
      "I'd like to set a rule about the phone calls, but I already know how that'll go.",
      "She lets herself into the flat with the spare key whenever she likes.",
      "I feel selfish for wanting an evening to myself.",
      "Saying no feels dangerous, like the whole relationship might collapse.",
    ])

  static let trustTheme = Theme(
    name: "trust",
    feelings: ["wary", "betrayed", "guarded", "suspicious", "safe", "cautious"],
    client: [
      "I don't really trust anyone, if I'm honest. Not fully. Not even you, yet.",
      "After what happened with {person}, I stopped believing people when they say they'll stay.",
      "I keep waiting for the catch. There's always a catch.",
      "It took me three sessions to tell you my real job. That's how it is with me.",
      "When someone's kind to me I wonder what they want.",
      "I could rely on my grandmother. She was the one safe person.",
      "{person} read my messages {time} and I haven't been able to feel the same since.",
      "I want to let people in, I just don't know how to stop checking for the exit.",
      "Here feels safer than most places, which is strange to say.",
      "I trust what people do, not what they say.",
      "I told {friend} a secret once and the whole office knew by Monday.",
      "Maybe I can trust a little, in small doses, and see what happens.",
    ])

  static let angerTheme = Theme(
    name: "anger",
    feelings: ["angry", "furious", "frustrated", "wound up", "irritated", "livid"],
    client: [
      "I was so angry I had to go and sit in the car for twenty minutes.",
      "{person} just smirked, and I wanted to throw my phone across the room.",
      "I'm not an angry person. At least I didn't used to be.",
      "It builds and builds and then I snap at the kids over nothing.",
      "What makes me furious is that nobody ever says sorry in my family.",
      "I slammed the door {time} and then spent the whole evening feeling terrible.",
      "I'm sick of being the reasonable one.",
      "When {person} said, {quote} something in me just went cold and hard.",
      "I know shouting doesn't help. I know that. It still happens.",
      "Part of it is hurt, I think, but anger is easier to feel.",
      "I wrote an email and deleted it about ten times.",
      "I'm still annoyed about it now, telling you.",
    ])

  static let lonelinessTheme = Theme(
    name: "loneliness",
    feelings: ["lonely", "isolated", "invisible", "disconnected", "left out", "alone"],
    client: [
      "I can go the whole weekend without speaking to another person.",
      "Everyone I know seems to have a group, and I'm always just outside it.",
      "I moved here for the job and I haven't made a single real friend.",
      "I eat dinner {place} most nights, with the telly on for company.",
      "I cancel plans and then I'm lonely, and then I cancel more plans.",
      "{friend} invited me to a birthday thing and I said I was busy. I wasn't.",
      "Even in a room full of people I feel like I'm behind glass.",
      "I miss having someone who just knows how my day went without asking.",
      "My phone doesn't ring much anymore.",
      "I'd like to join something, a choir or a running club, but the first step is huge.",
      "I talk to the woman at the corner shop more than anyone else.",
      "Sometimes I think I've forgotten how to be around people.",
    ])

  static let workTheme = Theme(
    name: "work",
    feelings: ["overwhelmed", "stressed", "stretched thin", "undervalued", "exhausted", "burnt out"],
    client: [
      "I'm answering emails at midnight and I still feel behind.",
      "My manager moved the deadline again {time}, and I just said fine.",
      "I'm doing two people's jobs since the restructure.",
      "I lie awake making lists of everything I haven't done.",
      "{person} took credit for my report in the meeting and I didn't say a word.",
      "I used to love this job. Now I sit {place} before going in, just breathing.",
      "If I take a sick day I feel like a fraud.",
      "Everyone's stretched, so I can't complain, can I?",
      "I got a good review and I still felt like I'd scraped through.",
      "I've started dreading Sunday evenings because Monday is coming.",
      "I can't remember the last time I took a proper lunch break.",
      "I keep saying yes to extra projects because I'm scared of what happens if I don't.",
    ])

  static let cultureTheme = Theme(
    name: "culture",
    feelings: ["caught between two worlds", "judged", "misunderstood", "proud", "conflicted", "out of place"],
    client: [
      "In my family you don't talk about feelings, you just work harder.",
      "My parents gave up everything to come here, so how can I complain?",
      "At home I'm one person and at work I'm someone completely different.",
      "My grandmother would say therapy is for people with no family.",
      "{person} expects me to marry someone from our community, and soon.",
      "I code-switch all day and by the evening I'm exhausted.",
      "I'm proud of where I come from. I just don't fit the picture they have of me.",
      "At the wedding {time} every aunt asked when it would be my turn.",
      "Church was the centre of everything growing up, and I'm not sure I believe anymore.",
      "I feel guilty for wanting a life that looks different from theirs.",
      "People at work mispronounce my name and I've stopped correcting them.",
      "There isn't really a word for what I'm feeling in my first language.",
    ])

  static let hopeTheme = Theme(
    name: "hope",
    feelings: ["hopeful", "relieved", "lighter", "calmer", "encouraged", "proud of yourself"],
    client: [
      "Actually, I had a good week. I didn't expect to say that.",
      "I went to the party {time} and stayed for an hour. An actual hour.",
      "I said no to {person} and the world didn't end.",
      "I noticed the panic starting and I did the breathing, and it passed.",
      "I'm sleeping a bit better. Not perfectly, but better.",
      "I rang {friend} back and we talked for ages. It was lovely.",
      "I think I'm starting to believe it doesn't have to be like this forever.",
      "I laughed properly {time}, the kind where your stomach hurts.",
      "It feels like there's a bit more room in my chest.",
      "I wrote down three things that went okay every night, like we said.",
      "I'm not fixed, but I'm not where I was in January either.",
      "I booked a holiday. Just a weekend, but still.",
    ])
}
