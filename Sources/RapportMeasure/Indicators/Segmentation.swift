/// How a session is cut into segments of equal word count, so category rates can be followed
/// through the session.
///
/// Words are numbered 0, 1, … in turn order across all speakers; word `p` of a session of `W`
/// words falls in segment `⌊p · N / W⌋` (0-based) of `N`. Segment sizes therefore differ by at
/// most one word, and a segment may span several turns or cut one in two. A hit belongs to the
/// segment of its first word.
public struct Segmentation: Sendable, Hashable {
  /// Number of segments, at least one.
  public let count: Int
  /// Words in the whole session.
  public let totalWords: Int

  /// `count` segments (at least one) of a session of `totalWords` words.
  public init(count: Int, totalWords: Int) {
    precondition(count >= 1, "a session has at least one segment")
    self.count = count
    self.totalWords = max(0, totalWords)
  }

  /// The 0-based segment of the word at 0-based session position `position`.
  ///
  /// - Complexity: O(1).
  public func segment(ofWord position: Int) -> Int {
    guard totalWords > 0 else { return 0 }
    return min(count - 1, max(0, position) * count / totalWords)
  }

  /// The 0-based word positions that fall in 0-based segment `index`.
  public func words(in index: Int) -> Range<Int> {
    bound(index)..<bound(index + 1)
  }

  /// The first position of segment `index`: ⌈index · W / N⌉.
  private func bound(_ index: Int) -> Int {
    (index * totalWords + count - 1) / count
  }

  /// `segment(ofWord:)` for positions asked about in increasing order (the hits of a
  /// session), walking from segment to segment instead of dividing for each; a position
  /// before the last one asked about is divided for as `segment(ofWord:)` would.
  struct Cursor {
    private let segmentation: Segmentation
    private var segment = 0
    /// The positions of `segment`: `segmentation.words(in: segment)`.
    private var start: Int
    private var end: Int

    init(_ segmentation: Segmentation) {
      self.segmentation = segmentation
      start = segmentation.bound(0)
      end = segmentation.bound(1)
    }

    /// The 0-based segment of the word at `position`, as `segment(ofWord:)` gives it.
    mutating func segment(ofWord position: Int) -> Int {
      if position >= start && position < end { return segment }
      guard segmentation.totalWords > 0, position >= start else { return move(to: segmentation.segment(ofWord: position)) }
      while position >= end && segment < segmentation.count - 1 {
        segment += 1
        start = end
        end = segmentation.bound(segment + 1)
      }
      return segment
    }

    private mutating func move(to segment: Int) -> Int {
      self.segment = segment
      start = segmentation.bound(segment)
      end = segmentation.bound(segment + 1)
      return segment
    }
  }
}
