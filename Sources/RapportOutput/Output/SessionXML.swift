import RapportMeasure
import RapportSupport

/// Writes a `SessionSummary` as XML with libxml2's text writer, in the shape
/// Schemas/session-2.xsd describes (namespace `urn:rapport:session:2`). Keys the JSON holds
/// in objects become elements sorted by id or name; null values are left-out attributes.
public enum SessionXML {
  /// The namespace of session documents, version 1.
  public static let namespace = "urn:rapport:session:2"
  /// The schema file in Schemas/ (and `EmbeddedSchemas.all`) that describes them.
  public static let schemaFile = "session-2.xsd"

  /// libxml2 reported a write error.
  public struct Failure: Error, Sendable {}

  /// The document's UTF-8 bytes.
  public static func encode(_ summary: SessionSummary) throws(Failure) -> [UInt8] {
    let writer = LibXML.Writer()
    writer.startElement("session", namespace: namespace)
    writer.attribute("schema", summary.schema)
    writer.attribute("id", summary.session)
    writer.attribute("turns", String(summary.turns))
    writer.attribute("words", String(summary.words))
    provenance(summary.provenance, writer)
    summaryVariables(summary.summaryVariables, writer)
    writer.element("segments") {
      for span in summary.segments {
        writer.element("segment", [
          "number": String(span.segment), "words": String(span.words),
          "firstTurn": XMLValue.integer(span.firstTurn), "lastTurn": XMLValue.integer(span.lastTurn),
        ])
      }
    }
    for speaker in summary.speakers { self.speaker(speaker, writer) }
    indicators(summary.indicators, writer)
    writer.element("warnings") {
      for warning in summary.warnings {
        writer.textElement("warning", ["code": warning.code, "line": XMLValue.integer(warning.line)], text: warning.message)
      }
    }
    if let hits = summary.hits { self.hits(hits, writer) }
    writer.endElement()
    guard let bytes = writer.finish() else { throw Failure() }
    return bytes
  }

  private static func provenance(_ provenance: Provenance, _ writer: LibXML.Writer) {
    writer.element("provenance", ["tool": provenance.tool, "toolVersion": provenance.toolVersion]) {
      let source = provenance.source
      writer.element("source", [
        "path": source.path, "format": source.format, "encoding": source.encoding,
        "hadByteOrderMark": XMLValue.boolean(source.hadByteOrderMark), "sha256": source.sha256,
        "byteCount": String(source.byteCount),
      ])
      for lexicon in provenance.lexicons {
        writer.element("lexicon", ["name": lexicon.name, "version": lexicon.version, "path": lexicon.path, "sha256": lexicon.sha256])
      }
      for (name, value) in provenance.options.sorted(by: { $0.key < $1.key }) {
        writer.element("option", ["name": name, "value": value])
      }
    }
  }

  private static func speaker(_ speaker: SpeakerSummary, _ writer: LibXML.Writer) {
    writer.element("speaker", [
      "label": speaker.label, "role": speaker.role.rawValue, "roleSource": speaker.roleSource.rawValue,
      "turns": String(speaker.turns), "words": String(speaker.words),
    ]) {
      summaryVariables(speaker.summaryVariables, writer)
      for (kind, count) in speaker.events.sorted(by: { $0.key < $1.key }) {
        writer.element("event", ["kind": kind, "count": String(count)])
      }
      categories(speaker.categories, segment: "all", words: speaker.words, writer)
      for segment in speaker.segments {
        categories(segment.categories, segment: String(segment.segment), words: segment.words, writer)
      }
    }
  }

  /// `<summaryVariables>`: the counts, and the derived values rounded (left out where null).
  private static func summaryVariables(_ variables: SummaryVariables, _ writer: LibXML.Writer) {
    writer.element("summaryVariables", [
      "wc": String(variables.wc), "sentences": String(variables.sentences),
      "dictionaryWords": String(variables.dictionaryWords), "bigWordCount": String(variables.bigWordCount),
      "functionWordCount": XMLValue.integer(variables.functionWordCount), "wps": XMLValue.number(variables.wps),
      "dic": XMLValue.number(variables.dic), "bigwords": XMLValue.number(variables.bigwords),
      "function": XMLValue.number(variables.function),
    ])
  }

  private static func categories(_ counts: [String: CategoryCount], segment: String, words: Int, _ writer: LibXML.Writer) {
    writer.element("categories", ["segment": segment, "words": String(words)]) {
      for (id, count) in counts.sorted(by: { $0.key < $1.key }) {
        writer.element("category", [
          "id": id, "count": String(count.count), "negated": String(count.negated),
          "weighted": Rounding.text(count.weighted), "rate": Rounding.text(count.rate),
        ])
      }
    }
  }

  private static func hits(_ hits: [HitRecord], _ writer: LibXML.Writer) {
    writer.element("hits") {
      for hit in hits {
        writer.element("hit", [
          "category": hit.category, "entry": hit.entry, "negated": XMLValue.boolean(hit.negated),
          "modifiers": hit.modifiers.joined(separator: " "), "turn": String(hit.turn), "speaker": hit.speaker,
          "segment": String(hit.segment), "start": String(hit.start), "end": String(hit.end),
          "turnByteStart": String(hit.turnByteStart), "turnByteEnd": String(hit.turnByteEnd),
        ]) {
          writer.textElement("text", text: hit.text)
          writer.textElement("context", text: hit.context)
        }
      }
    }
  }
}
