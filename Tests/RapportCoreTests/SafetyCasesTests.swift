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

/// The hostile-trial cases of issue #16 for the writers, the XML reader, decoding, terminal
/// output, `suggest --redact` and `analyze --redact`, each as it failed before.
@Suite struct SafetyCasesTests {
  @Test(arguments: [
    ["Dr\r\nLee", "plain"], ["a,\u{301}b", "x"], ["say \"\u{301}hi", "y"], ["x\r", ""],
  ])
  func csvFieldsWithLineBreaksOrMarksAfterSeparatorsKeepTheirFieldCount(row: [String]) throws {
    let bytes = CSVTable(header: ["a", "b"], rows: [row]).encoded()
    let parsed = try RFC4180.parse(bytes)
    #expect(parsed.count == 2)
    #expect(parsed[1].count == 2)
    #expect(parsed[1].map { Array($0.unicodeScalars) } == row.map { Array($0.unicodeScalars) })
  }

  @Test(arguments: [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1+2", "'+1+2"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("-0.25", "-0.25"), ("-12", "-12"), ("3.5", "3.5"), ("Dr. Lee", "Dr. Lee"), ("-", "'-"),
  ])
  func formulaLeadingTextIsNeutralizedAndNumbersStayNumbers(value: String, written: String) throws {
    let parsed = try RFC4180.parse(CSVTable(header: ["v"], rows: [[value]]).encoded())
    #expect(parsed[1] == [written])
  }

