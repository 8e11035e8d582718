import Crypto
import RapportSupport

/// Ingest's entry point: a transcript file in, a `Transcript` out.
public enum TranscriptReader {
  /// Reads and parses the transcript at `path`.
  ///
  /// `sha256` is the file's hex SHA-256 when the caller has just computed it (a batch hashes
  /// every input before analyzing any, to find duplicates), so the bytes are not hashed twice;
  /// without it the reader hashes them.
  public static func read(
    path: String, options: IngestOptions = IngestOptions(), sha256: String? = nil
  ) throws(RapportError) -> Transcript {
    let bytes: [UInt8]
    do {
      bytes = try TranscriptFile.read(path)
    } catch {
      throw .unreadable(path, reason: error.reason)
    }
    return try read(bytes: bytes, path: path, options: options, sha256: sha256)
  }

  /// Parses a transcript from `bytes`, named `path` in messages and provenance. The format is
  /// `options.format` when given, else detected from the name and the decoded text. `sha256`,
  /// when given, is the hex SHA-256 of `bytes`, recorded instead of hashing them again.
  public static func read(
    bytes: [UInt8], path: String, options: IngestOptions = IngestOptions(), sha256: String? = nil
  ) throws(RapportError) -> Transcript {
    var options = options
    options.speakerMap = options.speakerMap.forFile(path)
    guard !bytes.isEmpty else {
      throw RapportError(.input, file: path, problem: "the file is empty", remedy: "Check that the export finished")
    }
    if let kind = BinaryFormats.kind(of: bytes) {
      throw RapportError(
        .input, file: path, problem: "not a transcript format Rapport reads (\(kind))",
        remedy: "Export the transcript as .txt or .docx")
    }
    let isDocx = DocxText.isZip(bytes)
    let text = isDocx ? try DocxText.text(bytes, path: path) : bytes
    if isDocx, text.allSatisfy({ $0 == 0x0A || $0 == 0x20 || $0 == 0x09 }) {
      throw RapportError(.input, file: path, problem: "the .docx holds no text", remedy: "Check that the right document was exported")
    }
    let decoded = try TextDecoding.decode(text, path: path, encoding: isDocx ? "UTF-8" : options.encoding)
    // A .docx's paragraphs are read by the plain-text rules unless --input-format says otherwise.
    let format = options.format ?? (isDocx ? .text : TranscriptFormat.detect(path: path, units: decoded.units))
    var parsed = try parse(decoded, format: format, path: path, options: options)
    if decoded.replacements > 0 {
      parsed.warnings.append(InputWarning(
        code: "replacement-characters",
        message: "\(decoded.replacements) byte sequence(s) could not be decoded as \(decoded.encoding) and were replaced by U+FFFD; if the text looks wrong, name the encoding with --encoding"))
    }
    let source = TranscriptSource(
      path: path, format: isDocx ? "docx" : format.rawValue, encoding: decoded.encoding,
      hadByteOrderMark: decoded.hadByteOrderMark, sha256: sha256 ?? sha256Hex(bytes), byteCount: bytes.count)
    var transcript = Transcript(
      source: source, metadata: parsed.metadata, speakers: parsed.speakers, turns: parsed.turns,
      warnings: parsed.warnings.sorted(), turnText: parsed.turnText)
    if options.inferRoles { transcript = RoleInference.inferRoles(transcript) }
    if let warning = RoleInference.missingRoleWarning(transcript.speakers) {
      transcript.warnings.append(warning)
      transcript.warnings.sort()
    }
    return transcript
  }

  /// Hands decoded text to the parser for `format`.
  static func parse(
    _ decoded: DecodedText, format: TranscriptFormat, path: String, options: IngestOptions
  ) throws(RapportError) -> ParsedTranscript {
    switch format {
    case .text:
      try PlainTextParser.parse(decoded, path: path, speakerMap: options.speakerMap)
    case .webvtt:
      try WebVTTParser.parse(decoded, path: path, options: options)
    case .srt:
      try SRTParser.parse(decoded, path: path, options: options)
    case .json:
      try JSONTranscriptParser.parse(decoded, path: path, options: options)
    case .csv, .tsv:
      try DelimitedTranscriptParser.parse(
        decoded, path: path,
        delimiter: options.delimiter ?? DelimitedTranscriptParser.sniffDelimiter(decoded.units, preferring: format == .tsv ? "\t" : ","),
        options: options)
    }
  }

  package static func sha256Hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    for byte in SHA256.hash(data: bytes) {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }
}
