import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// `rapport lexicon validate --labels`: per-category document-level precision, recall and F1
/// against a data set's per-session labels, with a label map, --min-hits and negation.
@Suite struct ValidationDocumentLabelsTests {
  // MARK: Reading the labels file and the label map

  static func labelsError(_ csv: String) -> String? {
    do {
      _ = try DocumentLabels.parseLabels(csv, path: "labels.csv")
      return nil
    } catch {
      return error.description
    }
  }

  @Test(arguments: [
    ("", "labels.csv:1: the labels file is empty. Write a header row with the columns session and labels, such as 'session,labels' then 'go_00001,fear;sadness'."),
    ("id,labels\na,fear\n", "labels.csv:1: the header row has no 'session' column (it has 'id', 'labels'). Name the columns session and labels, such as 'session,labels' then 'go_00001,fear;sadness'; a file separated by tabs or semicolons must be saved as comma-separated CSV."),
    ("session\ta\tlabels\n", "labels.csv:1: the header row has no 'session' column (it has 'session\ta\tlabels'). Name the columns session and labels, such as 'session,labels' then 'go_00001,fear;sadness'; a file separated by tabs or semicolons must be saved as comma-separated CSV."),
    ("session,labels\na,fear\nb,fear,sadness\n", "labels.csv:3: the row has 3 field(s) but the header has 2. Give every row the header's columns; separate labels with ';', and quote a field that holds a comma."),
    ("session,labels\n,fear\n", "labels.csv:2: the session is empty. Write the session id (the transcript's file name without extension)."),
    ("session,labels\na,fear\nb,anger\na,sadness\n", "labels.csv:4: session 'a' is already labelled on line 2. Give each session one row, with all its labels separated by ';'."),
    ("session,labels\na,\"fear\nb,anger\n", "labels.csv:2: a quoted field opened here, or before, is never closed. Close the quote, or double a quote mark inside a quoted field (\"\")."),
  ])
  func badLabelFilesNameTheLine(_ csv: String, _ message: String) {
    #expect(Self.labelsError(csv) == message)
  }

