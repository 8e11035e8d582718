import RapportSupport
import RapportIngest
import RapportMeasure
import RapportTag
import RapportValidation

/// What `analyze --redact` changes in a session's outputs before they are written: speaker
/// labels become role pseudonyms (`therapist-1`, `client-1`, `other-1`, numbered per role in
/// order of first appearance) in the session file, every table and every warning; hit
/// contexts (`--include-hits`) have names, titled names, e-mails, phones and dates masked by
/// `Redactor`. File names and session ids are not changed: name files by code, not by person.
enum SessionRedaction {
  /// Applies the redaction to `analysis` in place.
  static func apply(_ analysis: inout SessionAnalysis, tagger: Tagger) throws(RapportError) {
    var pseudonyms: [String: String] = [:]
    var numbers: [Role: Int] = [:]
    let labels = analysis.summary.speakers.map(\.label)
    for index in analysis.summary.speakers.indices {
      let speaker = analysis.summary.speakers[index]
      let number = numbers[speaker.role, default: 0] + 1
      numbers[speaker.role] = number
      let pseudonym = "\(speaker.role.rawValue)-\(number)"
      pseudonyms[speaker.label] = pseudonym
      analysis.summary.speakers[index].label = pseudonym
    }
    for index in analysis.turns.indices {
      analysis.turns[index].speaker = pseudonyms[analysis.turns[index].speaker] ?? analysis.turns[index].speaker
    }
    // Longest labels first, so `Dr. Ann Lee` is replaced before `Ann`.
    let byLength = labels.sorted { ($0.utf8.count, $0) > ($1.utf8.count, $1) }
    for index in analysis.summary.warnings.indices {
      var message = analysis.summary.warnings[index].message
      for label in byLength where !label.isEmpty {
        message = message.replacingOccurrences(of: label, with: pseudonyms[label]!)
      }
      analysis.summary.warnings[index].message = message
    }
    guard var hits = analysis.summary.hits else { return }
    let redactor = try Redactor(matcher: tagger.matcher, speakerLabels: labels, tokenizer: tagger.tokenizer)
    let vocabulary = tagger.tokenizer.vocabulary
    var names = Set<String>()
    for hit in hits {
      names.formUnion(redactor.names(text: hit.context, tokens: try tagger.tokenizer.tokenize(hit.context), vocabulary: vocabulary))
    }
    for index in hits.indices {
      hits[index].speaker = pseudonyms[hits[index].speaker] ?? hits[index].speaker
      for field in [\HitRecord.context, \HitRecord.text] {
        let text = hits[index][keyPath: field]
        let masks = redactor.masks(
          text: text, tokens: try tagger.tokenizer.tokenize(text), vocabulary: vocabulary, names: names)
        if !masks.isEmpty {
          hits[index][keyPath: field] = Concordance.render(Array(text.utf16), 0..<text.utf16.count, masks: masks)
        }
      }
    }
    analysis.summary.hits = hits
  }
}
