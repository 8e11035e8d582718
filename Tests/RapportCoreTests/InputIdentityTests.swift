import Foundation
import Testing

@testable import RapportIngest

@Suite("One file reached by two paths is one input")
struct InputIdentityTests {
  /// A folder with `a.txt`, `b.txt`, a link `link.txt` to `a.txt`, and a link `alias` to the
  /// folder itself, beside it.
  private static func fixture() throws -> (root: String, folder: String) {
    let root = try TestSupport.temporaryDirectory()
    let folder = root + "/sessions"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for name in ["a", "b"] {
      try Data("T: Hello \(name).\nC: Hi.\n".utf8).write(to: URL(fileURLWithPath: folder + "/\(name).txt"))
    }
    try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: folder + "/a.txt")
    try FileManager.default.createSymbolicLink(atPath: root + "/alias", withDestinationPath: folder)
    return (root, folder)
  }

  @Test("a file named beside its folder, through a link, or through a linked folder is taken once")
  func linkedAndNamedPathsAreOneInput() throws {
    let (root, folder) = try Self.fixture()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let inputs = try InputDiscovery.inputs([folder, folder + "/a.txt", root + "/alias/b.txt", folder + "/../sessions/b.txt"])
    #expect(inputs.map(\.path) == [folder + "/a.txt", folder + "/b.txt"])
  }

  @Test("two files with the same name in two folders stay two inputs")
  func sameNamesInTwoFoldersAreTwoInputs() throws {
    let (root, folder) = try Self.fixture()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let other = root + "/other"
    try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
    try Data("T: Hello.\nC: Hi.\n".utf8).write(to: URL(fileURLWithPath: other + "/a.txt"))
    let inputs = try InputDiscovery.inputs([folder + "/a.txt", other + "/a.txt"])
    #expect(inputs.map(\.path) == [folder + "/a.txt", other + "/a.txt"])
  }

  @Test("the key is the real path: relative and absolute names of one file agree")
  func keysAreRealPaths() throws {
    let (root, folder) = try Self.fixture()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var identity = FileIdentity()
    let real = String(decoding: identity.key(folder + "/a.txt"), as: UTF8.self)
    #expect(identity.key(folder + "/link.txt") == Array(real.utf8))
    #expect(identity.key(root + "/alias/./a.txt") == Array(real.utf8))
    #expect(identity.key(folder + "/b.txt") != Array(real.utf8))
    #expect(real.hasPrefix("/") && real.hasSuffix("/sessions/a.txt") && !real.contains("/./"))
    // A path that does not exist keeps its own bytes.
    #expect(identity.key(folder + "/missing.txt").count > 0)
  }
}
