import Foundation
import Testing
import ZIPFoundation

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

/// Issue #13 from a researcher's own folder: built-in lexicons, .docx, one input option group,
/// one error prefix, faithful .dic export.
@Suite(.serialized) struct FormatsCommandLineTests {
  /// A .docx holding `paragraphs` (runs split, a tab and a deleted run included), built here.
  static func docx(_ paragraphs: [String]) throws -> [UInt8] {
    let body = paragraphs.map { paragraph in
      let half = paragraph.index(paragraph.startIndex, offsetBy: paragraph.count / 2)
      return "<w:p><w:pPr/><w:r><w:t xml:space=\"preserve\">\(paragraph[..<half])</w:t></w:r>"
        + "<w:del><w:r><w:delText>struck out</w:delText></w:r></w:del>"
        + "<w:r><w:t xml:space=\"preserve\">\(paragraph[half...])</w:t></w:r></w:p>"
    }.joined()
    let xml = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Client: In a table cell.</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:sectPr/></w:body></w:document>
      """
    let archive = try Archive(data: Data(), accessMode: .create)
    let data = Data(xml.utf8)
    try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
      data.subdata(in: Int(position)..<Int(position) + size)
    }
    let types = Data("<?xml version=\"1.0\"?><Types/>".utf8)
    try archive.addEntry(with: "[Content_Types].xml", type: .file, uncompressedSize: Int64(types.count)) { position, size in
      types.subdata(in: Int(position)..<Int(position) + size)
    }
    return [UInt8](archive.data!)
  }

  @Test func docxParagraphsAreReadByThePlainTextRules() throws {
    let bytes = try Self.docx(["Session 4", "Therapist: What stood out this week?", "Client: The long walk on Sunday."])
    let transcript = try TranscriptReader.read(bytes: bytes, path: "session.docx")
    #expect(transcript.source.format == "docx")
    #expect(transcript.metadata == ["Session 4"])
    #expect(transcript.turns.map(\.text) == ["What stood out this week?", "The long walk on Sunday.", "In a table cell."])
    #expect(transcript.speakerSummary == ["Therapist/therapist/built-in", "Client/client/built-in"])
  }

  @Test func analyzeFromAnEmptyFolderUsesTheBuiltInLexiconsAndReadsDocx() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
    let docx = try Self.docx(["Therapist: How did the week go?", "Client: I felt calmer and more hopeful."])
    FileManager.default.createFile(atPath: folder + "/in/s1.docx", contents: Data(docx))
    FileManager.default.createFile(atPath: folder + "/in/notes.pdf", contents: Data("%PDF-1.4\n".utf8))
    let run = try TestSupport.rapport(["analyze", "in", "--out", "out"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("using the 6 built-in lexicons"))
    #expect(run.stderr.contains("skipped 1 file that is not a transcript (1 .pdf)"))
    let corpus = try String(contentsOfFile: folder + "/out/corpus.json", encoding: .utf8)
    #expect(corpus.contains("(built-in)/emotions.xml"))
    let session = try String(contentsOfFile: folder + "/out/s1.json", encoding: .utf8)
    #expect(session.contains("\"docx\""))
    let verbose = try TestSupport.rapport(["analyze", "in", "--out", "out2", "--verbose"], in: folder)
    #expect(verbose.stderr.contains("skipped in/notes.pdf: a PDF: not a transcript format Rapport reads; export it as .txt or .docx"))
  }

  @Test func lexiconListAndExportBuiltin() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let list = try TestSupport.rapport(["lexicon", "list"], in: folder)
    #expect(list.status == 0)
    let shipped = try FileManager.default.contentsOfDirectory(atPath: TestSupport.root + "/Lexicons").filter { $0.hasSuffix(".xml") }.sorted()
    #expect(list.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) + ".xml" } == shipped)
    let emotionsBytes = try Data(contentsOf: URL(fileURLWithPath: TestSupport.root + "/Lexicons/emotions.xml"))
    #expect(list.stdout.contains(TranscriptReader.sha256Hex([UInt8](emotionsBytes))))
    let export = try TestSupport.rapport(["lexicon", "export", "--builtin", "emotions", "--out", "mine.xml"], in: folder)
    #expect(export.status == 0, "\(export.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/mine.xml")) == emotionsBytes)
    let unknown = try TestSupport.rapport(["lexicon", "export", "--builtin", "nope"], in: folder)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.hasPrefix("error: "))
    // --lexicon accepts a folder.
    try FileManager.default.createDirectory(atPath: folder + "/lex", withIntermediateDirectories: true)
    try FileManager.default.moveItem(atPath: folder + "/mine.xml", toPath: folder + "/lex/mine.xml")
    FileManager.default.createFile(atPath: folder + "/s.txt", contents: Data("T: How are you?\nC: I am glad and a little sad.\n".utf8))
    let analyze = try TestSupport.rapport(["analyze", "s.txt", "--lexicon", "lex", "--out", "out"], in: folder)
    #expect(analyze.status == 0, "\(analyze.stderr)")
    #expect(try String(contentsOfFile: folder + "/out/corpus.json", encoding: .utf8).contains("lex/mine.xml"))
  }

  @Test func exportRollsChildrenIntoParentsUnlessAsked() throws {
    let lexicon = try TestSupport.lexicon("""
      <?xml version="1.0" encoding="UTF-8"?>
      <lexicon xmlns="urn:rapport:lexicon:1" name="t" version="1" language="en">
        <category id="negative" label="negative"><entry term="bad"/></category>
        <category id="sadness" label="sadness" parent="negative"><entry term="sad"/></category>
        <category id="grief" label="grief" parent="sadness"><entry term="mourn*"/></category>
      </lexicon>
      """)
    let rolled = String(decoding: try LexiconExporter.export(lexicon, as: .dic).bytes, as: UTF8.self)
    #expect(rolled.contains("mourn*\t1\t2\t3\n"))
    #expect(rolled.contains("sad\t1\t2\n"))
    let flat = try LexiconExporter.export(lexicon, as: .dic, rollup: false)
    #expect(String(decoding: flat.bytes, as: UTF8.self).contains("mourn*\t3\n"))
    #expect(flat.warnings.contains { $0.message.contains("--no-rollup") })
  }

  @Test func exportRefusesToOverwriteItsInput() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(atPath: TestSupport.root + "/Lexicons/rupture.xml", toPath: folder + "/r.xml")
    let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/r.xml"))
    let run = try TestSupport.rapport(["lexicon", "export", "r.xml", "--to", "dic", "--out", "./r.xml"], in: folder)
    #expect(run.status == 2)
    #expect(run.stderr.contains("would overwrite the input"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/r.xml")) == before)
  }

  @Test func oneErrorPrefixAndAnalyseSuggestsAnalyze() throws {
    let analyse = try TestSupport.rapport(["analyse", "x"])
    #expect(analyse.status == 2)
    #expect(analyse.stderr.contains("error: unknown command 'analyse'; did you mean 'analyze'?"))
    let usage = try TestSupport.rapport(["analyze", "--no-such-option"])
    #expect(usage.status == 2)
    #expect(usage.stderr.hasPrefix("error: "))
  }

  @Test func kwicTakesTheSharedInputOptions() throws {
    let run = try TestSupport.rapport([
      "kwic", "tomato*", TestSupport.fixture("formats/pipe.csv"), "--delimiter", "comma", "--lexicon", "Lexicons/emotions.xml",
    ])
    // Forcing the wrong separator is honoured, so the file's header has no speaker column.
    #expect(run.status != 0)
    #expect(run.stderr.contains("speaker column"))
    let sniffed = try TestSupport.rapport(["kwic", "walk*", TestSupport.fixture("formats/pipe.csv"), "--lexicon", "Lexicons/emotions.xml"])
    #expect(sniffed.status == 0, "\(sniffed.stderr)")
    #expect(sniffed.stdout.contains("walking"))
  }

  @Test func strictMakesAMissingRoleAnError() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(atPath: TestSupport.fixture("formats/notes.txt"), toPath: folder + "/notes.txt")
    let lenient = try TestSupport.rapport(["analyze", "notes.txt", "--out", "out", "--lexicon", TestSupport.root + "/Lexicons"], in: folder)
    #expect(lenient.status == 0, "\(lenient.stderr)")
    #expect(lenient.stderr.contains("notes.txt: warning: no speaker is the therapist and none the client"))
    let strict = try TestSupport.rapport(["analyze", "notes.txt", "--out", "out2", "--strict", "--lexicon", TestSupport.root + "/Lexicons"], in: folder)
    #expect(strict.status == 1)
  }
}

/// The built-in lexicons stay the shipped files, and the new readers survive arbitrary input.
@Suite struct BuiltInLexiconAndRobustnessTests {
  @Test func everyShippedLexiconIsBuiltInByteForByte() throws {
    let folder = TestSupport.root + "/Lexicons"
    let shipped = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") }.sorted()
    #expect(BuiltInLexicons.all.map(\.fileName) == shipped, "list every Lexicons/*.xml in EmbeddedLexicons.files")
    for entry in BuiltInLexicons.all {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + entry.fileName)))
      #expect(entry.bytes == bytes, "\(entry.fileName) differs from its built-in copy")
    }
    #expect(try BuiltInLexicons.loadAll().map(\.path).allSatisfy { $0.hasPrefix("(built-in)/") })
  }

  /// Arbitrary lines of label-ish, timestamp-ish and invisible characters, and damaged ZIP
  /// archives, give a transcript or a `RapportError`, never a crash.
  @Test func arbitraryInputGivesATranscriptOrAnError() throws {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let pieces = [
      "Speaker 1", "  ", " ", "0:03", "99999999999999999999:00", "[", "]", "(", ")", ":", "Client", "\u{200F}", "\u{0}",
      "\u{FEFF}", "\n", "\r\n", "T", "(00:00:05)", "[00:01:02]", ";", ",", "|", "\t", "\"", "speaker", "text", "timestamp", "é", "?",
    ]
    for _ in 0..<400 {
      var text = ""
      for _ in 0..<next(40) { text += pieces[next(pieces.count)] }
      for name in ["f.txt", "f.csv", "f.json", "f.docx"] {
        do { _ = try TranscriptReader.read(bytes: Array(text.utf8) + [0x0A], path: name) } catch {}
      }
      var zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
      for _ in 0..<next(200) { zip.append(UInt8(next(256))) }
      do { _ = try TranscriptReader.read(bytes: zip, path: "f.docx") } catch {}
    }
  }
}
