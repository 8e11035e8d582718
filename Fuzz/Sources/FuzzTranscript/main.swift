import FuzzDriver
import RapportCore

/// The tagger every input goes through: the shipped lexicons, compiled once.
nonisolated(unsafe) let tagger = try! Tagger(matcher: Matcher(lexicons: BuiltInLexicons.all.map { try LexiconLoader.load(bytes: $0.bytes, path: $0.fileName) }))

/// libFuzzer's entry: the first byte picks the input format (or detection), the rest is the
/// file, read, tagged and summarized. Any outcome but a crash, a hang or a sanitizer report is
/// a pass.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data, size > 0 else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  let formats = TranscriptFormat.allCases
  let choice = Int(data[0]) % (formats.count + 1)
  var options = IngestOptions()
  options.format = choice < formats.count ? formats[choice] : nil
  options.keepCues = data[0] & 0x80 != 0
  do {
    let transcript = try TranscriptReader.read(bytes: bytes, path: "fuzz.input", options: options)
    // Then tokenize, tag and summarize it as `analyze` does, with the built-in lexicons.
    let tagged = try tagger.tag(transcript)
    _ = try Summarizer.analyze(
      tagged, session: "fuzz", matcher: tagger.matcher, vocabulary: tagger.tokenizer.vocabulary,
      options: AnalysisOptions(turnDetails: true))
  } catch {
    _ = error.description
  }
  return 0
}

runFuzzer { fuzzTranscript($0, $1) }
