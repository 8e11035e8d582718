import Foundation
import RapportSupport

/// A manifest's inputs made one at a time as it is written (`RunManifest.writeJSON`), so a run
/// keeps only its compact screening of them (`InputScreening`), not a list of entries.
struct ManifestInputs {
  var count: Int
  var input: (Int) -> RunManifest.Input

  /// The inputs `manifest` lists itself.
  init(_ manifest: RunManifest) {
    let inputs = manifest.inputs
    self.init(count: inputs.count) { inputs[$0] }
  }

  init(count: Int, input: @escaping (Int) -> RunManifest.Input) {
    self.count = count
    self.input = input
  }
}

extension RunManifest {
  /// The manifest's bytes, exactly as `JSONOutput.encode(self)` gives them, handed to `sink`
  /// in pieces. Its three lists (inputs, files, failures) are written here one element at a
  /// time; the other members, small and fixed in size, go through `JSONOutput`. With
  /// `JSONEncoder` the whole manifest became a tree of boxed values before any byte was
  /// written: for 10,000 sessions about 8 MB, the largest thing a run held in memory, and its
  /// 12 ms were serial time at the end of every run.
  ///
  /// The members are written in the order `.sortedKeys` gives their names; a member added to
  /// `RunManifest` must be added here too (`ManifestJSONTests` compares the two encodings).
  /// `inputs` stands for the manifest's own `inputs` when given.
  func writeJSON(inputs: ManifestInputs? = nil, _ sink: (ArraySlice<UInt8>) throws(FileSystem.Failure) -> Void) throws {
    try withoutActuallyEscaping(sink) { sink in try write(ManifestJSONWriter(sink: sink), inputs: inputs ?? ManifestInputs(self)) }
  }

  private func write(_ start: ManifestJSONWriter, inputs: ManifestInputs) throws {
    var writer = start
    try writer.text("{\n")
    if let batch { try writer.member("batch", batch) }
    try writer.member("complete", complete)
    if let failures {
      try writer.list("failures", failures) { writer, failure in
        writer.open()
        if let file = failure.file { writer.field("file", string: file) }
        if let line = failure.line { writer.field("line", number: line) }
        writer.field("message", string: failure.message)
        writer.field("position", number: failure.position)
        writer.close()
      }
    }
    try writer.list("files", files) { writer, file in
      writer.bytes += "    ".utf8
      writer.string(file)
    }
    try writer.list("inputs", (0..<inputs.count).lazy.map(inputs.input)) { writer, input in
      writer.open()
      if let original = input.duplicateOf { writer.field("duplicateOf", string: original) }
      writer.field("path", string: input.path)
      if let position = input.position { writer.field("position", number: position) }
      writer.field("session", string: input.session)
      if let sha256 = input.sha256 { writer.field("sha256", string: sha256) }
      writer.close()
    }
    if let merged { try writer.member("merged", merged) }
    try writer.member("options", options)
    if let plan { try writer.member("plan", plan) }
    try writer.member("schema", schema)
    if let shard { try writer.member("shard", shard) }
    try writer.member("tool", tool)
    try writer.member("toolVersion", toolVersion)
    try writer.text("\n}\n")
  }
}

/// Writes the top-level object of a manifest as `JSONEncoder` with `.prettyPrinted` does:
/// two spaces per level, `"key" : value`, members and elements separated by `,\n`, an empty
/// list as `[`, an empty line, `  ]`.
private struct ManifestJSONWriter {
  let sink: (ArraySlice<UInt8>) throws(FileSystem.Failure) -> Void
  var bytes: [UInt8] = []
  /// Whether a member has been written (the next one needs a comma).
  private var started = false
  /// Whether the element object being written has a field yet.
  private var fieldStarted = false

  init(sink: @escaping (ArraySlice<UInt8>) throws(FileSystem.Failure) -> Void) {
    self.sink = sink
    bytes.reserveCapacity(1 << 16)
  }

  mutating func text(_ text: String) throws(FileSystem.Failure) {
    bytes += text.utf8
    try flush(ifOver: 0)
  }

  private mutating func flush(ifOver limit: Int) throws(FileSystem.Failure) {
    guard bytes.count > limit else { return }
    try sink(bytes[...])
    bytes.removeAll(keepingCapacity: true)
  }

  private mutating func key(_ name: String) {
    var after = started
    key(name, indent: "  ", after: &after)
    started = after
  }

  /// `"name" : `, on its own line after a comma when `after` (then set).
  private mutating func key(_ name: String, indent: String, after: inout Bool) {
    if after { bytes += ",\n".utf8 }
    after = true
    bytes += indent.utf8
    string(name)
    bytes += " : ".utf8
  }

  /// A member whose value `JSONOutput` encodes, indented one level.
  mutating func member(_ name: String, _ value: some Encodable) throws {
    key(name)
    var encoded = try JSONOutput.encode(value)
    encoded.removeLast()  // JSONOutput's closing newline
    // Newlines inside strings are escaped, so every one here is between lines; the empty
    // line of an empty list or object stays empty.
    for (offset, byte) in encoded.enumerated() {
      bytes.append(byte)
      if byte == UInt8(ascii: "\n"), encoded[offset + 1] != UInt8(ascii: "\n") { bytes += "  ".utf8 }
    }
  }

  /// A member that is a list, each element written by `element`.
  mutating func list<Elements: Collection>(
    _ name: String, _ elements: Elements, _ element: (inout ManifestJSONWriter, Elements.Element) -> Void
  ) throws(FileSystem.Failure) {
    key(name)
    guard !elements.isEmpty else {
      bytes += "[\n\n  ]".utf8
      return
    }
    bytes += "[\n".utf8
    for (offset, item) in elements.enumerated() {
      if offset > 0 { bytes += ",\n".utf8 }
      element(&self, item)
      try flush(ifOver: 1 << 16)
    }
    bytes += "\n  ]".utf8
  }

  /// Opens an object that is an element of a top-level list.
  mutating func open() {
    bytes += "    {\n".utf8
    fieldStarted = false
  }

  mutating func close() {
    bytes += "\n    }".utf8
  }

  private mutating func fieldKey(_ name: String) {
    var after = fieldStarted
    key(name, indent: "      ", after: &after)
    fieldStarted = after
  }

  mutating func field(_ name: String, string value: String) {
    fieldKey(name)
    string(value)
  }

  mutating func field(_ name: String, number value: Int) {
    fieldKey(name)
    bytes += String(value).utf8
  }

  mutating func string(_ text: String) {
    JSONOutput.appendString(text, to: &bytes)
  }
}
