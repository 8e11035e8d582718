import RapportSupport

/// Trains act models from `ActTrainingData`: keeps features seen in at least
/// `minimumCount` training turns (sorted by name, so indices never depend on order of
/// reading), fits `SoftmaxRegression`, rounds the weights to `ActModel.weightDecimals`, and
/// cross-validates by session folds.
public enum ActModelTrainer {
  /// Where the training inputs came from, for the model's provenance.
  public struct Sources: Sendable, Hashable {
    public var codes: ActModel.FileHash
    public var labelColumn: String
    public var labelMap: ActModel.FileHash?

    public init(codes: ActModel.FileHash, labelColumn: String, labelMap: ActModel.FileHash?) {
      self.codes = codes
      self.labelColumn = labelColumn
      self.labelMap = labelMap
    }
  }

  /// A model trained on every example of `data`, with its cross-validation when
  /// `options.folds` ≥ 2.
  public static func train(_ data: ActTrainingData, options: ActTrainingOptions, sources: Sources) throws(RapportError) -> ActModel {
    let fitted = fit(data, examples: data.examples, options: options)
    let crossValidation = options.folds >= 2 ? try crossValidate(data, options: options) : nil
    let used = Set(data.examples.map(\.session)).sorted { data.sessions[$0].session < data.sessions[$1].session }
    return ActModel(
      schema: ActModel.schemaVersion, role: options.role, labels: data.labels,
      families: ActFeatures.families.map { ActModel.Family(prefix: $0.prefix, meaning: $0.meaning) },
      weights: fitted.weights,
      training: ActModel.Training(
        tool: "rapport", toolVersion: RapportVersion.current, codes: sources.codes, labelColumn: sources.labelColumn,
        labelMap: sources.labelMap, options: options.recorded,
        transcripts: used.map { ActModel.SessionHash(session: data.sessions[$0].session, sha256: data.sessions[$0].sha256) },
        sessions: used.count, turnsPerLabel: data.turnsPerLabel, iterations: fitted.iterations,
        converged: fitted.converged),
      crossValidation: crossValidation)
  }

  /// Weights fitted to `examples` (of `data`), rounded; rows that round to all zeros dropped.
  static func fit(
    _ data: ActTrainingData, examples: [ActTrainingData.Example], options: ActTrainingOptions
  ) -> (weights: [String: [Double]], iterations: Int, converged: Bool) {
    var counts: [String: Int] = [:]
    for example in examples {
      for feature in data.sessions[example.session].turns[example.turn].coded.features { counts[feature, default: 0] += 1 }
    }
    let names = counts.filter { $0.value >= options.minimumCount || $0.key == "bias" }.keys.sorted()
    var index: [String: Int] = [:]
    for (position, name) in names.enumerated() { index[name] = position }
    var labelIndex: [String: Int] = [:]
    for (position, label) in data.labels.enumerated() { labelIndex[label] = position }
    var perLabel = [Int](repeating: 0, count: data.labels.count)
    for example in examples { perLabel[labelIndex[example.label]!] += 1 }
    let training = examples.map { example in
      let label = labelIndex[example.label]!
      let weight =
        options.balanced ? Double(examples.count) / (Double(data.labels.count) * Double(perLabel[label])) : 1
      return SoftmaxRegression.Example(
        features: data.sessions[example.session].turns[example.turn].coded.features.compactMap { index[$0] },
        label: label, weight: weight)
    }
    let model = SoftmaxRegression.train(
      training, featureCount: names.count, labelCount: data.labels.count, l2: options.l2, unpenalized: index["bias"],
      optimizer: LBFGS(maxIterations: options.maxIterations))
    var weights: [String: [Double]] = [:]
    let k = data.labels.count
    for (position, name) in names.enumerated() {
      let row = (0..<k).map { ActModel.rounded(model.weights[position * k + $0]) }
      if row.contains(where: { $0 != 0 }) { weights[name] = row }
    }
    return (weights, model.iterations, model.converged)
  }

  /// K-fold cross-validation by session (`ActTrainingData.folds`): every fold's turns coded by
  /// a model trained on the other folds.
  public static func crossValidate(_ data: ActTrainingData, options: ActTrainingOptions) throws(RapportError) -> CrossValidation {
    let folds = data.folds(options.folds)
    guard options.folds >= 2, folds.allSatisfy({ !$0.isEmpty }) else {
      throw RapportError(
        .configuration,
        problem: "\(options.folds) folds need at least \(options.folds) coded sessions; the codes cover \(Set(data.examples.map(\.session)).count)",
        remedy: "Give fewer folds with --folds (at least 2), or code more sessions")
    }
    var pooled: [(coded: String, predicted: String)] = []
    var perFold: [LabelConfusion] = []
    for fold in folds {
      let heldOut = Set(fold)
      let fitted = fit(data, examples: data.examples.filter { !heldOut.contains($0.session) }, options: options)
      // Only labels and weights take part in coding; the fold's model has no provenance.
      let model = ActModel(
        schema: ActModel.schemaVersion, role: options.role, labels: data.labels, families: [], weights: fitted.weights,
        training: ActModel.Training(
          tool: "rapport", toolVersion: RapportVersion.current, codes: ActModel.FileHash(path: "", sha256: ""),
          labelColumn: "", options: options.recorded, transcripts: [], sessions: 0, turnsPerLabel: [:],
          iterations: fitted.iterations, converged: fitted.converged))
      var pairs: [(coded: String, predicted: String)] = []
      for example in data.examples where heldOut.contains(example.session) {
        pairs.append((example.label, model.label(data.sessions[example.session].turns[example.turn].coded.features)))
      }
      pooled += pairs
      perFold.append(LabelConfusion(pairs, order: data.labels))
    }
    return CrossValidation(
      folds: folds.map { $0.map { data.sessions[$0].session } }, pooled: LabelConfusion(pooled, order: data.labels),
      perFold: perFold, labels: data.labels)
  }
}
