import RapportMeasure

extension SessionsTable {
  /// The indicator columns, in the order of docs/outputs.md.
  static func indicatorColumns(
    segments: Int, composite: Bool, clientTalk: [String] = [],
    add: (String, @escaping @Sendable (SessionSummary) -> String) -> Void,
    addGroup: ([String], @escaping Cells) -> Void
  ) {
    add("lsm") { cell($0.indicators.languageStyleMatching.session) }
    for id in LanguageStyleMatching.categoryIDs {
      add("lsm_\(id)") { cell($0.indicators.languageStyleMatching.byCategory[id] ?? nil) }
    }
    for segment in 1...segments {
      add("lsm_seg\(segment)") { cell($0.indicators.languageStyleMatching.segments[segment - 1]) }
    }
    let collaboration: [(String, @Sendable (Collaboration) -> RoleValues)] = [
      ("we", \.weRate), ("collaboration", \.collaborationRate), ("goals", \.goalsRate), ("tasks", \.tasksRate),
    ]
    for (name, values) in collaboration {
      add("collab_\(name)_therapist") { cell(values($0.indicators.collaboration).therapist) }
      add("collab_\(name)_client") { cell(values($0.indicators.collaboration).client) }
    }
    add("bond_empathy_therapist") { cell($0.indicators.bond.therapistEmpathyRate) }
    add("bond_trust_safety_client") { cell($0.indicators.bond.clientTrustSafetyRate) }
    add("bond_distrust_threat_client") { cell($0.indicators.bond.clientDistrustThreatRate) }
    add("bond_laughter_therapist") { String($0.indicators.bond.laughter.therapist) }
    add("bond_laughter_client") { String($0.indicators.bond.laughter.client) }
    add("bond_shared_laughter") { String($0.indicators.bond.laughter.shared) }
    // `fields` builds every field: walked once per row, not once per column.
    addGroup(MITISummary.empty.fields.map(\.column)) { summary, row in
      for field in summary.indicators.miti.fields { row.append(cell(field.value)) }
    }
    add("talk_mean_turn_therapist") { cell($0.indicators.talkBalance.therapist.meanTurnLength) }
    add("talk_mean_turn_client") { cell($0.indicators.talkBalance.client.meanTurnLength) }
    add("talk_client_word_share") { cell($0.indicators.talkBalance.clientWordShare) }
    let ruptureCounts: [(String, @Sendable (RuptureRepair) -> Int?)] = [
      ("withdrawal", \.withdrawalMarkers), ("confrontation", \.confrontationMarkers), ("turns", \.ruptureTurns),
      ("repairs", \.repairStatements), ("repaired", \.repairedRuptures), ("unrepaired", \.unrepairedRuptures),
    ]
    for (name, count) in ruptureCounts {
      add("rupture_\(name)") { cell(count($0.indicators.ruptureRepair)) }
    }
    let trajectories: [(String, @Sendable (AffectTrajectory) -> AffectTrajectory.Trajectory?)] = [
      ("negemo", \.negativeEmotion), ("trust", \.trust),
    ]
    for (name, trajectory) in trajectories {
      for segment in 1...segments {
        add("affect_\(name)_seg\(segment)") { cell(trajectory($0.indicators.affectTrajectory)?.segments[segment - 1] ?? nil) }
      }
      add("affect_\(name)_first") { cell(trajectory($0.indicators.affectTrajectory)?.first) }
      add("affect_\(name)_last") { cell(trajectory($0.indicators.affectTrajectory)?.last) }
      add("affect_\(name)_change") { cell(trajectory($0.indicators.affectTrajectory)?.change) }
      add("affect_\(name)_slope") { cell(trajectory($0.indicators.affectTrajectory)?.slope) }
    }
    if composite {
      add("composite") { cell($0.indicators.composite?.value) }
    }
    for label in clientTalk {
      add("client_talk_\(label)") { cell($0.clientTalk?[label]) }
    }
  }

  /// A MITI field's cell: a count, a rounded number, or a band name; empty for null.
  static func cell(_ value: MITISummary.Value) -> String {
    switch value {
    case .count(let count): String(count)
    case .number(let number): cell(number)
    case .band(let band): band?.rawValue ?? ""
    }
  }
}
