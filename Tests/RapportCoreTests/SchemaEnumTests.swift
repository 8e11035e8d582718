import Foundation
import Testing

@testable import RapportCore
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportMeasure
@testable import RapportSupport
@testable import RapportText

/// The published schemas list the same values the code writes, so a new case added in Swift
/// cannot produce files that fail their own schema.
@Suite("Schema enumerations")
struct SchemaEnumTests {
  static func schema(_ name: String) throws -> String {
    try String(contentsOfFile: TestSupport.root + "/Schemas/" + name, encoding: .utf8)
  }

  @Test("every role source appears in the session XSD and JSON Schema")
  func roleSources() throws {
    let xsd = try Self.schema("session-2.xsd")
    let json = try Self.schema("session-2.schema.json")
    for source in RoleSource.allCases {
      #expect(xsd.contains("<xs:enumeration value=\"\(source.rawValue)\"/>"), "\(source.rawValue) missing from session-2.xsd")
      #expect(json.contains("\"\(source.rawValue)\""), "\(source.rawValue) missing from session-2.schema.json")
    }
  }

  @Test("every role appears in the session XSD")
  func roles() throws {
    let xsd = try Self.schema("session-2.xsd")
    for role in Role.allCases {
      #expect(xsd.contains("<xs:enumeration value=\"\(role.rawValue)\"/>"))
    }
  }
}
