import RapportSupport

/// Writes a `Lexicon` in Rapport's native XML, the form `LexiconLoader` reads and
/// Schemas/lexicon-1.xsd validates. Only what differs from the defaults is written
/// (`weight` other than 1, `negation="false"`, a `role` other than content).
enum LexiconXMLWriter {
  /// - Throws: `RapportError` when libxml2 fails to write (it does only when memory runs out).
  static func write(_ lexicon: Lexicon) throws(RapportError) -> [UInt8] {
    let writer = LibXML.Writer()
    writer.startElement("lexicon", namespace: LexiconLoader.namespace)
    writer.attribute("name", lexicon.name)
    writer.attribute("version", lexicon.version)
    writer.attribute("language", lexicon.language)
    if let license = lexicon.license { writer.attribute("license", license) }
    if let description = lexicon.description { textElement(writer, "description", description) }
    if let provenance = lexicon.provenance { textElement(writer, "provenance", provenance) }
    for category in lexicon.categories {
      writer.startElement("category")
      writer.attribute("id", category.id)
      writer.attribute("label", category.label)
      if let parent = category.parent { writer.attribute("parent", parent) }
      if let seed = category.seed { writer.attribute("seed", seed) }
      if !category.negation { writer.attribute("negation", "false") }
      if category.role != .content { writer.attribute("role", category.role.rawValue) }
      if let description = category.description { textElement(writer, "description", description) }
      if let provenance = category.provenance { textElement(writer, "provenance", provenance) }
      for entry in category.entries {
        writer.startElement("entry")
        writer.attribute("term", entry.term)
        if entry.weight != 1 { writer.attribute("weight", LexiconExporter.decimal(entry.weight)) }
        for exclusion in entry.exclusions { textElement(writer, "unless", exclusion) }
        writer.endElement()
      }
      writer.endElement()
    }
    writer.endElement()
    guard let bytes = writer.finish() else {
      throw RapportError(
        .configuration, problem: "libxml2 could not write the lexicon '\(lexicon.name)' as XML",
        remedy: "libxml2 fails this way only when memory runs out; free memory and run again")
    }
    return bytes
  }

  private static func textElement(_ writer: LibXML.Writer, _ name: String, _ text: String) {
    writer.startElement(name)
    writer.text(text)
    writer.endElement()
  }
}

extension Lexicon {
  /// The lexicon as Rapport's native XML (UTF-8), valid against Schemas/lexicon-1.xsd when
  /// its ids are valid identifiers.
  ///
  /// - Throws: `RapportError` when libxml2 fails to write.
  public func xmlBytes() throws(RapportError) -> [UInt8] { try LexiconXMLWriter.write(self) }
}