  @Test func labelsAreSplitTrimmedAndOtherColumnsIgnored() throws {
    let sessions = try DocumentLabels.parseLabels(
      "Session,text,Labels\r\na,\"hello, there\", fear ; sadness;;\r\nb,x,\n", path: "labels.csv")
    #expect(sessions == [
      DocumentLabels.Session(session: "a", labels: ["fear", "sadness"], line: 2),
      DocumentLabels.Session(session: "b", labels: [], line: 3),
    ])
  }

  /// Seeded random text made of CSV and map pieces: the parsers return or throw a
  /// `RapportError` naming the file and a line, and never crash.
  @Test(arguments: [UInt64(11), 12, 13])
  func randomInputParsesOrThrowsAnError(_ seed: UInt64) {
    let pieces = ["session", "labels", ",", ";", "\"", "\n", "\r\n", "a", "fear", "=", "#", " ", "sadness"]
    var random = SeededRandom(seed: seed)
    for _ in 0..<300 {
      let text = (0..<random.int(in: 0...30)).map { _ in random.pick(pieces) }.joined()
      do {
        _ = try DocumentLabels.parseLabels(text, path: "random.csv")
      } catch {
        #expect(error.file == "random.csv" && error.line != nil, "\(text.debugDescription)")
      }
      do {
        _ = try DocumentLabels.parseMap(text, path: "random.map", categories: Self.categories)
      } catch {
        #expect(error.file == "random.map" && error.line != nil, "\(text.debugDescription)")
      }
    }
  }

  static let categories: Set<String> = ["fear", "sadness", "negative_emotion"]

  @Test(arguments: [
    ("nervousness fear\n", "map.txt:1: 'nervousness fear' is not of the form 'label = category'. Write one mapping per line, such as 'nervousness = fear'; start a comment with #."),
    ("# comment\n = fear\n", "map.txt:2: the label is empty. Write one mapping per line, such as 'nervousness = fear'."),
    ("grief = sorrow # typo\n", "map.txt:1: no content category 'sorrow' in the loaded lexicons. Map the label to one of: fear, negative_emotion, sadness."),
  ])
  func badLabelMapsNameTheLine(_ text: String, _ message: String) {
    #expect(throws: RapportError.self) { try DocumentLabels.parseMap(text, path: "map.txt", categories: Self.categories) }
    do {
      _ = try DocumentLabels.parseMap(text, path: "map.txt", categories: Self.categories)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func severalLabelsMapToOneCategory() throws {
    let map = try DocumentLabels.parseMap(
      "# GoEmotions-style names\nnervousness = fear\nfear=fear   # same name\n\ngrief = sadness\ngrief = negative_emotion\n",
      path: "map.txt", categories: Self.categories)
    #expect(map == ["nervousness": ["fear"], "fear": ["fear"], "grief": ["negative_emotion", "sadness"]])
    let labels = DocumentLabels(path: "l.csv", sessions: [], map: map)
    #expect(labels.categories(of: "sadness", in: Self.categories) == ["sadness"])
    #expect(labels.categories(of: "joy", in: Self.categories) == [])
  }

  // MARK: Scoring

  static let lexicon = """
    <?xml version="1.0" encoding="UTF-8"?>
    <lexicon xmlns="urn:rapport:lexicon:1" name="labels-test" version="1" language="en">
      <category id="negative_emotion" label="Negative emotion"/>
      <category id="fear" label="Fear" parent="negative_emotion">
        <entry term="scared"/>
        <entry term="afraid"/>
      </category>
      <category id="sadness" label="Sadness" parent="negative_emotion">
        <entry term="sad"/>
      </category>
      <category id="negator" label="Negators" role="negator" negation="false">
        <entry term="not"/>
      </category>
    </lexicon>

    """

  /// Five sessions written for this test; `e` is not labelled, and the labels name `z`, which
  /// the corpus lacks.
  static let sessions = [
    ("a", "C: I am scared and sad."),
    ("b", "C: I am not scared at all."),
    ("c", "C: I feel fine today."),
    ("d", "C: So sad. So sad. Afraid, scared."),
    ("e", "C: Nothing to see."),
  ]
  static let labelsCSV = "session,labels\na,nervousness;grief\nb,nervousness\nc,joy\nd,grief\nz,grief\n"
  static let map = "nervousness = fear\ngrief = sadness\n"

  static func run(_ extra: [String] = []) throws -> (TestSupport.Run, ValidationReport?, String) {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/corpus", withIntermediateDirectories: true)
    for (session, text) in sessions {
      try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: "\(folder)/corpus/\(session).txt"))
    }
    try Data(lexicon.utf8).write(to: URL(fileURLWithPath: folder + "/lexicon.xml"))
    try Data(labelsCSV.utf8).write(to: URL(fileURLWithPath: folder + "/labels.csv"))
    try Data(map.utf8).write(to: URL(fileURLWithPath: folder + "/map.txt"))
    let run = try TestSupport.rapport(
      ["lexicon", "validate", "--lexicon", "lexicon.xml", "--corpus", "corpus", "--no-gold", "--out", "out", "--labels", "labels.csv"]
        + extra, in: folder)
    let json = try? FileSystem.read(folder + "/out/validation.json")
    let markdown = (try? FileSystem.read(folder + "/out/validation.md")).map { String(decoding: $0, as: UTF8.self) } ?? ""
    return (run, try json.map { try JSONDecoder().decode(ValidationReport.self, from: Data($0)) }, markdown)
  }

  static func score(_ report: ValidationReport?, _ category: String) -> DocumentCategoryAgreement? {
    report?.documents?.categories.first { $0.category == category }
  }

  @Test func scoresEachNamedCategoryBySession() throws {
    let (run, report, markdown) = try Self.run(["--label-map", "map.txt"])
    #expect(run.status == 0)
    let documents = try #require(report?.documents)
    #expect(documents.sessions == 4)
    #expect(documents.labelledNotInCorpus == ["z"])
    #expect(documents.corpusNotLabelled == ["e"])
    #expect(documents.unmappedLabels == ["joy": 1])
    #expect(documents.categories.map(\.category) == ["fear", "sadness"])
    // fear: a fires (scared); b's "not scared" is negated, so it does not fire (FN); d fires
    // without the nervousness label (FP).
    let fear = try #require(Self.score(report, "fear"))
    #expect(fear.labels == ["nervousness"])
    #expect(fear.score == AgreementScore(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    #expect(fear.falsePositives == ["d"])
    #expect(fear.falseNegatives == ["b"])
    let sadness = try #require(Self.score(report, "sadness"))
    #expect(sadness.score == AgreementScore(truePositives: 2, falsePositives: 0, falseNegatives: 0))
    #expect(documents.micro == AgreementScore(truePositives: 3, falsePositives: 1, falseNegatives: 1))
    #expect(run.stdout.contains("  labels (4 sessions, 2 categories): micro precision 0.75, recall 0.75, F1 0.75; macro F1 0.75\n"))
    #expect(run.stdout.contains("  labels not scored: 1 labelled session(s) not in the corpus, 1 corpus session(s) without labels, 1 label(s) naming no category (listed in the report)\n"))
    #expect(markdown.contains("## Agreement with document labels"))
    #expect(markdown.contains("- False negatives (labelled, did not fire) (1): `b`"))
    #expect(markdown.contains("- Labelled sessions not in the corpus (or not read) (1): `z`"))
  }

  @Test func aParentFiresWhenAChildDoes() throws {
    let (_, parentReport, _) = try Self.runWithParentMap()
    // negative_emotion is named by grief: a and d fire through their children; c does not.
    let parent = try #require(Self.score(parentReport, "negative_emotion"))
    #expect(parent.score == AgreementScore(truePositives: 2, falsePositives: 0, falseNegatives: 0))
  }

  static func runWithParentMap() throws -> (TestSupport.Run, ValidationReport?, String) {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("grief = negative_emotion\n".utf8).write(to: URL(fileURLWithPath: folder + "/map.txt"))
    return try run(["--label-map", folder + "/map.txt"])
  }

  @Test(arguments: [
    // Counting the negated "not scared" makes b a true positive.
    (["--count-negated"], AgreementScore(truePositives: 2, falsePositives: 1, falseNegatives: 0)),
    // Two hits needed: a has one fear hit (FN), d has two (FP).
    (["--min-hits", "2"], AgreementScore(truePositives: 0, falsePositives: 1, falseNegatives: 2)),
  ])
  func firingOptions(_ options: [String], _ expected: AgreementScore) throws {
    let (run, report, _) = try Self.run(["--label-map", "map.txt"] + options)
    #expect(run.status == 0)
    #expect(Self.score(report, "fear")?.score == expected)
  }

  @Test func withoutAMapLabelsNameCategoriesById() throws {
    let (_, report, _) = try Self.run()
    // No label here is a category id, so without the map nothing is scored, and every label
    // is listed with the scored sessions that carry it.
    #expect(report?.documents?.categories.isEmpty == true)
    #expect(report?.documents?.unmappedLabels == ["grief": 2, "joy": 1, "nervousness": 2])
  }

  @Test(arguments: [
    (["--label-map", "map.txt"], "--label-map maps the names of --labels; please give --labels FILE.csv too."),
    (["--min-hits", "2"], "--min-hits and --count-negated apply to --labels; please give --labels FILE.csv too."),
  ])
  func optionsNeedLabels(_ options: [String], _ message: String) throws {
    let run = try TestSupport.rapport(["lexicon", "validate", "--no-gold"] + options)
    #expect(run.status == 64 || run.status == 2)
    #expect(run.stderr.contains(message))
  }

  @Test func aMissingLabelsFileNamesTheFlag() throws {
    #expect(throws: RapportError.self) {
      try DocumentLabels.load(path: "/nonexistent/labels.csv", mapPath: nil, categories: Self.categories)
    }
    do {
      _ = try DocumentLabels.load(path: "/nonexistent/labels.csv", mapPath: nil, categories: Self.categories)
    } catch {
      #expect(error.description == "/nonexistent/labels.csv: cannot read the labels file (no such file). Check the path given with --labels.")
    }
  }

  @Test func aBadLabelsFileStopsWithItsLine() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("session,labels\na,fear,extra\n".utf8).write(to: URL(fileURLWithPath: folder + "/bad.csv"))
    let run = try TestSupport.rapport([
      "lexicon", "validate", "--lexicon", TestSupport.root + "/Lexicons/emotions.xml", "--corpus", folder,
      "--no-gold", "--out", folder + "/out", "--labels", folder + "/bad.csv",
    ])
    #expect(run.status == 2)
    #expect(run.stderr.contains("\(folder)/bad.csv:2: the row has 3 field(s) but the header has 2."))
  }
}
