import Foundation
import Testing

/// `scripts/validity.sh` end to end on data of ours in the public data sets' shapes (an
/// AnnoMI-style CSV and a GoEmotions-style split), so the conversion and the table cannot
/// silently break. The figures themselves depend on the rules; these tests check that every
/// measure is there, counted over the right number of items, and that bad files are named.
@Suite struct ValidityScriptTests {
  static let therapist: [String: [String]] = [
    "question": [
      "What would you like to talk about today?", "How has the week been for you?",
      "Do you want to keep a diary of it?", "When did you first notice the cravings?",
      "Can you tell me more about your evenings?", "Have you talked to your sister about it?",
    ],
    "reflection": [
      "So you're feeling torn between the two.", "It sounds like the evenings are the hardest part.",
      "You want things to be calmer at home.", "You're worried about what the doctor said.",
      "Part of you wants to stop and part of you doesn't.", "You've been carrying this on your own.",
    ],
    "therapist_input": [
      "Many people find that a short walk helps with the urge.", "The clinic runs a group on Tuesday evenings.",
      "I'd suggest writing down the times you smoke.", "Research shows that cutting down slowly can work.",
      "You should talk to your doctor before changing the dose.", "There is a helpline that is open at night.",
    ],
    "other": ["Okay.", "Mm-hmm.", "Thank you for coming in.", "Hi, nice to see you.", "Alright.", "Sure."],
  ]
  static let client: [String: [String]] = [
    "change": [
      "I really want to cut down.", "I think I could try that this week.", "I need to stop before it gets worse.",
      "I'm ready to make a change.",
    ],
    "sustain": [
      "I don't see why I should stop.", "It helps me relax, honestly.", "I'm not going to quit.",
      "Everyone I know does it.",
    ],
    "neutral": ["It was fine.", "I work at the bakery.", "My sister lives nearby.", "Yes, that's right."],
  ]
  static let behaviours = ["question", "reflection", "therapist_input", "other"]
  static let talk = ["change", "sustain", "neutral"]

  /// Six sessions of twelve exchanges in AnnoMI's column layout (three high, three low quality),
  /// and how many therapist utterances carry each behaviour.
  static func annomiShaped() -> (csv: String, behaviourCounts: [String: Int]) {
    var lines = ["mi_quality,transcript_id,video_title,video_url,topic,utterance_id,interlocutor,timestamp,"
      + "utterance_text,main_therapist_behaviour,client_talk_type"]
    var counts: [String: Int] = [:]
    for session in 0..<6 {
      var utterance = 0
      for exchange in 0..<12 {
        let behaviour = behaviours[(exchange + session) % behaviours.count]
        let text = therapist[behaviour]![(exchange / 4 + session) % 6]
        counts[behaviour, default: 0] += 1
        lines.append("\(session < 3 ? "high" : "low"),\(session),demo,,smoking,\(utterance),therapist,00:00:00,"
          + "\"\(text)\",\(behaviour),n/a")
        utterance += 1
        let kind = talk[(exchange + 2 * session) % talk.count]
        lines.append("\(session < 3 ? "high" : "low"),\(session),demo,,smoking,\(utterance),client,00:00:00,"
          + "\"\(client[kind]![(exchange + session) % 4])\",n/a,\(kind)")
        utterance += 1
      }
    }
    return (lines.joined(separator: "\n") + "\n", counts)
  }

  static let labelNames = ["anger", "annoyance", "embarrassment", "fear", "grief", "joy", "nervousness", "neutral",
                           "remorse", "sadness"]
  static let comments: [(String, [Int])] = [
    ("I'm so scared of the dentist tomorrow", [3]), ("This makes me furious, honestly", [0]),
    ("What a lovely sunny morning", [5]), ("I feel so nervous about the interview", [6]),
    ("The bus was late again, so annoying", [1]), ("I was mortified when I tripped on stage", [2]),
    ("I really regret what I said to her", [8]), ("I miss my grandmother every day, it hurts", [4, 9]),
    ("The meeting is at three", [7]), ("I'm terrified and sad at the same time", [3, 9]),
    ("Nothing special happened today", [7]), ("I'm angry that nobody called me back", [0]),
  ]

