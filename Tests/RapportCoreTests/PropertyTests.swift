import Foundation
import PropertyBased
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportLexicon
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportSupport
@testable import RapportTag
@testable import RapportValidation

/// Properties over generated inputs (x-sheep/swift-property-based): parsers take arbitrary
/// bytes to a value or a `RapportError`, never a crash; writers round-trip arbitrary strings;
/// session ids are injective over arbitrary path sets (issue #16).
@Suite struct PropertyTests {
  /// Characters that have broken writers and parsers before, drawn half the time.
  static let awkward: [Unicode.Scalar] = [
    ",", "\"", "\r", "\n", "\t", "\u{0}", "\u{1B}", "\u{301}", "\u{FFFE}", "\u{FFFF}", "=", "+", "-", "@", "<",
    "&", ">", "'", ";", "/", ".", "\u{200B}", "\u{200F}", "\u{FEFF}", "\u{1F600}", "é", "T", ":", " ", "0",
  ]

  /// Any scalar (surrogate values become U+FFFD), or one of `awkward`.
  static let scalar = Gen<UInt32>.value(in: 0...(0x10FFFF * 2)).map { value -> Unicode.Scalar in
    if value > 0x10FFFF { return awkward[Int(value) % awkward.count] }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  static let text = scalar.array(of: 0...24).map { String(String.UnicodeScalarView($0)) }

  static let bytes = Gen<UInt8>.value(in: 0...255).array(of: 0...400)

  @Test func arbitraryBytesGiveATranscriptOrARapportError() async {
    await propertyCheck(count: 300, input: Self.bytes, Gen<Int>.value(in: 0...TranscriptFormat.allCases.count)) { bytes, choice in
      var options = IngestOptions()
      options.format = choice < TranscriptFormat.allCases.count ? TranscriptFormat.allCases[choice] : nil
      do {
        let transcript = try TranscriptReader.read(bytes: bytes, path: "generated.txt", options: options)
        #expect(transcript.turns.allSatisfy { $0.speaker < transcript.speakers.count })
      } catch {
        #expect(error is RapportError, "\(error)")
      }
    }
  }

  @Test func transcriptLikeTextGivesATranscriptOrARapportError() async {
    let lines = Self.text.map { "T: " + $0 }.array(of: 0...12).map { $0.joined(separator: "\n") }
    await propertyCheck(count: 200, input: lines) { text in
      do {
        _ = try TranscriptReader.read(bytes: Array(text.utf8), path: "generated.txt")
      } catch {
        #expect(error is RapportError, "\(error)")
      }
    }
  }

  @Test func arbitraryBytesGiveALexiconOrARapportError() async {
    let prefix = Array(#"<?xml version="1.0"?><lexicon xmlns="urn:rapport:lexicon:1" name="g" version="1" language="en">"#.utf8)
    await propertyCheck(count: 200, input: Self.bytes, Gen.bool) { bytes, wrapped in
      do {
        _ = try LexiconLoader.load(bytes: wrapped ? prefix + bytes : bytes, path: "generated.xml")
      } catch {
        #expect(error is RapportError, "\(error)")
      }
    }
  }

  @Test func csvRoundTripsArbitraryStrings() async throws {
    await propertyCheck(count: 300, input: Self.text.array(of: 1...6).array(of: 1...4)) { rows in
      let bytes = CSVTable(header: [], rows: rows).encodedRows()
      let parsed = try RFC4180.parse(bytes)
      let expected = rows.map { row in row.map { CSVTable.isFormulaLeading($0) ? "'" + $0 : $0 } }
      #expect(parsed.map { $0.map { Array($0.unicodeScalars) } } == expected.map { $0.map { Array($0.unicodeScalars) } })
    }
  }

  @Test func jsonRoundTripsArbitraryStrings() async throws {
    await propertyCheck(count: 300, input: Self.text.array(of: 0...8)) { values in
      let bytes = try JSONOutput.encode(values)
      let decoded = try JSONDecoder().decode([String].self, from: Data(bytes))
      #expect(decoded.map { Array($0.unicodeScalars) } == values.map { Array($0.unicodeScalars) })
    }
  }

  @Test func xmlRoundTripsArbitraryStringsWithForbiddenCharactersReplaced() async throws {
    await propertyCheck(count: 300, input: Self.text, Self.text) { attribute, text in
      let writer = LibXML.Writer()
      writer.startElement("item")
      writer.attribute("value", attribute)
      writer.text(text)
      writer.endElement()
      let bytes = try #require(writer.finish())
      let root = try LibXML.read(bytes, name: "generated.xml")
      // libxml2 writes CR as `&#13;`, so line ends survive the reader's normalization too.
      let expectedText = XMLValue.clean(text)
      #expect(Array((root.attributes.first { $0.name == "value" }?.value ?? "").unicodeScalars) == Array(XMLValue.clean(attribute).unicodeScalars))
      #expect(Array(root.text.unicodeScalars) == Array(expectedText.unicodeScalars))
    }
  }

  @Test func sessionIDsAreInjectiveOverArbitraryPathSets() async {
    let segments: [String] = [
      "s", "S", "s_txt", "a", "b", "caf\u{E9}", "cafe\u{301}", "corpus", "sessions", "rapport-manifest", ".hidden", "-x", "x y",
      "s~1", String(repeating: "long", count: 40), "\u{1B}[31m", "名前", "a.b",
    ]
    let extensions = ["txt", "srt", "vtt", "json", "csv", ""]
    let segment = Gen<Int>.value(in: 0...(segments.count - 1)).map { segments[$0] }
    let path = segment.array(of: 1...3).map { $0.joined(separator: "/") }
    let pathExtension = Gen<Int>.value(in: 0...(extensions.count - 1)).map { extensions[$0] }
    await propertyCheck(count: 300, input: path.array(of: 1...12), pathExtension.array(of: 12)) { paths, exts in
      var seen = Set<[UInt8]>()
      var inputs: [(path: String, relative: String)] = []
      for (index, stem) in paths.enumerated() {
        let relative = exts[index].isEmpty ? stem : stem + "." + exts[index]
        guard seen.insert(Array(relative.utf8)).inserted else { continue }
        inputs.append(("root/" + relative, relative))
      }
      let ids = SessionID.assign(inputs).map(\.id)
      #expect(Set(ids.map(SessionID.key)).count == ids.count, "\(inputs.map(\.relative)) → \(ids)")
      for id in ids {
        #expect(!id.contains("/") && !id.hasPrefix(".") && !id.hasPrefix("-"))
        #expect(!SessionID.reserved.contains(SessionID.key(id)))
        #expect(id.utf8.count + ".json".utf8.count <= 255)
        #expect(!id.unicodeScalars.contains { $0.value < 0x20 })
      }
      // The same set in another order gets the same ids.
      let reversed = SessionID.assign(inputs.reversed()).map(\.id)
      #expect(Array(reversed.reversed()) == ids)
    }
  }
}
