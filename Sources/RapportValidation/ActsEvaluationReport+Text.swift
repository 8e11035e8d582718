import Foundation
import RapportSupport

extension ActsEvaluationReport {
  /// The report as the terminal shows it: what was compared, per-label precision, recall and
  /// F1, accuracy and kappa, the confusion matrix, R:Q agreement, and every session left out
  /// and why. Numbers have four decimals at most; `–` is undefined.
  public func lines() -> [String] {
    var lines: [String] = []
    lines.append(
      "acts evaluate: \(sessionsEvaluated.count) of \(sessionsCoded) coded session(s) aligned turn by turn; "
        + "\(utterances) \(role.rawValue) utterance(s) compared"
        + (emptyLabels > 0 ? " (\(emptyLabels) with an empty label skipped)" : ""))
    lines.append("  codes: \(codes), column '\(labelColumn)'" + (labelMap.map { ", label map \($0)" } ?? ", no label map"))
    let width = max(12, (labels.map(\.rawValue.count).max() ?? 0) + 2)
    func padded(_ text: String, _ count: Int) -> String {
      text.count >= count ? text + " " : text + String(repeating: " ", count: count - text.count)
    }
    lines.append("  " + padded("act", width) + padded("coded", 7) + padded("rapport", 9) + padded("P", 8) + padded("R", 8) + "F1")
    for result in acts {
      lines.append(
        "  " + padded(result.label.rawValue, width) + padded(String(result.coded), 7) + padded(String(result.predicted), 9)
          + padded(Self.number(result.score.precision), 8) + padded(Self.number(result.score.recall), 8)
          + Self.number(result.score.f1))
    }
    lines.append("  accuracy \(Self.number(accuracy)), Cohen's kappa \(Self.number(kappa))")
    lines.append("  confusion (rows: coders, columns: rapport):")
    lines.append("  " + padded("", width) + labels.map { padded($0.rawValue, max($0.rawValue.count + 1, 6)) }.joined())
    for (row, label) in labels.enumerated() {
      lines.append(
        "  " + padded(label.rawValue, width)
          + labels.indices.map { padded(String(confusion[row][$0]), max(labels[$0].rawValue.count + 1, 6)) }.joined())
    }
    let rq = reflectionToQuestion
    lines.append(
      "  R:Q per session, Rapport's against the coders' (from their codes): Spearman \(Self.number(rq.spearman)) over \(rq.pairs) session(s) where both are defined")
    for session in unaligned {
      lines.append(
        "  not aligned: \(session.session) (\(session.codedUtterances) coded \(role.rawValue) utterance(s), \(session.transcriptTurns) \(role.rawValue) turn(s)): "
          + session.problems.joined(separator: "; "))
    }
    if !withoutTranscript.isEmpty {
      lines.append("  coded but no transcript: \(withoutTranscript.joined(separator: ", "))")
    }
    if !withoutCodes.isEmpty {
      lines.append("  transcripts without codes: \(withoutCodes.joined(separator: ", "))")
    }
    for failure in unreadable { lines.append("  unreadable: \(failure.message)") }
    return lines.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
  }

  static func number(_ value: Double?) -> String { value.map(Rounding.text) ?? "–" }
}
