/// One theme of seeds/themes.xml: what Rapport measures, defined in the project's words, with
/// the seed terms any lexicon category operationalizing it must match.
public struct ThemeSeed: Sendable, Hashable {
  /// A seed term and the line it is written on.
  public struct Seed: Sendable, Hashable {
    public var term: String
    public var line: Int
  }

  public var id: String
  public var label: String
  /// emotion, relational, therapist or rupture.
  public var group: String
  public var definition: String
  public var seeds: [Seed]
  public var line: Int
}
