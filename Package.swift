// swift-tools-version: 6.1
import PackageDescription

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
    .target(
      name: "RapportCore",
      dependencies: [
        "CRapportICU",
        "CRapportXML",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "Plot", package: "Plot"),
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
        "RapportCore", "rapport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Fixtures"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
