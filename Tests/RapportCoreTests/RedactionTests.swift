import Foundation
import Testing

@testable import RapportCore
@testable import RapportBatch
@testable import RapportGenerate
@testable import RapportIngest
@testable import RapportMeasure
@testable import RapportOutput
@testable import RapportTag
@testable import RapportText
@testable import RapportValidation

/// `--redact` masks titled names, e-mails of any script and local ones, and does so in time
/// linear in the turn (issue #16).
@Suite struct RedactionTests {
  static func redacted(_ text: String, labels: [String] = []) throws -> String {
    let tokenizer = try Tokenizer()
    let redactor = try Redactor(matcher: nil, speakerLabels: labels, tokenizer: tokenizer)
    let masks = redactor.masks(text: text, tokens: try tokenizer.tokenize(text), vocabulary: tokenizer.vocabulary)
    return Concordance.render(Array(text.utf16), 0..<text.utf16.count, masks: masks)
  }

  @Test(arguments: [
    ("I saw Dr. Patel on the weekend.", "I saw [NAME] on the weekend."),
    ("Then Mrs. Okafor called.", "Then [NAME] called."),
    ("It was Prof. Lindqvist who said so.", "It was [NAME] who said so."),
    ("Ask Mr Brown Jones about it.", "Ask [NAME] about it."),
  ])
  func titledNamesAreMaskedWhole(text: String, expected: String) throws {
    #expect(try Self.redacted(text) == expected)
  }

  @Test(arguments: [
    ("write to josé.garcía@correo.es today", "write to [EMAIL] today"),
    ("or to 山田@例え.jp instead", "or to [EMAIL] instead"),
    ("the clinic uses anna@intranet for that", "the clinic uses [EMAIL] for that"),
    ("plain first.last+tag@mail.example.org.", "plain [EMAIL]."),
  ])
  func internationalAndLocalEmailsAreMasked(text: String, expected: String) throws {
    #expect(try Self.redacted(text) == expected)
  }

  @Test(arguments: [
    ("call +44 20 7946 0958 soon", "call [PHONE] soon"),
    ("on 12/05/2024 and 2024-05-12", "on [DATE] and [DATE]"),
    ("by May 12th, 2024 or the 3rd of June", "by [DATE] or the [DATE]"),
    ("in March 2023 it was 42 degrees", "in [DATE] it was 42 degrees"),
  ])
  func phonesAndDatesAreMasked(text: String, expected: String) throws {
    #expect(try Self.redacted(text) == expected)
  }

  @Test(.timeLimit(.minutes(1)))
  func aHostileTurnIsRedactedInLinearTime() throws {
    // 200 KB of `a.` then `@`: a backtracking e-mail pattern tries every start and every
    // split; the scanner reads each unit a bounded number of times.
    let text = String(repeating: "a.", count: 100_000) + "@"
    let tokenizer = try Tokenizer()
    let redactor = try Redactor(matcher: nil, tokenizer: tokenizer)
    let started = ContinuousClock.now
    _ = redactor.masks(text: text, tokens: try tokenizer.tokenize(text), vocabulary: tokenizer.vocabulary)
    let digitsAndAts = String(repeating: "1@", count: 100_000)
    _ = redactor.masks(text: digitsAndAts, tokens: try tokenizer.tokenize(digitsAndAts), vocabulary: tokenizer.vocabulary)
    #expect(ContinuousClock.now - started < .seconds(30))
  }
}
