// The shipped lexicons and the published schemas, embedded by SwiftPM at build time
// (`.embedInCode` in Package.swift, which generates `PackageResources`). Lexicons/ and Schemas/
// here are symbolic links to the folders at the package root, so there is one copy of each
// file and editing it changes what the next build carries, with no script to run.

/// Lexicons compiled into the binary, byte for byte as in Lexicons/.
package enum EmbeddedLexicons {
  /// Every Lexicons/*.xml file, by file name, in file-name order. A test checks that this list
  /// names every file in Lexicons/.
  package static let files: [(name: String, text: String)] = [
    ("emotions.xml", text(PackageResources.emotions_xml)),
    ("function-words.xml", text(PackageResources.function_words_xml)),
    ("modifiers.xml", text(PackageResources.modifiers_xml)),
    ("relational.xml", text(PackageResources.relational_xml)),
    ("rupture.xml", text(PackageResources.rupture_xml)),
    ("therapist.xml", text(PackageResources.therapist_xml)),
  ]

  /// Lexicons/modifiers.xml: the built-in modifier categories.
  package static var modifiers: String { files.first { $0.name == "modifiers.xml" }!.text }
}

/// The schemas Rapport publishes in Schemas/ (XSD and JSON Schema), compiled into the binary.
public enum EmbeddedSchemas {
  /// File name in Schemas/ → schema text, byte for byte as in Schemas/.
  public static let all: [String: String] = [
    "acts-model-1.schema.json": text(PackageResources.acts_model_1_schema_json),
    "corpus-1.schema.json": text(PackageResources.corpus_1_schema_json),
    "lexicon-1.xsd": text(PackageResources.lexicon_1_xsd),
    "session-2.schema.json": text(PackageResources.session_2_schema_json),
    "session-2.xsd": text(PackageResources.session_2_xsd),
    "themes-1.xsd": text(PackageResources.themes_1_xsd),
    "transcript-1.schema.json": text(PackageResources.transcript_1_schema_json),
  ]
}

/// The UTF-8 `bytes` of an embedded file as text (the files are UTF-8; the tests compare the
/// text's bytes with the files on disk).
private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
