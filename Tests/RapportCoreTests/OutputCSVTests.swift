import Foundation
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
@testable import RapportText
@testable import RapportValidation

/// A strict RFC 4180 reader for the tests: CRLF line ends, quoted fields with doubled quotes.
enum RFC4180 {
  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  static func parse(_ bytes: [UInt8]) throws -> [[String]] {
    let text = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    var rows: [[String]] = []
    var row: [String] = []
    var field = String.UnicodeScalarView()
    var index = 0
    var quoted = false
    while index < text.count {
      let scalar = text[index]
      if quoted {
        if scalar == "\"" {
          if index + 1 < text.count, text[index + 1] == "\"" {
            field.append("\"")
            index += 1
          } else {
            quoted = false
          }
        } else {
          field.append(scalar)
        }
      } else if scalar == "\"" {
        guard field.isEmpty else { throw Malformed(description: "quote inside an unquoted field at \(index)") }
        quoted = true
      } else if scalar == "," {
        row.append(String(field))
        field = String.UnicodeScalarView()
      } else if scalar == "\r" {
        guard index + 1 < text.count, text[index + 1] == "\n" else { throw Malformed(description: "bare CR at \(index)") }
        row.append(String(field))
        rows.append(row)
        row = []
        field = String.UnicodeScalarView()
        index += 1
      } else if scalar == "\n" {
        throw Malformed(description: "bare LF at \(index)")
      } else {
        field.append(scalar)
      }
      index += 1
    }
    guard !quoted, row.isEmpty, field.isEmpty else { throw Malformed(description: "the last line does not end in CRLF") }
    return rows
  }
}

@Suite struct OutputCSVTests {
  static func analysis(segments: Int = 3, composite: Bool = false) throws -> (SessionAnalysis, Matcher) {
    try CLI.analysis(
      "named-speakers", session: "named", options: AnalysisOptions(segments: segments, composite: composite, turnDetails: true))
  }

  @Test func fieldsAreQuotedOnlyWhenTheyMustBe() throws {
    let table = CSVTable(header: ["a", "b", "c", "d"], rows: [["plain", "with, comma", "say \"hi\"", "two\nlines"]])
    let text = String(decoding: table.encoded(), as: UTF8.self)
    #expect(text == "a,b,c,d\r\nplain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
    #expect(try RFC4180.parse(table.encoded()) == [table.header] + table.rows)
  }

  @Test(arguments: [1, 3, 5, 10])
  func sessionsTableHasUniqueColumnsAndFullRows(segments: Int) throws {
    let lexicons = try ["emotions", "relational", "therapist", "rupture", "function-words"].map {
      try LexiconLoader.load(path: CLI.packageRoot.appendingPathComponent("Lexicons/\($0).xml").path)
    }
    let categories = try Matcher(lexicons: lexicons).categories.filter { $0.role == .content }.map(\.id)
    for composite in [false, true] {
      let table = SessionsTable(categories: categories, segments: segments, composite: composite)
      #expect(Set(table.header).count == table.header.count, "duplicate column names")
      #expect(table.header.contains("composite") == composite)
      #expect(table.header.filter { $0.hasPrefix("lsm_seg") }.count == segments)
      // Every content category has six columns; nothing else starts with a role prefix.
      let categoryColumns = table.header.filter { $0.hasPrefix("therapist_") || $0.hasPrefix("client_") }
      #expect(categoryColumns.count == categories.count * 6)
      #expect(table.header.allSatisfy { $0.first!.isLetter && !$0.contains(" ") })
    }
  }

  @Test func sessionsRowMatchesTheSummary() throws {
    let (analysis, matcher) = try Self.analysis(composite: true)
    let categories = matcher.categories.filter { $0.role == .content }.map(\.id)
    let table = SessionsTable(categories: categories, segments: 3, composite: true)
    let row = table.row(analysis.summary)
    #expect(row.count == table.header.count)
    let cell = Dictionary(uniqueKeysWithValues: zip(table.header, row))
    let indicators = analysis.summary.indicators
    #expect(cell["session"] == "named")
    #expect(cell["words"] == String(analysis.summary.words))
    #expect(cell["lsm"] == indicators.languageStyleMatching.session.map(Rounding.text))
    #expect(cell["miti_rq_band"] == indicators.miti.rqBand?.rawValue ?? "")
    #expect(cell["composite"] == indicators.composite?.value.map(Rounding.text))
    // The client said "trust" once in 18 words: 1 / 18 × 100 = 5.5556.
    #expect(cell["client_trust"] == "1")
    #expect(cell["client_trust_rate"] == "5.5556")
    // The interpreter is the one "other" speaker, with 3 words ("She says yes").
    #expect(cell["turns_other"] == "1")
    #expect(cell["words_other"] == "3")
  }