  @Test func aSpeakerLabelThatIsAFormulaReachesSessionsCsvNeutralized() throws {
    let input = try CLI.temporaryFolder()
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    try Data("speaker,text\nTherapist,How are you?\n=cmd|' /C calc'!A0,I trust it.\n".utf8).write(to: input.appendingPathComponent("=s.csv"))
    let run = try TestSupport.rapport(["analyze", input.path, "--lexicon", CLI.miniLexicon, "--out", out.path, "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let categories = try RFC4180.parse([UInt8](Data(contentsOf: out.appendingPathComponent("categories.csv"))))
    #expect(categories.dropFirst().allSatisfy { row in row.allSatisfy { !$0.hasPrefix("=") } })
    #expect(categories.dropFirst().contains { $0[1] == "'=cmd|' /C calc'!A0" })
    let sessions = try RFC4180.parse([UInt8](Data(contentsOf: out.appendingPathComponent("sessions.csv"))))
    #expect(sessions[1][0] == "_s")
  }

  @Test func charactersXMLForbidsAreReplacedAndTheDocumentStaysWellFormed() throws {
    let writer = LibXML.Writer()
    let replaced = Counter()
    XMLValue.$replacements.withValue(replaced) {
      writer.startElement("item")
      writer.attribute("label", "a\u{FFFF}b\u{1B}c")
      writer.text("x\u{FFFE}y\u{0}z")
      writer.endElement()
    }
    let bytes = try #require(writer.finish())
    let root = try LibXML.read(bytes, name: "written.xml")
    #expect(root.attributes.first?.value == "a\u{FFFD}b\u{FFFD}c")
    #expect(root.text == "x\u{FFFD}y\u{FFFD}z")
    #expect(replaced.current == 4)
  }

  @Test func aSessionFileWithForbiddenCharactersIsWrittenWithAWarning() throws {
    let input = try CLI.temporaryFolder()
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    try Data("speaker,text\nTherapist,How are you?\n\"Client\u{1B}x\",I trust it.\n".utf8).write(to: input.appendingPathComponent("s.csv"))
    let run = try TestSupport.rapport(["analyze", input.path, "--lexicon", CLI.miniLexicon, "--out", out.path, "--format", "xml"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("character(s) XML 1.0 forbids"), "\(run.stderr)")
    _ = try LibXML.read([UInt8](Data(contentsOf: out.appendingPathComponent("s.xml"))), name: "s.xml")
  }

  static let entityLexicon = """
    <?xml version="1.0"?>
    <!DOCTYPE lexicon [<!ENTITY big "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">]>
    <lexicon xmlns="urn:rapport:lexicon:1" name="e" version="1" language="en">
      <description>&big;&big;&big;&big;</description>
      <category id="fear" label="Fear"><entry term="scared"/></category>
    </lexicon>
    """

  @Test func aLexiconWithADoctypeIsRefusedBeforeItsEntitiesAreRead() throws {
    #expect {
      try LexiconLoader.load(bytes: Array(Self.entityLexicon.utf8), path: "entities.xml")
    } throws: { error in
      let text = (error as? RapportError)?.description ?? ""
      return text.hasPrefix("entities.xml:2:") && text.contains("the file has a DOCTYPE declaration; Rapport reads no DTDs or entities")
    }
  }

  @Test(.timeLimit(.minutes(1)))
  func aLexiconBuiltToExpandQuadraticallyIsRefusedQuickly() throws {
    let entity = String(repeating: "x", count: 50_000)
    let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lexicon [<!ENTITY big \"\(entity)\">]>\n"
      + "<lexicon xmlns=\"urn:rapport:lexicon:1\" name=\"b\" version=\"1\" language=\"en\">"
      + "<description a=\"\(String(repeating: "&big;", count: 12_000))\"/></lexicon>"
    #expect(throws: RapportError.self) { try LexiconLoader.load(bytes: Array(xml.utf8), path: "bomb.xml") }
  }

  @Test func aThemesFileWithADoctypeIsRefused() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("themes.xml").path
    try Data("<?xml version=\"1.0\"?>\n<!DOCTYPE themes [<!ENTITY e \"x\">]>\n<themes/>\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect {
      try ThemeSeeds.load(path: path)
    } throws: { error in
      (error as? RapportError)?.description.contains("DOCTYPE declaration") == true
    }
  }

  @Test func utf8WithOneBadFinalByteStaysUTF8WithACountedWarning() throws {
    let bytes = Array("Therapist: Wie geht es?\nClient: Ich f\u{FC}hle mich gut.".utf8) + [0xFF]
    let transcript = try TranscriptReader.read(bytes: bytes, path: "bad-end.txt")
    #expect(transcript.source.encoding == "UTF-8")
    #expect(transcript.turns.last?.text.hasPrefix("Ich f\u{FC}hle mich gut.") == true)
    #expect(transcript.warnings.map(\.code) == ["replacement-characters"])
    #expect(transcript.warnings.first?.message.hasPrefix("1 byte sequence(s)") == true)
  }

  @Test func windows1252IsStillDetected() throws {
    let bytes: [UInt8] = Array("Therapist: Wie geht es?\nClient: Ich f".utf8) + [0xFC] + Array("hle mich gut.".utf8)
    let transcript = try TranscriptReader.read(bytes: bytes, path: "cp1252.txt")
    #expect(transcript.source.encoding != "UTF-8")
    #expect(transcript.turns.last?.text == "Ich f\u{FC}hle mich gut.")
  }

  @Test(arguments: [("UTF-32LE", [0xFF, 0xFE, 0x00, 0x00] as [UInt8]), ("UTF-32BE", [0x00, 0x00, 0xFE, 0xFF])])
  func utf32WithAByteOrderMarkIsDetected(encoding: String, mark: [UInt8]) throws {
    let text = "Therapist: How are you?\nClient: Caf\u{E9} was fine."
    var bytes = mark
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let units: [UInt8] = [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), 0]
      bytes += encoding == "UTF-32LE" ? units : units.reversed()
    }
    let transcript = try TranscriptReader.read(bytes: bytes, path: "wide.txt")
    #expect(transcript.source.encoding == encoding)
    #expect(transcript.source.hadByteOrderMark)
    #expect(transcript.turns.map(\.text) == ["How are you?", "Caf\u{E9} was fine."])
  }

