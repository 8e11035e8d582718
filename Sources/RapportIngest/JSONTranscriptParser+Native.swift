import RapportSupport

extension JSONTranscriptParser.Document {
  /// Turns of a `rapport-transcript/1` object: `schema`, optional `metadata` and `speakers`,
  /// and `turns`.
  func native(_ root: JSONNode, options: IngestOptions) throws(RapportError) -> ParsedTranscript {
    let schema = JSONTranscriptParser.schema
    let schemaRemedy = "Write \"schema\": \"\(schema)\" (docs/transcript-formats.md describes the format)"
    guard let declared = root["schema"], let name = declared.string else {
      throw error(at: root, "\"schema\" must be the string \"\(schema)\"", remedy: schemaRemedy)
    }
    guard name == schema else {
      throw error(at: declared, "the \"schema\" value (\(ContentDigest.describe(name, as: "a string"))) is not one this version of Rapport reads", remedy: schemaRemedy)
    }
    var parsed = ParsedTranscript()
    if let metadata = root["metadata"] {
      parsed.metadata = try self.metadata(metadata)
    }
    var table = SpeakerTable()
    let listed = try speakers(root["speakers"], into: &table)

    guard let turnsNode = root["turns"], let items = turnsNode.array, !items.isEmpty else {
      throw error(at: root["turns"] ?? root, "a \(schema) transcript needs a non-empty \"turns\" array", remedy: "Add \"turns\": [{\"speaker\": …, \"text\": …}, …]")
    }
    let remedy = "Give every turn a \"speaker\" and a \"text\""
    for (index, item) in items.enumerated() {
      let name = "turn \(index + 1)"
      guard item.isObject else {
        throw error(at: item, "\(name) is \(item.kindDescription), not an object", remedy: remedy)
      }
      let label = try text(item, "speaker", of: name, remedy: remedy)
      let speaker: Int
      if listed {
        guard let known = table.existingIndex(of: label) else {
          throw error(
            at: item, "\(name) names speaker \"\(label)\", which \"speakers\" does not list",
            remedy: "Add {\"label\": \"\(label)\"} to \"speakers\", or correct the turn's speaker")
        }
        speaker = known
      } else {
        speaker = table.index(of: label, line: lines.line(ofUTF16: item.start))
      }
      let words = try text(item, "text", of: name, remedy: remedy)
      let (start, end) = try times(item, of: name)
      parsed.turns.append(turn(number: index + 1, speaker: speaker, text: words, start: start, end: end, first: item, last: item))
    }
    (parsed.speakers, parsed.warnings) = table.speakers(map: options.speakerMap)
    return parsed
  }

  /// `metadata` as `key: value` lines, in the order written.
  private func metadata(_ node: JSONNode) throws(RapportError) -> [String] {
    guard case .object(let members) = node.value else {
      throw error(at: node, "\"metadata\" is \(node.kindDescription), not an object", remedy: "Write \"metadata\": {\"title\": \"…\", …}")
    }
    var lines: [String] = []
    for (key, value) in members {
      switch value.value {
      case .string(let text): lines.append("\(key): \(text)")
      case .number(_, let text): lines.append("\(key): \(text)")
      case .bool(let flag): lines.append("\(key): \(flag)")
      default:
        throw error(at: value, "metadata \"\(key)\" is \(value.kindDescription)", remedy: "Give metadata values as strings, numbers or true/false")
      }
    }
    return lines
  }

  /// Adds the `speakers` list, if there is one, to `table`; says whether there was one.
  private func speakers(_ node: JSONNode?, into table: inout SpeakerTable) throws(RapportError) -> Bool {
    guard let node, !node.isNull else { return false }
    let remedy = "List speakers as {\"label\": \"Therapist\", \"role\": \"therapist\"}"
    guard let items = node.array else {
      throw error(at: node, "\"speakers\" is \(node.kindDescription), not an array", remedy: remedy)
    }
    for (index, item) in items.enumerated() {
      guard item.isObject else {
        throw error(at: item, "speaker \(index + 1) is \(item.kindDescription), not an object", remedy: remedy)
      }
      let label = try text(item, "label", of: "speaker \(index + 1)", remedy: remedy).trimmingWhitespace()
      guard !label.isEmpty, table.existingIndex(of: label) == nil else {
        throw error(
          at: item, label.isEmpty ? "speaker \(index + 1) has an empty label" : "speaker \"\(label)\" is listed twice",
          remedy: "Give every speaker one distinct label")
      }
      let speaker = table.index(of: label, line: lines.line(ofUTF16: item.start))
      if let roleNode = item["role"], !roleNode.isNull {
        guard let roleName = roleNode.string, let role = Role(rawValue: roleName) else {
          let found = roleNode.string.map { "\"\($0)\"" } ?? roleNode.kindDescription
          throw error(at: roleNode, "speaker \"\(label)\" has the role \(found)", remedy: "Use \"therapist\", \"client\" or \"other\"")
        }
        table.give(role, to: speaker)
      }
    }
    return !items.isEmpty
  }
}
