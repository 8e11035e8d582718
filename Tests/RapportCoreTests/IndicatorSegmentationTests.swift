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
