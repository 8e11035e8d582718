/// Options that shape how transcripts are read.
public struct IngestOptions: Sendable, Equatable {
  public var speakerMap: SpeakerMap
  /// A charset to use instead of detecting one.
  public var encoding: String?
  /// A format to use instead of detecting one.
  public var format: TranscriptFormat?
  /// Keep every caption cue (WebVTT, SRT) and speech-to-text segment (JSON segments) as its
  /// own turn, instead of merging consecutive cues of one speaker into one turn.
  public var keepCues: Bool
  /// CSV/TSV: the header name of the speaker column, instead of looking for `speaker`,
  /// `interlocutor` or `role`.
  public var speakerColumn: String?
  /// CSV/TSV: the header name of the text column, instead of looking for `text`, `utterance`
  /// or `utterance_text`.
  public var textColumn: String?
  /// CSV/TSV: the header name of the start-time column, instead of looking for `start`,
  /// `start_time`, `timestamp`, `time`, `begin`.
  public var startColumn: String?
  /// CSV/TSV: the field separator, instead of sniffing one of `,` `;` tab `|` from the header.
  public var delimiter: Unicode.Scalar?
  /// Give a two-speaker session whose labels are both unknown roles from what they say (see
  /// `RoleInference.inferRoles`).
  public var inferRoles = false

  public init(
    speakerMap: SpeakerMap = .builtIn, encoding: String? = nil, format: TranscriptFormat? = nil,
    keepCues: Bool = false, speakerColumn: String? = nil, textColumn: String? = nil
  ) {
    self.speakerMap = speakerMap
    self.encoding = encoding
    self.format = format
    self.keepCues = keepCues
    self.speakerColumn = speakerColumn
    self.textColumn = textColumn
  }
}
