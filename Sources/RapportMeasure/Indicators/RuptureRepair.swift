import RapportIngest
import RapportSupport

/// Strains in the alliance and their repair (Safran & Muran): client withdrawal and
/// confrontation markers, therapist repair statements, and whether a repair followed each
/// rupture within three turns.
public struct RuptureRepair: Sendable, Hashable, Codable {
  /// How many turns after a rupture turn a repair still counts as its repair.
  public static let window = 3

  /// A client turn with a rupture marker and the first therapist turn with a repair
  /// statement within `window` turns after it.
  public struct Sequence: Sendable, Hashable, Codable {
    public var ruptureTurn: Int
    public var repairTurn: Int
  }

  /// `withdrawal` hits in client turns.
  @Nullable public var withdrawalMarkers: Int?
  /// `confrontation` hits in client turns.
  @Nullable public var confrontationMarkers: Int?
  /// Client turns with at least one withdrawal or confrontation marker.
  @Nullable public var ruptureTurns: Int?
  /// `repair` hits in therapist turns.
  @Nullable public var repairStatements: Int?
  /// Rupture turns followed by a therapist repair within `window` turns.
  @Nullable public var repairedRuptures: Int?
  /// Rupture turns without one.
  @Nullable public var unrepairedRuptures: Int?
  /// Each repaired rupture, by turn number.
  public var sequences: [Sequence]

  static func compute(_ input: inout IndicatorInput) -> RuptureRepair {
    let withdrawal = input.category("withdrawal", for: "ruptureRepair.withdrawalMarkers is null")
    let confrontation = input.category("confrontation", for: "ruptureRepair.confrontationMarkers is null")
    let repair = input.category("repair", for: "ruptureRepair.repairStatements, repairedRuptures and unrepairedRuptures are null")
    let markers = [withdrawal, confrontation].compactMap { $0 }
    let turns = input.turns
    func sum(_ category: Int?, _ role: Role) -> Int? {
      category.map { category in turns.lazy.filter { $0.role == role }.reduce(0) { $0 + $1.counts[category] } }
    }
    var ruptureTurns = 0
    var sequences: [Sequence] = []
    for (index, turn) in turns.enumerated() where turn.role == .client {
      guard markers.contains(where: { turn.counts[$0] > 0 }) else { continue }
      ruptureTurns += 1
      guard let repair else { continue }
      let after = turns[(index + 1)..<min(turns.count, index + 1 + window)]
      if let answer = after.first(where: { $0.role == .therapist && $0.counts[repair] > 0 }) {
        sequences.append(Sequence(ruptureTurn: turn.number, repairTurn: answer.number))
      }
    }
    let hasMarkers = !markers.isEmpty
    return RuptureRepair(
      withdrawalMarkers: sum(withdrawal, .client), confrontationMarkers: sum(confrontation, .client),
      ruptureTurns: hasMarkers ? ruptureTurns : nil, repairStatements: sum(repair, .therapist),
      repairedRuptures: hasMarkers && repair != nil ? sequences.count : nil,
      unrepairedRuptures: hasMarkers && repair != nil ? ruptureTurns - sequences.count : nil,
      sequences: sequences)
  }
}
