// swift-tools-version: 6.1
// libFuzzer targets for Rapport's parsers, kept out of the main package so `swift build` and
// `swift test` never need the sanitizers. Build and run (see README.md here):
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address
//   .build/debug/FuzzTranscript -max_total_time=600 corpus/transcript
import PackageDescription

let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
  name: "RapportFuzz",
  dependencies: [.package(name: "Rapport", path: "..")],
  targets: [
    // Bytes → TranscriptReader in every input format: a transcript or a RapportError.
    .executableTarget(
      name: "FuzzTranscript", dependencies: [.product(name: "RapportCore", package: "Rapport")],
      swiftSettings: fuzzFlags),
    // Bytes → LexiconLoader (libxml2 parse, DOCTYPE refusal, XSD validation, entry checks).
    .executableTarget(
      name: "FuzzLexicon", dependencies: [.product(name: "RapportCore", package: "Rapport")],
      swiftSettings: fuzzFlags),
  ],
  swiftLanguageModes: [.v6]
)
