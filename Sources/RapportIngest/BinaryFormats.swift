/// Files that are plainly not transcripts Rapport reads, known by their first bytes, so they
/// get "export it as .txt or .docx" instead of being decoded as text and misread.
enum BinaryFormats {
  /// What `bytes` are, when their start marks a binary format Rapport does not read; nil for
  /// anything else (text, and ZIP archives, which may be .docx files).
  static func kind(of bytes: [UInt8]) -> String? {
    func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
      bytes.count >= offset + magic.count && Array(bytes[offset..<(offset + magic.count)]) == magic
    }
    let known: [(magic: [UInt8], offset: Int, kind: String)] = [
      (Array("%PDF-".utf8), 0, "a PDF document"),
      ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "an old Word .doc or Excel .xls file"),
      (Array("{\\rtf".utf8), 0, "an RTF document"),
      ([0x89, 0x50, 0x4E, 0x47], 0, "a PNG image"),
      ([0xFF, 0xD8, 0xFF], 0, "a JPEG image"),
      (Array("GIF8".utf8), 0, "a GIF image"),
      (Array("ID3".utf8), 0, "an MP3 recording"),
      (Array("RIFF".utf8), 0, "a WAV or other RIFF recording"),
      (Array("fLaC".utf8), 0, "a FLAC recording"),
      (Array("OggS".utf8), 0, "an Ogg recording"),
      (Array("ftyp".utf8), 4, "an MP4 or M4A recording"),
      ([0x1F, 0x8B], 0, "a gzip archive"),
      (Array("7z".utf8) + [0xBC, 0xAF], 0, "a 7-Zip archive"),
      (Array("\u{7F}ELF".utf8), 0, "a program"),
    ]
    return known.first { starts($0.magic, at: $0.offset) }?.kind
  }
}