  /// Runs the script with `arguments` from the package root.
  static func script(_ arguments: [String]) throws -> TestSupport.Run {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["bash", TestSupport.root + "/scripts/validity.sh", "--rapport", TestSupport.executable] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: TestSupport.root)
    let outPath = folder + "/stdout"
    let errPath = folder + "/stderr"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    process.standardOutput = FileHandle(forWritingAtPath: outPath)
    process.standardError = FileHandle(forWritingAtPath: errPath)
    try process.run()
    process.waitUntilExit()
    return TestSupport.Run(
      status: process.terminationStatus,
      stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
      stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
  }

  /// Writes the two fixtures into `folder`; returns their paths.
  static func writeFixtures(in folder: String) throws -> (annomi: String, tsv: String, emotions: String) {
    let annomi = folder + "/AnnoMI-simple.csv"
    try annomiShaped().csv.write(toFile: annomi, atomically: true, encoding: .utf8)
    let tsv = folder + "/test.tsv"
    let rows = comments.enumerated().map { "\($1.0)\t\($1.1.map(String.init).joined(separator: ","))\tc\($0)" }
    try (rows.joined(separator: "\n") + "\n").write(toFile: tsv, atomically: true, encoding: .utf8)
    let emotions = folder + "/emotions.txt"
    try (labelNames.joined(separator: "\n") + "\n").write(toFile: emotions, atomically: true, encoding: .utf8)
    return (annomi, tsv, emotions)
  }

  @Test func writesEveryMeasureOverTheRightItems() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (annomi, tsv, emotions) = try Self.writeFixtures(in: folder)
    let run = try Self.script([
      "--out", folder + "/report", "--folds", "3", "--annomi", annomi, "--goemotions", tsv, "--emotions", emotions,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/report/validity.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let measures = try #require(json["measures"] as? [[String: Any]])
    func row(_ measure: String) -> [String: Any]? { measures.first { $0["measure"] as? String == measure } }

    let counts = Self.annomiShaped().behaviourCounts
    #expect(row("therapist question (rules)")?["n"] as? Int == counts["question"])
    #expect(row("therapist reflection (rules)")?["n"] as? Int == counts["reflection"])
    #expect(row("therapist input (rules)")?["n"] as? Int == counts["therapist_input"])
    #expect(row("therapist acts, 4 groups (rules)")?["n"] as? Int == 72)
    let f1 = try #require(row("therapist question (rules)")?["f1"] as? Double)
    #expect(f1 > 0 && f1 <= 1)
    #expect(row("R:Q separates high- from low-quality MI (AUC)")?["n"] as? Int == 6)
    #expect(row("R:Q follows the coders' R:Q (rules)") != nil)
    // The trained coders, cross-validated by session over the same turns.
    #expect(row("therapist codes, macro F1 (trained, 3-fold by session)")?["n"] as? Int == 72)
    #expect(row("client codes, macro F1 (trained, 3-fold by session)")?["n"] as? Int == 72)
    #expect(row("therapist question (trained, 3-fold by session)")?["n"] as? Int == counts["question"])
    #expect(row("emotions, macro F1 (lexicon)")?["n"] as? Int == Self.comments.count)
    // Fear is labelled on three comments (one of them through `nervousness`).
    #expect(row("emotion fear (lexicon)")?["n"] as? Int == 3)
    let fear = try #require(row("emotion fear (lexicon)")?["recall"] as? Double)
    #expect(fear > 0)
    let table = try String(contentsOfFile: folder + "/report/validity.md", encoding: .utf8)
    #expect(table.contains("| therapist question (rules) | AnnoMI (AnnoMI-simple.csv) | \(counts["question"]!) |"))
    #expect(table.contains("rapport acts evaluate"))
    #expect(table.contains("rapport lexicon validate"))
  }

  @Test func aFileInTheWrongShapeIsNamedWithItsLine() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (_, _, emotions) = try Self.writeFixtures(in: folder)
    let noText = folder + "/no-text.csv"
    try "transcript_id,utterance_id,interlocutor\n0,0,therapist\n".write(toFile: noText, atomically: true, encoding: .utf8)
    let missing = try Self.script(["--out", folder + "/a", "--annomi", noText])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no-text.csv:1:") && missing.stderr.contains("utterance_text"))

    let badTSV = folder + "/bad.tsv"
    try "first comment\t3\tc0\nsecond comment has no ids\n".write(toFile: badTSV, atomically: true, encoding: .utf8)
    let bad = try Self.script(["--out", folder + "/b", "--goemotions", badTSV, "--emotions", emotions])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("bad.tsv:2:"))
    // Nothing is written for a run that stopped at its inputs.
    #expect(!FileManager.default.fileExists(atPath: folder + "/b/validity.md"))
  }
}
