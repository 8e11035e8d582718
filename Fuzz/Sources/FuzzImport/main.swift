import FuzzDriver
import RapportCore

/// libFuzzer's entry: the first byte picks the reader — a LIWC `.dic`, a LIWC-22 `.dicx`, a
/// term/category table, format detection, or a speaker map — and the rest is the file. A
/// lexicon that reads is also exported to every format and the `.dic` export read back, so the
/// writers see what the readers let through. Any outcome but a crash, a hang or a sanitizer
/// report is a pass.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data, size > 0 else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  let readers: [LexiconFormat?] = [.dic, .dicx, .table, nil]
  let choice = Int(data[0]) % (readers.count + 1)
  do {
    if choice == readers.count {
      let map = try SpeakerMap.parse(String(decoding: bytes, as: UTF8.self), path: "fuzz-speakers.txt")
      _ = map.forFile("session.txt").role(for: "Client")
      return 0
    }
    let imported = try LexiconReader.read(bytes: bytes, path: "fuzz.lexicon", format: readers[choice])
    for format in [LexiconFormat.dic, .dicx, .table, .xml] {
      _ = try LexiconExporter.export(imported.lexicon, as: format)
    }
    let dic = try LexiconExporter.export(imported.lexicon, as: .dic).bytes
    _ = try? LexiconReader.read(bytes: dic, path: "fuzz-export.dic", format: .dic)
  } catch {
    _ = error.description
  }
  return 0
}

runFuzzer { fuzzImport($0, $1) }
