import Foundation
import ZIPFoundation
import RapportSupport

/// The text of a Word `.docx` file: a ZIP archive whose `word/document.xml` holds the body.
/// Each paragraph (`w:p`, in tables too) becomes one line; `w:t` runs give its text, `w:tab` a
/// tab and `w:br` / `w:cr` a line break; deleted text (`w:delText`) and field codes
/// (`w:instrText`) are left out. The lines are then read by the plain-text rules.
enum DocxText {
  /// The largest `word/document.xml` read, uncompressed (a guard against ZIP bombs).
  static let maximumDocumentBytes: UInt64 = 256 * 1024 * 1024

  /// Whether `bytes` start like a ZIP archive (`PK\u{3}\u{4}`).
  static func isZip(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
  }

  /// The paragraphs of the `.docx` in `bytes`, one per line, as UTF-8; `path` names the file
  /// in errors.
  static func text(_ bytes: [UInt8], path: String) throws(RapportError) -> [UInt8] {
    let archive: Archive
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw RapportError(
        .input, file: path, problem: "the file starts like a ZIP archive (as .docx files do) but cannot be opened as one",
        remedy: "Check that the file is complete, or export it as .txt or .docx again")
    }
    guard let entry = archive["word/document.xml"] else {
      throw RapportError(
        .input, file: path, problem: "not a transcript format Rapport reads (a ZIP archive without word/document.xml, so not a .docx)",
        remedy: "Export the transcript as .txt or .docx")
    }
    guard entry.uncompressedSize <= maximumDocumentBytes else {
      throw RapportError(
        .input, file: path, problem: "its word/document.xml is larger than \(maximumDocumentBytes / 1024 / 1024) MB uncompressed",
        remedy: "Split the document, or export it as .txt")
    }
    var xml = Data()
    do {
      _ = try archive.extract(entry) { chunk in
        xml.append(chunk)
        if UInt64(xml.count) > maximumDocumentBytes { throw CocoaError(.fileReadTooLarge) }
      }
    } catch {
      throw RapportError(
        .input, file: path, problem: "its word/document.xml cannot be unpacked (the archive is damaged)",
        remedy: "Open and save the document again, or export it as .txt")
    }
    let root: XMLElementNode
    do {
      root = try LibXML.read(Array(xml), name: path + "#word/document.xml")
    } catch {
      let line = error.diagnostics.first?.line
      throw RapportError(
        .input, file: path, problem: "its word/document.xml is not well-formed XML\(line.map { " (line \($0) of that part)" } ?? "")",
        remedy: "Open and save the document again, or export it as .txt")
    }
    var lines: [String] = []
    paragraphs(root, into: &lines)
    return Array(lines.joined(separator: "\n").utf8)
  }

  /// Appends the text of every paragraph under `node`, in document order.
  static func paragraphs(_ node: XMLElementNode, into lines: inout [String]) {
    if node.name == "p" {
      var text = ""
      runs(node, into: &text)
      // A paragraph that holds line breaks is several lines.
      lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
      return
    }
    for child in node.children { paragraphs(child, into: &lines) }
  }

  /// The visible text of the runs under `node`.
  static func runs(_ node: XMLElementNode, into text: inout String) {
    switch node.name {
    case "t": text += node.text
    case "tab": text += "\t"
    case "br", "cr": text += "\n"
    case "delText", "instrText", "del": return
    default: for child in node.children { runs(child, into: &text) }
    }
  }
}
