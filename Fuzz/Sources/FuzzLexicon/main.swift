import FuzzDriver
import RapportCore

/// libFuzzer's entry: the bytes as a Rapport XML lexicon (libxml2 and the XSD). Any outcome but a crash, a hang or a sanitizer report is a pass.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  do {
    _ = try LexiconLoader.load(bytes: bytes, path: "fuzz.xml")
  } catch {
    _ = error.description
  }
  return 0
}

runFuzzer { fuzzLexicon($0, $1) }
