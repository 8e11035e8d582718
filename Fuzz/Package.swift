// swift-tools-version: 6.1
// libFuzzer targets for Rapport's parsers, kept out of the main package so `swift build` and
// `swift test` never need the sanitizers. Each target's main.swift hands its entry function to
// libFuzzer's `LLVMFuzzerRunDriver` through FuzzDriver's `runFuzzer` (SwiftPM names an executable's entry point itself, so
// libFuzzer's own `main` cannot be used). Build and run (see README.md here):
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
//   .build/debug/FuzzTranscript -max_total_time=600 corpus/transcript
import PackageDescription

let package = Package(
  name: "RapportFuzz",
  dependencies: [.package(name: "Rapport", path: "..")],
  targets: [
    // The libFuzzer driver call every target's main.swift makes.
    .target(name: "FuzzDriver"),
    // Bytes → TranscriptReader in every input format, then the tagger and the summary.
    .executableTarget(
      name: "FuzzTranscript", dependencies: ["FuzzDriver", .product(name: "RapportCore", package: "Rapport")]),
    // Bytes → LexiconLoader (libxml2 parse, DOCTYPE refusal, XSD validation, entry checks).
    .executableTarget(
      name: "FuzzLexicon", dependencies: ["FuzzDriver", .product(name: "RapportCore", package: "Rapport")]),
    // Bytes → the .dic, .dicx and table importers (then every exporter) or the speaker map.
    .executableTarget(
      name: "FuzzImport", dependencies: ["FuzzDriver", .product(name: "RapportCore", package: "Rapport")]),
  ],
  swiftLanguageModes: [.v6]
)
