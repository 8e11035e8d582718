import Foundation
import Testing

@testable import RapportBatch
@testable import RapportCore

/// Session parts kept in per-worker journals: a scan finds whole records and stops before a
/// cut or damaged one, and runs leave no records they did not use.
struct PartJournalTests {
  private static func record(_ session: String, rows: String) throws -> [UInt8] {
    let header = SessionPart.Header(
      session: session, input: "/in/\(session).txt", inputSHA256: "ab", settings: "s", words: 3, files: [],
      notices: [], sections: [])
    return try SessionPart.encode(header, sections: [("sessions", Array(rows.utf8)), (SessionPart.corpusSection, Array("1,2".utf8))])
  }

  @Test func recordsAreFoundAgainWholeAndTheLastOfASessionWins() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { ShardTestKit.remove(folder) }
    let writer = PartJournal.Writer(folder: folder, prefix: "000001.run", worker: 1)
    let first = try writer.append(try Self.record("a", rows: "a,1\n"))
    let second = try writer.append(try Self.record("b", rows: "b,2\nb,3\n"))
    let again = PartJournal.Writer(folder: folder, prefix: "000002.run", worker: 1)
    let third = try again.append(try Self.record("a", rows: "a,9\n"))
    #expect(first.offset == 0 && second.offset == first.length && third.offset == 0)
    #expect(PartJournal.journals(in: folder) == ["000001.run.w1.parts", "000002.run.w1.parts"])
    let index = PartJournal.index(folder: folder)
    #expect(index == ["a": third, "b": second])
    let part = try #require(PartJournal.read(second))
    #expect(part.header.session == "b" && part.sections["sessions"].map { Array($0) } == Array("b,2\nb,3\n".utf8))
    #expect(part.corpusFigures == [1, 2])
    #expect(PartJournal.read(PartLocation(file: first.file, offset: first.offset, length: first.length - 1)) == nil)
  }

  @Test(arguments: ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\u{1}\u{8}\u{C}\r\u{1F}", "é 中文 😀", ""])
  func theHandWrittenHeaderReadsBackAsWritten(text: String) throws {
    let header = SessionPart.Header(
      session: "s" + text, input: text, inputSHA256: "ab", settings: text, words: 42,
      files: [SessionPart.File(name: text + ".json", size: 7)], notices: [text, "second"], sections: [])
    let bytes = try SessionPart.encode(header, sections: [("sessions", Array("row\n".utf8)), ("corpus", [])])
    let part = try #require(SessionPart.decode(bytes[...]))
    #expect(part.header.session == header.session && part.header.input == text && part.header.settings == text)
    #expect(part.header.files == header.files && part.header.notices == [text, "second"] && part.header.words == 42)
    #expect(part.header.sections == [SessionPart.Section(name: "sessions", length: 4), SessionPart.Section(name: "corpus", length: 0)])
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    #expect(lines.count == 4)
    // The dedicated reader, not JSONDecoder's fallback, reads every escape the writer writes.
    let read = SessionPart.Header.read(lines[1])
    #expect(read?.input == text && read?.notices == [text, "second"] && read?.files == header.files)
  }

  @Test("a header in other JSON (another writer's key order, escaped slashes) is read by JSONDecoder instead")
  func otherJSONHeadersStillRead() throws {
    let header = SessionPart.Header(
      session: "s/1", input: "in/s 1.txt", inputSHA256: "ab", settings: "x=1", words: 3,
      files: [SessionPart.File(name: "s/1.json", size: 9)], notices: ["a \"note\""],
      sections: [SessionPart.Section(name: "sessions", length: 4)])
    let json = try JSONEncoder().encode(header)
    #expect(SessionPart.Header.read(Array(json)[...]) == nil)
    let bytes = Array((SessionPart.magic + "\n").utf8) + Array(json) + Array("\nrow\n".utf8)
    let part = try #require(SessionPart.decode(bytes[...]))
    #expect(part.header.session == "s/1" && part.header.input == "in/s 1.txt" && part.header.notices == ["a \"note\""])
    #expect(part.header.files == header.files && part.sections["sessions"].map { Array($0) } == Array("row\n".utf8))
    // What `writeJSON` writes is read without JSONDecoder, and damage to it is refused.
    var written: [UInt8] = []
    header.writeJSON(into: &written)
    #expect(SessionPart.Header.read(written[...])?.input == "in/s 1.txt")
    #expect(SessionPart.Header.read(written.dropLast()) == nil)
    #expect(SessionPart.Header.read((written + [UInt8(ascii: " ")])[...]) == nil)
  }

  @Test func aScanStopsBeforeACutOrDamagedRecord() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { ShardTestKit.remove(folder) }
    let writer = PartJournal.Writer(folder: folder, prefix: "000001.run", worker: 2)
    let first = try writer.append(try Self.record("a", rows: "a,1\n"))
    let second = try writer.append(try Self.record("b", rows: "b,2\n"))
    let whole = try Data(contentsOf: URL(fileURLWithPath: first.file))
    #expect(PartJournal.records(in: first.file).whole)
    for cut in [1, second.length / 2, second.length - 1] {
      try whole.prefix(whole.count - cut).write(to: URL(fileURLWithPath: first.file))
      let scan = PartJournal.records(in: first.file)
      #expect(!scan.whole && scan.records.map(\.session) == ["a"], "cut \(cut)")
    }
    var damaged = whole
    damaged[second.offset + 3] = UInt8(ascii: "X")
    try damaged.write(to: URL(fileURLWithPath: first.file))
    #expect(PartJournal.records(in: first.file).records.map(\.session) == ["a"])
    #expect(!PartJournal.records(in: first.file).whole)
  }

  @Test func sequencesRiseAcrossRolesAndRolesAreReadFromNames() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { ShardTestKit.remove(folder) }
    #expect(PartJournal.newPrefix(folder: folder, role: "run") == "000001.run")
    _ = try PartJournal.Writer(folder: folder, prefix: "000007.shard-2-of-3", worker: 1).append(try Self.record("a", rows: ""))
    #expect(PartJournal.newPrefix(folder: folder, role: "run") == "000008.run")
    #expect(PartJournal.isJournal("000007.shard-2-of-3.w1.parts", of: "shard-2-of-3"))
    #expect(!PartJournal.isJournal("000007.shard-2-of-3.w1.parts", of: "shard-2-of-30"))
    #expect(!PartJournal.isJournal("000007.run.w1.parts", of: "shard-2-of-3"))
  }

  @Test func compactingDropsUnusedRecordsAndEmptyJournals() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { ShardTestKit.remove(folder) }
    let one = PartJournal.Writer(folder: folder, prefix: "000001.run", worker: 1)
    let a = try one.append(try Self.record("a", rows: "a\n"))
    let b = try one.append(try Self.record("b", rows: "b\n"))
    let two = PartJournal.Writer(folder: folder, prefix: "000002.run", worker: 1)
    let c = try two.append(try Self.record("c", rows: "c\n"))
    let before = try Data(contentsOf: URL(fileURLWithPath: c.file))
    try PartJournal.compact(folder: folder, owned: { _ in true }, removeOldParts: false) { $0 == b || $0 == c }
    #expect(try Data(contentsOf: URL(fileURLWithPath: c.file)) == before)
    #expect(PartJournal.records(in: a.file).records.map(\.session) == ["b"])
    #expect(PartJournal.read(try #require(PartJournal.index(folder: folder)["b"]))?.header.session == "b")
    // A journal not owned is left alone even when nothing of it is kept.
    try PartJournal.compact(folder: folder, owned: { $0.hasPrefix("000002") }, removeOldParts: false) { _ in false }
    #expect(PartJournal.journals(in: folder) == ["000001.run.w1.parts"])
  }

  @Test func runsLeaveOnlyTheRecordsTheirTablesCameFrom() throws {
    let inputs = try ShardTestKit.dialogues(4)
    let root = (inputs as NSString).deletingLastPathComponent
    defer { ShardTestKit.remove(root) }
    let out = root + "/out"
    let arguments = ["analyze", inputs, "--out", out, "--jobs", "2", "--lexicon", CLI.miniLexicon]
    try ShardTestKit.rapport(arguments)
    let first = PartJournal.journals(in: out)
    #expect(!first.isEmpty && first.allSatisfy { $0.hasPrefix("000001.run.w") }, "\(first)")
    let tables = try ShardTestKit.outputs(out)
    // A resumed run that redoes nothing writes no journal; a plain run replaces every record.
    try ShardTestKit.rapport(arguments + ["--resume"])
    #expect(PartJournal.journals(in: out) == first)
    try ShardTestKit.rapport(arguments)
    let third = PartJournal.journals(in: out)
    #expect(!third.isEmpty && third.allSatisfy { $0.hasPrefix("000002.run.w") }, "\(third)")
    #expect(PartJournal.index(folder: out).count == 4)
    #expect(ShardTestKit.differences(tables, try ShardTestKit.outputs(out)).isEmpty)
  }
}