  @Test func terminalTextShowsControlCharactersInsteadOfSendingThem() {
    #expect(TerminalText.escaped("a\u{1B}[2Jb\u{7}c\u{9B}d\u{202E}e") == "a\\u{1B}[2Jb\\u{7}c\\u{9B}d\\u{202E}e")
    #expect(TerminalText.escaped("line\none\ttab", keepLayout: true) == "line\none\ttab")
    #expect(TerminalText.escaped("plain café") == "plain café")
  }

  @Test func kwicPrintsNoEscapeSequencesFromTranscripts() throws {
    let input = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: input) }
    try Data("Therapist: How are you?\nClient: I \u{1B}]0;owned\u{7} trust you.\n".utf8).write(to: input.appendingPathComponent("s.txt"))
    let run = try TestSupport.rapport(["kwic", "trust", input.path, "--lexicon", CLI.miniLexicon])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("trust"))
    #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(run.stdout)")
    #expect(run.stdout.contains("\\u{1B}"))
  }

  @Test func suggestRedactProposesNoNames() throws {
    let input = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: input) }
    for index in 1...3 {
      try Data("""
        Therapist: What worries you?
        Client: I am scared when Dominik shouts. Dominik makes me afraid and worried, and I feel unsafe.
        Therapist: You said it again.
        Client: Yes, scared of Dominik.
        """.utf8).write(to: input.appendingPathComponent("s\(index).txt"))
    }
    let inputs = try InputDiscovery.inputs([input.path])
    var options = SuggestionOptions()
    options.minimumCount = 1
    options.minimumSessions = 1
    options.minimumG2 = 0
    let plain = try TermSuggester.suggest(category: "fear", lexicons: [ValidationFixtures.lexicon()], inputs: inputs, options: options)
    #expect(plain.suggestions.contains { $0.term.contains("dominik") })
    #expect(plain.suggestions.contains { $0.term == "shouts" })
    options.redact = true
    let redacted = try TermSuggester.suggest(category: "fear", lexicons: [ValidationFixtures.lexicon()], inputs: inputs, options: options)
    #expect(!redacted.suggestions.contains { $0.term.contains("dominik") })
    // Said only right after the name.
    #expect(!redacted.suggestions.contains { $0.term == "shouts" })
    #expect(!redacted.suggestions.isEmpty)
  }

  @Test func analyzeRedactReplacesSpeakerLabelsEverywhereAndMasksHitContexts() throws {
    let input = try CLI.temporaryFolder()
    let out = try CLI.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    let speakers = "Therapist Dr. Amara Nwosu = therapist\nRenata Quispe = client\n"
    try Data(speakers.utf8).write(to: input.appendingPathComponent("roles.map"))
    try Data("""
      Therapist Dr. Amara Nwosu: How are you?
      Renata Quispe: I trust Dr. Nwosu, and mail renata.q@example.org about it.
      """.utf8).write(to: input.appendingPathComponent("s.txt"))
    let run = try TestSupport.rapport([
      "analyze", input.appendingPathComponent("s.txt").path, "--lexicon", CLI.miniLexicon, "--out", out.path,
      "--speaker-map", input.appendingPathComponent("roles.map").path, "--format", "json,xml,csv", "--turns",
      "--include-hits", "--redact",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    for (name, bytes) in try CLI.files(in: out) {
      let text = String(decoding: bytes, as: UTF8.self)
      for secret in ["Amara", "Nwosu", "Renata", "Quispe", "renata.q"] {
        #expect(!text.contains(secret), "\(name) holds \(secret)")
      }
    }
    let session = String(decoding: try Data(contentsOf: out.appendingPathComponent("s.json")), as: UTF8.self)
    #expect(session.contains("\"therapist-1\"") && session.contains("\"client-1\""))
    #expect(session.contains("[EMAIL]"))
  }
}
