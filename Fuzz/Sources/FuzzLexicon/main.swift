import Foundation
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

/// libFuzzer's driver (in the fuzzer runtime `-sanitize=fuzzer` links), called with our entry.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, { fuzzLexicon($0, $1) }))
