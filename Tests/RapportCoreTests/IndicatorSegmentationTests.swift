import Testing

@testable import RapportCore
@testable import RapportMeasure

@Suite struct IndicatorSegmentationTests {
  /// Segment sizes for W words in N segments: ⌈kW/N⌉ bounds, sizes differing by at most one.
  @Test(arguments: [
    (44, 3, [15, 15, 14]),
    (10, 5, [2, 2, 2, 2, 2]),
    (11, 5, [3, 2, 2, 2, 2]),
    (2, 3, [1, 1, 0]),
    (0, 2, [0, 0]),
    (7, 1, [7]),
  ])
  func segmentSizes(words: Int, count: Int, sizes: [Int]) {
    let segmentation = Segmentation(count: count, totalWords: words)
    #expect((0..<count).map { segmentation.words(in: $0).count } == sizes)
  }

  /// Every word lies in the segment whose range holds it, and ranges tile the session.
  @Test func segmentOfWordAgreesWithRanges() {
    for words in 0...40 {
      for count in 1...7 {
        let segmentation = Segmentation(count: count, totalWords: words)
        var next = 0
        for index in 0..<count {
          let range = segmentation.words(in: index)
          #expect(range.lowerBound == next)
          next = range.upperBound
          for position in range { #expect(segmentation.segment(ofWord: position) == index) }
        }
        #expect(next == words)
      }
    }
  }

  @Test func segmentOfWordStaysInRange() {
    let segmentation = Segmentation(count: 4, totalWords: 9)
    #expect(segmentation.segment(ofWord: 9) == 3)
    #expect(segmentation.segment(ofWord: -1) == 0)
    #expect(Segmentation(count: 3, totalWords: 0).segment(ofWord: 0) == 0)
  }
}

@Suite("The segment cursor gives what the division gives")
struct SegmentCursorTests {
  /// Every position of sessions of 0 to 60 words in 1 to 7 segments, asked in order, then
  /// again in an order that sometimes goes back (and past both ends).
  @Test func cursorAgreesWithDivision() {
    for words in 0...60 {
      for count in 1...7 {
        let segmentation = Segmentation(count: count, totalWords: words)
        var cursor = Segmentation.Cursor(segmentation)
        for position in 0..<max(words, 1) {
          #expect(cursor.segment(ofWord: position) == segmentation.segment(ofWord: position), "W \(words) N \(count) at \(position)")
        }
        var jumping = Segmentation.Cursor(segmentation)
        for step in 0..<(2 * words + 4) {
          let position = (step * 7919) % (words + 3) - 1
          #expect(jumping.segment(ofWord: position) == segmentation.segment(ofWord: position), "W \(words) N \(count) at \(position)")
        }
      }
    }
  }
}
