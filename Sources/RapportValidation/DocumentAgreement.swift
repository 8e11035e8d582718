import RapportMeasure

/// Document-level agreement with a data set's labels (`--labels`): for each category a label
/// names, whether the category fired in each labelled session against whether the session
/// carries the label.
public struct DocumentAgreementReport: Sendable, Hashable, Codable {
  /// The labels file and the label map, as given.
  public var labelsFile: String
  public var labelMap: String?
  /// The rule for "fired", in words.
  public var firingRule: String
  public var minHits: Int
  public var countNegated: Bool
  /// Sessions both labelled and in the corpus: the documents scored.
  public var sessions: Int
  /// Per scored category, in lexicon order.
  public var categories: [DocumentCategoryAgreement]
  /// All scored categories' counts added.
  public var micro: AgreementScore
  /// Mean F1 over categories that have one, rounded.
  public var macroF1: Double?
  /// Labelled sessions the corpus does not hold (or that could not be read), in file order.
  public var labelledNotInCorpus: [String]
  /// Corpus sessions without a row in the labels file (not scored), in corpus order.
  public var corpusNotLabelled: [String]
  /// Labels that name no category (no mapping and no category of that id), with the number
  /// of scored sessions carrying each.
  public var unmappedLabels: [String: Int]
}

/// Document-level agreement of one category.
public struct DocumentCategoryAgreement: Sendable, Hashable, Codable {
  public var category: String
  /// The labels that name the category, sorted.
  public var labels: [String]
  /// Scored sessions carrying one of those labels.
  public var labelled: Int
  /// Scored sessions in which the category fired.
  public var fired: Int
  public var score: AgreementScore
  /// Sessions where the category fired without the label, in corpus order.
  public var falsePositives: [String]
  /// Sessions with the label where the category did not fire, in corpus order.
  public var falseNegatives: [String]
}
