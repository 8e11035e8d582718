/// E-mail addresses, phone numbers, dates and titled names found by hand-written scanners
/// over UTF-16 code units, each in one forward pass: no regular expression runs on
/// transcript text, so a hostile turn (`a.a.a.…@`) costs time linear in its length.
extension Redactor {
  /// Titles after which the next capitalized word is a name (`Dr. Patel`, `Mrs Okafor`).
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "dame", "rev", "fr",
    "herr", "frau", "sr", "sra", "srta", "mme", "mlle", "m",
  ]

  static let months: [String] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept",
    "Sep", "Oct", "Nov", "Dec",
  ]

  /// Masks for e-mails, phones, dates and titled names in `text`.
  ///
  /// - Complexity: O(n) in the length of `text`.
  func patternMasks(_ text: String) -> [RedactionMask] {
    let units = Array(text.utf16)
    var masks = Self.emails(units)
    masks += Self.phones(units)
    masks += Self.dates(units)
    masks += Self.titledNames(units)
    return masks
  }

  // MARK: Character classes

  static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

  static func isASCIILetter(_ unit: UInt16) -> Bool { (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }

  /// A letter or digit in any script (a surrogate counts: it is part of a letter outside the
  /// BMP far more often than not, and over-masking is the safe side).
  static func isWordUnit(_ unit: UInt16) -> Bool {
    if unit < 0x80 { return isDigit(unit) || isASCIILetter(unit) }
    if (0xD800...0xDFFF).contains(unit) { return true }
    guard let scalar = Unicode.Scalar(unit) else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      || scalar.properties.generalCategory == .nonspacingMark
  }

  static func isSpace(_ unit: UInt16) -> Bool {
    unit == 0x20 || unit == 0x09 || unit == 0xA0 || unit == 0x0A || unit == 0x0D
  }

  // MARK: E-mail

  /// `local@domain`: the local part letters, digits (any script) and `.!#$%&'*+/=?^_`{|}~-`,
  /// the domain letters, digits, `-` and `.` (a dotless domain, as in `anna@clinic`, counts:
  /// a local address). Each scan stops at the next `@`, so the text is read at most twice.
  static func emails(_ units: [UInt16]) -> [RedactionMask] {
    let localExtras: Set<UInt16> = Set("._%+-!#$&'*/=?^`{|}~".utf16)
    var masks: [RedactionMask] = []
    var lastEnd = 0
    for at in units.indices where units[at] == 0x40 {
      var start = at
      while start > lastEnd, isWordUnit(units[start - 1]) || localExtras.contains(units[start - 1]) { start -= 1 }
      // A local part does not start with a dot or other punctuation.
      while start < at, !isWordUnit(units[start]) { start += 1 }
      var end = at + 1
      while end < units.count, isWordUnit(units[end]) || units[end] == 0x2D || units[end] == 0x2E { end += 1 }
      while end > at + 1, units[end - 1] == 0x2E || units[end - 1] == 0x2D { end -= 1 }
      guard start < at, end > at + 1, isWordUnit(units[at + 1]) else { continue }
      masks.append(RedactionMask(range: start..<end, marker: "[EMAIL]"))
      lastEnd = end
    }
    return masks
  }

  // MARK: Phone

  /// A run of digits with `+ ( ) . -` and single spaces between them, holding at least seven
  /// digits, starting at a digit, `+` or `(` that does not follow a letter or digit.
  static func phones(_ units: [UInt16]) -> [RedactionMask] {
    var masks: [RedactionMask] = []
    var index = 0
    while index < units.count {
      let unit = units[index]
      let opens = isDigit(unit) || ((unit == 0x2B || unit == 0x28) && index + 1 < units.count && isDigit(units[index + 1]))
      guard opens, index == 0 || !isWordUnit(units[index - 1]) else {
        index += 1
        continue
      }
      var end = index
      var digits = 0
      var lastDigitEnd = index
      var cursor = index
      while cursor < units.count {
        let current = units[cursor]
        if isDigit(current) {
          digits += 1
          lastDigitEnd = cursor + 1
        } else if current == 0x28 || current == 0x29 || current == 0x2E || current == 0x2D || current == 0x2B {
        } else if current == 0x20, cursor + 1 < units.count, units[cursor + 1] != 0x20 {
        } else {
          break
        }
        cursor += 1
      }
      end = lastDigitEnd
      if digits >= 7, end < units.count ? !isASCIILetter(units[end]) : true {
        masks.append(RedactionMask(range: index..<end, marker: "[PHONE]"))
      }
      index = max(cursor, index + 1)
    }
    return masks
  }

  // MARK: Dates

  /// `12/05/2024`, `2024-05-12`, `12.5.24`; `May 12`, `May 12th, 2024`, `12 May 2024`,
  /// `12th of May`, `May 2024`.
  static func dates(_ units: [UInt16]) -> [RedactionMask] {
    var masks: [RedactionMask] = []
    var index = 0
    while index < units.count {
      guard index == 0 || !isWordUnit(units[index - 1]) else {
        index += 1
        continue
      }
      if let end = numericDate(units, from: index) ?? dayMonth(units, from: index) ?? monthDay(units, from: index) {
        masks.append(RedactionMask(range: index..<end, marker: "[DATE]"))
        index = end
      } else {
        index += 1
      }
    }
    return masks
  }

  /// The end of a run of `min...max` digits at `index`, if there is one.
  private static func digitRun(_ units: [UInt16], from index: Int, _ range: ClosedRange<Int>) -> Int? {
    var end = index
    while end < units.count, isDigit(units[end]), end - index < range.upperBound { end += 1 }
    guard end - index >= range.lowerBound, end >= units.count || !isDigit(units[end]) else { return nil }
    return end
  }

  private static func numericDate(_ units: [UInt16], from index: Int) -> Int? {
    let separators: Set<UInt16> = [0x2F, 0x2E, 0x2D]
    guard let first = digitRun(units, from: index, 1...4), first < units.count, separators.contains(units[first]),
      let second = digitRun(units, from: first + 1, 1...2), second < units.count, separators.contains(units[second]),
      let third = digitRun(units, from: second + 1, 2...4), third >= units.count || !isWordUnit(units[third])
    else { return nil }
    return third
  }

  /// The end of a month name at `index` (with an optional `.`).
  private static func month(_ units: [UInt16], from index: Int) -> Int? {
    for name in months {
      let name = Array(name.utf16)
      guard index + name.count <= units.count, Array(units[index..<index + name.count]) == name else { continue }
      var end = index + name.count
      guard end >= units.count || !isWordUnit(units[end]) else { continue }
      if end < units.count, units[end] == 0x2E { end += 1 }
      return end
    }
    return nil
  }

  private static func spaces(_ units: [UInt16], from index: Int) -> Int {
    var end = index
    while end < units.count, isSpace(units[end]) { end += 1 }
    return end
  }

  private static func ordinal(_ units: [UInt16], from index: Int) -> Int {
    guard index + 2 <= units.count else { return index }
    let pair = String(decoding: units[index..<index + 2], as: UTF16.self).lowercased()
    guard ["st", "nd", "rd", "th"].contains(pair), index + 2 >= units.count || !isWordUnit(units[index + 2]) else { return index }
    return index + 2
  }

  /// `, 2024` or ` 2024` after a date, if there.
  private static func year(_ units: [UInt16], from index: Int) -> Int {
    var cursor = index
    if cursor < units.count, units[cursor] == 0x2C { cursor += 1 }
    let afterSpace = spaces(units, from: cursor)
    guard afterSpace > cursor, let end = digitRun(units, from: afterSpace, 4...4) else { return index }
    return end
  }

  private static func monthDay(_ units: [UInt16], from index: Int) -> Int? {
    guard let monthEnd = month(units, from: index) else { return nil }
    let afterSpace = spaces(units, from: monthEnd)
    guard afterSpace > monthEnd else { return nil }
    if let yearEnd = digitRun(units, from: afterSpace, 4...4) { return yearEnd }
    guard let day = digitRun(units, from: afterSpace, 1...2) else { return nil }
    return year(units, from: ordinal(units, from: day))
  }

  private static func dayMonth(_ units: [UInt16], from index: Int) -> Int? {
    guard let day = digitRun(units, from: index, 1...2) else { return nil }
    var cursor = spaces(units, from: ordinal(units, from: day))
    guard cursor > day else { return nil }
    if cursor + 2 <= units.count, String(decoding: units[cursor..<cursor + 2], as: UTF16.self) == "of" {
      let afterOf = spaces(units, from: cursor + 2)
      if afterOf > cursor + 2 { cursor = afterOf }
    }
    guard let monthEnd = month(units, from: cursor) else { return nil }
    return year(units, from: monthEnd)
  }

  // MARK: Titled names

  /// A title (`Dr`, `Mrs.`, `Prof`) followed by one or two capitalized words: the whole is
  /// one name (`Dr. Patel` → `[NAME]`, not `[NAME]. Patel`).
  static func titledNames(_ units: [UInt16]) -> [RedactionMask] {
    var masks: [RedactionMask] = []
    var index = 0
    while index < units.count {
      guard isWordUnit(units[index]), index == 0 || !isWordUnit(units[index - 1]) else {
        index += 1
        continue
      }
      var wordEnd = index
      while wordEnd < units.count, isWordUnit(units[wordEnd]) { wordEnd += 1 }
      let word = String(decoding: units[index..<wordEnd], as: UTF16.self).lowercased()
      guard titles.contains(word), isUppercase(units[index]) else {
        index = wordEnd
        continue
      }
      var cursor = wordEnd
      if cursor < units.count, units[cursor] == 0x2E { cursor += 1 }
      var end: Int?
      for _ in 0..<2 {
        let start = spaces(units, from: cursor)
        guard start > cursor, start < units.count, isUppercase(units[start]) else { break }
        var nameEnd = start
        while nameEnd < units.count, isWordUnit(units[nameEnd]) || units[nameEnd] == 0x2D || units[nameEnd] == 0x27 || units[nameEnd] == 0x2019 {
          nameEnd += 1
        }
        end = nameEnd
        cursor = nameEnd
      }
      if let end { masks.append(RedactionMask(range: index..<end, marker: "[NAME]")) }
      index = max(end ?? wordEnd, index + 1)
    }
    return masks
  }
}