  /// A whole number is written as its decimal string is, signs and extremes included.
  @Test(arguments: [0, 7, 10, 99, 100, 1234567, -1, -10, -305, Int.max, Int.min])
  func wholeNumbersAreWrittenAsTheirStrings(_ value: Int) {
    var direct: [UInt8] = [0x41]
    CSVTable.append(value, to: &direct)
    var viaString: [UInt8] = [0x41]
    CSVTable.append(String(value), to: &viaString)
    #expect(direct == viaString)
  }

  /// A number is written as its `Rounding.text` string is: whole numbers, four decimals,
  /// negative values, values past the fixed-digit limit, infinities and NaN.
  @Test func numbersAreWrittenAsTheirText() {
    var values: [Double] = [
      0, -0.0, 0.5, -0.5, 1e-5, 5e-5, 0.00005, 0.00015, 12.3456789, -7.58294, 99_999.99995, 1e11, -1e11, 1e11 - 0.5,
      123_456_789_012.3456, 1e15, -1e15, 1e15 + 2, 1e20, -2.5e30, .infinity, -.infinity, .nan, .greatestFiniteMagnitude,
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<50_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let mantissa = Double(state >> 11) / Double(1 << 53)
      let scale = [1.0, 100, 1e4, 1e7, 1e10, 1e12, 1e16][Int(state % 7)]
      values.append((state & 1 == 0 ? 1 : -1) * mantissa * scale)
    }
    for value in values {
      var direct: [UInt8] = [0x41]
      CSVTable.append(value, to: &direct)
      var viaString: [UInt8] = [0x41]
      CSVTable.append(Rounding.text(value), to: &viaString)
      #expect(direct == viaString, "\(value)")
    }
  }

  /// The batch writes categories.csv rows as bytes directly; they are the bytes of the rows
  /// as cells, also for labels and ids that must be quoted or neutralized.
  @Test func categoriesRowsAsBytesAreTheRowsEncoded() throws {
    let (analysis, matcher) = try Self.analysis()
    let categories = matcher.categories.filter { $0.role == .content }.map(\.id)
    var summary = analysis.summary
    #expect(CategoriesTable.encodedRows(summary, categories: categories)
      == CSVTable(header: [], rows: CategoriesTable.rows(summary, categories: categories)).encodedRows())
    summary.session = "a, \"b\""
    for (index, label) in ["=SUM(A1)", "two\nlines", "-3"].enumerated() where index < summary.speakers.count {
      summary.speakers[index].label = label
    }
    let awkward = categories + ["not, counted", "@x"]
    let bytes = CategoriesTable.encodedRows(summary, categories: awkward)
    #expect(bytes == CSVTable(header: [], rows: CategoriesTable.rows(summary, categories: awkward)).encodedRows())
    #expect(String(decoding: bytes, as: UTF8.self).contains("\"a, \"\"b\"\"\",'=SUM(A1),"))
  }

  @Test func categoriesTableIsCompleteAndLong() throws {
    let (analysis, matcher) = try Self.analysis()
    let categories = matcher.categories.filter { $0.role == .content }.map(\.id)
    let rows = CategoriesTable.rows(analysis.summary, categories: categories)
    // Three speakers × (all + 3 segments) × every content category.
    #expect(rows.count == 3 * 4 * categories.count)
    #expect(rows.allSatisfy { $0.count == CategoriesTable.header.count })
    // Segment counts add up to the session count for every speaker and category.
    for speaker in analysis.summary.speakers {
      for category in categories {
        let mine = rows.filter { $0[1] == speaker.label && $0[5] == category }
        let all = Int(mine.first { $0[3] == "all" }![6])!
        #expect(mine.filter { $0[3] != "all" }.reduce(0) { $0 + Int($1[6])! } == all)
      }
    }
  }

  @Test func turnsTableRenamesCategoriesThatShadowFixedColumns() {
    #expect(TurnsTable.header(categories: ["fear", "words", "act"]).suffix(3) == ["fear", "category_words", "category_act"])
  }

  @Test func turnsTableHasOneRowPerTurnWithActsForTherapistTurnsOnly() throws {
    let (analysis, _) = try Self.analysis()
    let rows = TurnsTable.rows(analysis)
    #expect(rows.count == 6)
    #expect(rows.map { $0[7] } == ["open-question", "", "open-question", "", "", "emphasizing-autonomy"])
    // Start times come from the timestamps, in seconds.
    #expect(rows.map { $0[4] } == ["5", "12", "30", "41", "50", "62"])
    #expect(rows.allSatisfy { $0.count == TurnsTable.header(categories: analysis.categories).count })
  }
}
