import Crypto

/// Options that shape how transcripts are read.
public struct IngestOptions: Sendable, Equatable {
  public var speakerMap: SpeakerMap
  /// A charset to use instead of detecting one.
  public var encoding: String?
  /// A format to use instead of detecting one.
  public var format: TranscriptFormat?

  public init(speakerMap: SpeakerMap = .builtIn, encoding: String? = nil, format: TranscriptFormat? = nil) {
    self.speakerMap = speakerMap
    self.encoding = encoding
    self.format = format
  }
}

/// Ingest's entry point: a transcript file in, a `Transcript` out.
public enum TranscriptReader {
  /// Reads and parses the transcript at `path`.
  public static func read(path: String, options: IngestOptions = IngestOptions()) throws(RapportError) -> Transcript {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw .unreadable(path, reason: error.reason)
    }
    return try read(bytes: bytes, path: path, options: options)
  }

  /// Parses a transcript from `bytes`, named `path` in messages and provenance.
  public static func read(bytes: [UInt8], path: String, options: IngestOptions = IngestOptions()) throws(RapportError) -> Transcript {
    guard !bytes.isEmpty else {
      throw RapportError(.input, file: path, problem: "the file is empty", remedy: "Check that the export finished")
    }
    let decoded = try TextDecoding.decode(bytes, path: path, encoding: options.encoding)
    let format = options.format ?? TranscriptFormat.detect(path: path, bytes: bytes)
    var parsed: PlainTextParser.Parsed
    switch format {
    case .text:
      parsed = try PlainTextParser.parse(decoded, path: path, speakerMap: options.speakerMap)
    }
    if decoded.replacements > 0 {
      parsed.warnings.append(InputWarning(
        code: "replacement-characters",
        message: "\(decoded.replacements) byte sequence(s) could not be decoded as \(decoded.encoding) and were replaced by U+FFFD; if the text looks wrong, name the encoding with --encoding"))
    }
    let source = TranscriptSource(
      path: path, format: format.rawValue, encoding: decoded.encoding,
      hadByteOrderMark: decoded.hadByteOrderMark, sha256: sha256Hex(bytes), byteCount: bytes.count)
    return Transcript(
      source: source, metadata: parsed.metadata, speakers: parsed.speakers, turns: parsed.turns,
      warnings: parsed.warnings.sorted())
  }

  static func sha256Hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    for byte in SHA256.hash(data: bytes) {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }
}
