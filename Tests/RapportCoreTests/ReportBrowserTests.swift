import Foundation
import Testing

/// Renders report pages in Debian's headless Chromium (installed by .ci/run). Without a
/// chromium binary the suite fails, unless RAPPORT_SKIP_BROWSER_TESTS=1 says to skip it
/// (for machines without a browser; CI never sets it).
@Suite(
  "Report: pages drawn in a real headless browser",
  .enabled(if: Browser.path != nil || ProcessInfo.processInfo.environment["RAPPORT_SKIP_BROWSER_TESTS"] != "1"),
  .serialized)
struct ReportBrowserTests {
  /// One analyze run shared by the suite's tests: two Corpus sessions.
  static let output: Result<String, any Error> = Result {
    let out = try TestSupport.temporaryDirectory()
    let run = try TestSupport.rapport([
      "analyze", "Corpus/s05-rupture-repair-homework.vtt", "Corpus/s06-unrepaired-rupture.srt",
      "--format", "json,html", "--out", out,
    ])
    guard run.status == 0 else { throw Browser.Failure(message: "analyze failed: \(run.stderr)") }
    return out
  }

  static func count(_ tag: String, in dom: String) -> Int { dom.components(separatedBy: "<\(tag) ").count - 1 }

  @Test("a Corpus session page: every chart is drawn in the DOM the browser built")
  func sessionDOM() throws {
    let out = try Self.output.get()
    let dom = try Browser.dumpDOM(out + "/s05-rupture-repair-homework.html")
    let summary = try JSONDecoder().decode(
      RapportCoreSummary.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/s05-rupture-repair-homework.json")))
    #expect(Self.count("svg", in: dom) == 4)  // talk balance, affect, LSM, turn strip
    // One rect per turn in the strip, plus the two talk-balance parts.
    #expect(Self.count("rect", in: dom) == summary.turns + 2)
    // Affect: five lines of five segments at most; LSM: five points.
    #expect(Self.count("circle", in: dom) >= 10)
    #expect(dom.contains(#"class="rupture""#) && dom.contains(#"class="repair""#) && dom.contains(#"class="link""#))
    #expect(dom.contains("<title id=\"affect-chart-title\">"))
    #expect(dom.contains("% of client words"))
  }

  @Test("the index: a row and a link per session, a strip plot per indicator, the sort script inline")
  func indexDOM() throws {
    let out = try Self.output.get()
    let dom = try Browser.dumpDOM(out + "/index.html")
    #expect(Self.count("svg", in: dom) == 11)
    #expect(Self.count("circle", in: dom) >= 11 * 2 - 2)
    #expect(dom.contains(#"<a href="s06-unrepaired-rupture.html">"#))
    #expect(dom.contains("table.sortable th button") && !dom.contains("src=\"http"))
  }

  @Test("screenshots are not blank: far larger than a blank page's")
  func screenshots() throws {
    let out = try Self.output.get()
    let blank = out + "/blank.html"
    try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: URL(fileURLWithPath: blank))
    let blankSize = try Browser.screenshot(blank, to: out + "/blank.png")
    let sessionSize = try Browser.screenshot(out + "/s05-rupture-repair-homework.html", to: out + "/session.png")
    let indexSize = try Browser.screenshot(out + "/index.html", to: out + "/index.png")
    #expect(blankSize > 0)
    #expect(sessionSize > blankSize * 5, "session page PNG \(sessionSize) bytes vs blank \(blankSize)")
    #expect(indexSize > blankSize * 5, "index PNG \(indexSize) bytes vs blank \(blankSize)")
  }
}

/// What the browser test reads of a session JSON.
struct RapportCoreSummary: Decodable {
  var turns: Int
}

/// Runs Debian's chromium headless.
enum Browser {
  struct Failure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  /// The chromium binary on PATH, if any.
  static let path: String? = {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    for folder in folders {
      for name in ["chromium", "chromium-browser"] {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }()

  static let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1200,2400"]

  /// Runs chromium with `arguments`; returns its standard output.
  static func run(_ arguments: [String]) throws -> String {
    guard let path else {
      throw Failure(message: "chromium is not installed; .ci/run installs it (apt-get install chromium), or set RAPPORT_SKIP_BROWSER_TESTS=1 to skip")
    }
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let outPath = folder + "/stdout"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = flags + ["--user-data-dir=\(folder)/profile"] + arguments
    process.standardOutput = FileHandle(forWritingAtPath: outPath)
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw Failure(message: "chromium exited with \(process.terminationStatus)") }
    return String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self)
  }

  /// The DOM of the page at `file` after loading (scripts run).
  static func dumpDOM(_ file: String) throws -> String {
    try run(["--dump-dom", URL(fileURLWithPath: file).absoluteString])
  }

  /// Renders `file` to the PNG `png`; returns its size in bytes.
  static func screenshot(_ file: String, to png: String) throws -> Int {
    _ = try run(["--screenshot=\(png)", URL(fileURLWithPath: file).absoluteString])
    let attributes = try FileManager.default.attributesOfItem(atPath: png)
    return (attributes[.size] as? Int) ?? 0
  }
}
