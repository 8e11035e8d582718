extension ActModelTrainer {
  /// The scores of `model` on the coded turns of `data` (sessions it may never have seen):
  /// one "fold" holding every session.
  public static func score(_ model: ActModel, on data: ActTrainingData) -> CrossValidation {
    var pairs: [(coded: String, predicted: String)] = []
    for example in data.examples {
      pairs.append((example.label, model.label(data.sessions[example.session].turns[example.turn].coded.features)))
    }
    let confusion = LabelConfusion(pairs, order: model.labels)
    let sessions = Set(data.examples.map(\.session)).map { data.sessions[$0].session }.sorted()
    return CrossValidation(folds: [sessions], pooled: confusion, perFold: [confusion], labels: model.labels)
  }
}
