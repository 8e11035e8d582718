import RapportSupport

/// JSON for the MITI summary: every field of `fields` under its name, numbers rounded as every
/// output rounds them (`Rounding`), undefined values as `null`. Reading takes back the counts;
/// the ratios and bands follow from them.
extension MITISummary: Codable {
  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    for field in fields {
      let key = Key(field.name)
      switch field.value {
      case .count(let count): try container.encode(count, forKey: key)
      case .number(let number): try container.encode(number.map(Rounding.round), forKey: key)
      case .band(let band): try container.encode(band, forKey: key)
      }
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    var primary: [TherapistAct: Int] = [:]
    for (act, name) in Self.codeFields { primary[act] = try container.decode(Int.self, forKey: Key(name)) }
    self.init(
      therapistTurns: try container.decode(Int.self, forKey: Key("therapistTurns")), primary: primary,
      miAdherent: try container.decode(Int.self, forKey: Key("miAdherent")),
      miNonAdherent: try container.decode(Int.self, forKey: Key("miNonAdherent")))
  }
}
