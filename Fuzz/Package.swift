// swift-tools-version: 6.1
// libFuzzer targets for Rapport's parsers, kept out of the main package so `swift build` and
// `swift test` never need the sanitizers. Each target's main.swift hands its entry function to
// libFuzzer's `LLVMFuzzerRunDriver` (SwiftPM names an executable's entry point itself, so
// libFuzzer's own `main` cannot be used). Build and run (see README.md here):
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
//   .build/debug/FuzzTranscript -max_total_time=600 corpus/transcript
import PackageDescription

let package = Package(
  name: "RapportFuzz",
  dependencies: [.package(name: "Rapport", path: "..")],
  targets: [
    // Bytes → TranscriptReader in every input format: a transcript or a RapportError.
    .executableTarget(
      name: "FuzzTranscript", dependencies: [.product(name: "RapportCore", package: "Rapport")]),
    // Bytes → LexiconLoader (libxml2 parse, DOCTYPE refusal, XSD validation, entry checks).
    .executableTarget(
      name: "FuzzLexicon", dependencies: [.product(name: "RapportCore", package: "Rapport")]),
    // Bytes → the .dic, .dicx and table importers (then every exporter) or the speaker map.
    .executableTarget(
      name: "FuzzImport", dependencies: [.product(name: "RapportCore", package: "Rapport")]),
  ],
  swiftLanguageModes: [.v6]
)
