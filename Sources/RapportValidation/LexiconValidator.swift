import RapportIngest
import RapportSupport
import RapportTag

/// Validation's entry point: runs compiled lexicons over a corpus and reports, per category and
/// entry, how they behave — hits by speaker, negation, coverage, silent and dominating entries,
/// overlaps, samples, internal consistency, and agreement with gold annotations.
public enum LexiconValidator {
  /// Validates `matcher`'s content categories on the sessions `inputs`, against `gold` when
  /// given (from `goldDirectory`) and against document `labels` when given. A session that
  /// cannot be read is listed in the report's failures; the others are still counted.
  public static func validate(
    _ inputs: [BatchInput], matcher: Matcher, gold: GoldSet? = nil, goldDirectory: String? = nil,
    labels: DocumentLabels? = nil, options given: ValidationOptions = ValidationOptions()
  ) async throws(RapportError) -> ValidationReport {
    var adjusted = given
    adjusted.hasLabels = labels != nil
    let options = adjusted
    let reported = try reportedCategories(matcher, options: options)
    let annotated = Set(gold?.categories ?? [])
    let scored = gold == nil ? [] : reported.filter { annotated.contains(matcher.categories[$0].id) }
    let goldSessions = gold?.sessions ?? [:]

    var corpus = CorpusTally(samplesPerEntry: options.samplesPerEntry)
    var configurationError: RapportError?
    await withTaskGroup(of: (Int, Result<DocumentTally, RapportError>).self) { group in
      var next = 0
      func submit(_ group: inout TaskGroup<(Int, Result<DocumentTally, RapportError>)>) {
        let index = next
        next += 1
        let input = inputs[index]
        group.addTask {
          (index, Result { () throws(RapportError) in
            try tally(
              input, index: index, matcher: matcher, gold: goldSessions[input.session], scored: scored,
              options: options)
          })
        }
      }
      for _ in 0..<min(options.jobs, inputs.count) { submit(&group) }
      // Merge in corpus order so samples and case lists do not depend on timing; at most
      // `jobs` finished sessions wait for an earlier one.
      var waiting: [Int: Result<DocumentTally, RapportError>] = [:]
      var merged = 0
      for await (index, result) in group {
        waiting[index] = result
        while let ready = waiting.removeValue(forKey: merged) {
          switch ready {
          case .success(let tally): corpus.add(tally)
          case .failure(let error):
            if error.scope == .configuration, configurationError == nil { configurationError = error }
            corpus.failures.append(error)
          }
          merged += 1
        }
        if next < inputs.count { submit(&group) }
      }
    }
    if let configurationError, corpus.failures.count == inputs.count { throw configurationError }
    var report = report(corpus, matcher: matcher, reported: reported, scored: scored, gold: gold, goldDirectory: goldDirectory, options: options)
    if let labels {
      report.documents = documentReport(corpus, labels: labels, matcher: matcher, reported: reported, options: options)
    }
    return report
  }

  /// Indices of the content categories to report on, in matcher order.
  static func reportedCategories(_ matcher: Matcher, options: ValidationOptions) throws(RapportError) -> [Int] {
    let content = matcher.categories.indices.filter { matcher.categories[$0].role == .content }
    guard !options.categories.isEmpty else { return content }
    for id in options.categories where !content.contains(where: { matcher.categories[$0].id == id }) {
      throw RapportError(
        .configuration, problem: "no content category '\(id)' in the loaded lexicons",
        remedy: "Use one of: \(content.map { matcher.categories[$0].id }.joined(separator: ", "))")
    }
    return content.filter { options.categories.contains(matcher.categories[$0].id) }
  }
}
