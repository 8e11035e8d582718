import RapportMeasure
import RapportSupport

extension SessionXML {
  static func indicators(_ indicators: AllianceIndicators, _ writer: LibXML.Writer) {
    writer.element("indicators") {
      for note in indicators.notes { writer.textElement("note", text: note) }
      let lsm = indicators.languageStyleMatching
      writer.element("languageStyleMatching", ["session": XMLValue.number(lsm.session)]) {
        for id in lsm.categories {
          writer.element("category", ["id": id, "value": XMLValue.number(lsm.byCategory[id] ?? nil)])
        }
        for id in lsm.missing { writer.element("missing", ["id": id]) }
        segments(lsm.segments, writer)
      }
      let collaboration = indicators.collaboration
      writer.element("collaboration") {
        for (name, values) in [
          ("collaborationRate", collaboration.collaborationRate), ("goalsRate", collaboration.goalsRate),
          ("tasksRate", collaboration.tasksRate), ("weRate", collaboration.weRate),
        ] {
          writer.element("rate", [
            "name": name, "therapist": XMLValue.number(values.therapist), "client": XMLValue.number(values.client),
          ])
        }
      }
      let bond = indicators.bond
      writer.element("bond", [
        "therapistEmpathyRate": XMLValue.number(bond.therapistEmpathyRate),
        "clientTrustSafetyRate": XMLValue.number(bond.clientTrustSafetyRate),
        "clientDistrustThreatRate": XMLValue.number(bond.clientDistrustThreatRate),
      ]) {
        writer.element("laughter", [
          "therapist": String(bond.laughter.therapist), "client": String(bond.laughter.client),
          "shared": String(bond.laughter.shared),
        ])
      }
      writer.startElement("miti")
      for field in indicators.miti.fields {
        let text: String? = switch field.value {
        case .count(let count): String(count)
        case .number(let number): XMLValue.number(number)
        case .band(let band): band?.rawValue
        }
        if let text { writer.attribute(field.name, text) }
      }
      writer.endElement()
      let talk = indicators.talkBalance
      writer.element("talkBalance", ["clientWordShare": XMLValue.number(talk.clientWordShare)]) {
        for (role, share) in [("therapist", talk.therapist), ("client", talk.client)] {
          writer.element("side", [
            "role": role, "words": String(share.words), "turns": String(share.turns),
            "meanTurnLength": XMLValue.number(share.meanTurnLength),
          ])
        }
      }
      ruptureRepair(indicators.ruptureRepair, writer)
      writer.element("affectTrajectory") {
        for (name, trajectory) in [("negativeEmotion", indicators.affectTrajectory.negativeEmotion), ("trust", indicators.affectTrajectory.trust)] {
          guard let trajectory else { continue }
          writer.element("trajectory", [
            "name": name, "category": trajectory.category, "first": XMLValue.number(trajectory.first),
            "last": XMLValue.number(trajectory.last), "change": XMLValue.number(trajectory.change),
            "slope": XMLValue.number(trajectory.slope),
          ]) {
            segments(trajectory.segments, writer)
          }
        }
      }
      if let composite = indicators.composite {
        writer.element("composite", ["label": composite.label, "value": XMLValue.number(composite.value)]) {
          for (name, weight) in composite.weights.sorted(by: { $0.key < $1.key }) {
            writer.element("component", [
              "name": name, "weight": Rounding.text(weight), "value": XMLValue.number(composite.components[name] ?? nil),
            ])
          }
        }
      }
    }
  }

  private static func ruptureRepair(_ rupture: RuptureRepair, _ writer: LibXML.Writer) {
    writer.element("ruptureRepair", [
      "withdrawalMarkers": XMLValue.integer(rupture.withdrawalMarkers),
      "confrontationMarkers": XMLValue.integer(rupture.confrontationMarkers),
      "ruptureTurns": XMLValue.integer(rupture.ruptureTurns),
      "repairStatements": XMLValue.integer(rupture.repairStatements),
      "repairedRuptures": XMLValue.integer(rupture.repairedRuptures),
      "unrepairedRuptures": XMLValue.integer(rupture.unrepairedRuptures),
    ]) {
      for sequence in rupture.sequences {
        writer.element("sequence", ["ruptureTurn": String(sequence.ruptureTurn), "repairTurn": String(sequence.repairTurn)])
      }
    }
  }

  /// Per-segment values as `<segment number="k" value="…"/>`, the value left out where null.
  private static func segments(_ values: [Double?], _ writer: LibXML.Writer) {
    for (index, value) in values.enumerated() {
      writer.element("segment", ["number": String(index + 1), "value": XMLValue.number(value)])
    }
  }
}
