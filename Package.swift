// swift-tools-version: 6.1
import PackageDescription

// The stages are separate modules, but the hot path crosses them (the tagger and the act
// rules call the vocabulary and test word-class bits per token): full cross-module
// optimization lets the optimizer inline those calls as it did when the stages were one
// module. Measured with ../shared/bench/compare.sh (README, Benchmark).
let stage: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
  name: "Rapport",
  products: [
    .executable(name: "rapport", targets: ["rapport"]),
    .library(name: "RapportCore", targets: ["RapportCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    // Reads .docx transcripts (a ZIP archive of XML).
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    .package(url: "https://github.com/JohnSundell/Plot", exact: "0.14.0"),
    // Property tests of the parsers and writers (test target only).
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    // ICU (normalization, break iterators, charset detection and conversion) behind a C shim
    // whose public header includes only <stdint.h>.
    .target(
      name: "CRapportICU",
      linkerSettings: [
        .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
      ]
    ),
    // libxml2 (parsing, XSD validation, writing) behind a C shim of the same kind.
    .target(
      name: "CRapportXML",
      cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
      linkerSettings: [.linkedLibrary("xml2")]
    ),
    // The shipped lexicons and published schemas, embedded by the build (.embedInCode). Its
    // Lexicons/ and Schemas/ are symbolic links to the folders at the root, so each file has
    // one copy and an edit reaches the binary on the next build.
    .target(
      name: "RapportResources",
      exclude: ["Lexicons/README.md"],
      resources: [.embedInCode("Lexicons"), .embedInCode("Schemas")]
    ),
    // The pipeline, one target per stage; a stage depends only on earlier ones and uses them
    // through `package` access, so the compiler refuses a stage that reaches back.
    // Errors, files, the libxml2 wrapper, rounding and the CSV/JSON/XML writing helpers.
    .target(name: "RapportSupport", dependencies: ["CRapportXML"], swiftSettings: stage),
    // The ICU wrapper, normalization, tokenization and the vocabulary of interned word ids.
    .target(name: "RapportText", dependencies: ["RapportSupport", "CRapportICU"], swiftSettings: stage),
    // Transcript files (every format) to `Transcript` values, and the batch's input list.
    .target(
      name: "RapportIngest",
      dependencies: [
        "RapportSupport", "RapportText",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ], swiftSettings: stage
    ),
    // Lexicon files: reading, importing, linting, exporting; the built-in lexicons.
    .target(
      name: "RapportLexicon", dependencies: ["RapportSupport", "RapportText", "RapportIngest", "RapportResources"],
      swiftSettings: stage),
    // Lexicon matching over the token stream: hits with their modifiers.
    .target(
      name: "RapportTag", dependencies: ["RapportSupport", "RapportText", "RapportIngest", "RapportLexicon"],
      swiftSettings: stage),
    // Counts, therapist acts (rules and the trained coder) and alliance indicators.
    .target(
      name: "RapportMeasure",
      dependencies: ["RapportSupport", "RapportText", "RapportIngest", "RapportTag"], swiftSettings: stage
    ),
    // Output models and writers: JSON, XML, CSV tables and the HTML report.
    .target(
      name: "RapportOutput",
      dependencies: [
        "RapportSupport", "RapportIngest", "RapportMeasure", .product(name: "Plot", package: "Plot"),
      ], swiftSettings: stage
    ),
    // Lexicon and act validation against gold annotations, concordance, suggestions, redaction.
    .target(
      name: "RapportValidation",
      dependencies: ["RapportSupport", "RapportText", "RapportIngest", "RapportLexicon", "RapportTag", "RapportMeasure"],
      swiftSettings: stage
    ),
    // A batch run: screening inputs, analyzing them in parallel and writing every output.
    .target(
      name: "RapportBatch",
      dependencies: [
        "RapportSupport", "RapportIngest", "RapportTag", "RapportMeasure", "RapportOutput", "RapportValidation",
        .product(name: "Crypto", package: "swift-crypto"),
      ], swiftSettings: stage
    ),
    // Synthetic sessions for tests and benchmarks (`rapport generate`).
    .target(
      name: "RapportGenerate", dependencies: ["RapportSupport", "RapportText", "RapportIngest", "RapportMeasure"],
      swiftSettings: stage),
    // The umbrella library: re-exports every stage, so the CLI, Fuzz/ and the tests need one import.
    .target(
      name: "RapportCore",
      dependencies: [
        "RapportResources", "RapportSupport", "RapportText", "RapportIngest", "RapportLexicon", "RapportTag",
        "RapportMeasure", "RapportOutput", "RapportValidation", "RapportBatch", "RapportGenerate",
      ]
    ),
    .executableTarget(
      name: "rapport",
      dependencies: [
        "RapportCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "RapportCoreTests",
      dependencies: [
        "RapportCore", "RapportResources", "RapportSupport", "RapportText", "RapportIngest", "RapportLexicon",
        "RapportTag", "RapportMeasure", "RapportOutput", "RapportValidation", "RapportBatch", "RapportGenerate",
        "rapport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Fixtures"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
