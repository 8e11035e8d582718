import RapportSupport

/// A linear map from data values to positions on a chart, with "nice" tick values (steps of
/// 1, 2 or 5 times a power of ten) that cover the data.
///
/// Degenerate data has a defined scale: no finite values gives the domain 0…1; one value (or
/// all equal values) gives a domain of one step around it (0…1 for all zeros); NaN and
/// infinities are ignored.
package struct ChartScale: Sendable, Equatable {
  /// The data range the scale covers, after rounding out to ticks.
  package var lower: Double
  package var upper: Double
  /// The positions the domain maps onto (`rangeStart` for `lower`).
  package var rangeStart: Double
  package var rangeEnd: Double
  /// Tick values from `lower` to `upper`, evenly spaced.
  package var ticks: [Double]

  /// A scale covering `values` (and `including`, e.g. 0 for rates) onto `rangeStart…rangeEnd`,
  /// with about `tickCount` ticks.
  package init(
    covering values: [Double?], including: [Double] = [], range rangeStart: Double, _ rangeEnd: Double,
    tickCount: Int = 5
  ) {
    let finite = (values.compactMap { $0 } + including).filter(\.isFinite)
    var low = finite.min() ?? 0
    var high = finite.max() ?? 1
    if low == high {
      if low == 0 {
        high = 1
      } else {
        let step = ChartScale.niceStep(abs(low))
        low = low > 0 ? max(0, low - step) : low - step
        high = high > 0 ? high + step : min(0, high + step)
      }
    }
    let step = ChartScale.niceStep((high - low) / Double(max(1, tickCount)))
    let first = (low / step).rounded(.down) * step
    let last = (high / step).rounded(.up) * step
    let count = max(1, Int(((last - first) / step).rounded()))
    let ticks = (0...count).map { ChartScale.clean(first + Double($0) * step) }
    self.ticks = ticks
    lower = ticks[0]
    upper = ticks[count]
    self.rangeStart = rangeStart
    self.rangeEnd = rangeEnd
  }

  /// The position of `value`; values outside the domain fall outside the range.
  package func position(_ value: Double) -> Double {
    guard upper > lower else { return rangeStart }
    return rangeStart + (value - lower) / (upper - lower) * (rangeEnd - rangeStart)
  }

  /// The smallest of 1, 2, 5 × 10ⁿ at least `rough` (1 for zero or non-finite input).
  package static func niceStep(_ rough: Double) -> Double {
    guard rough.isFinite, rough > 0 else { return 1 }
    var power = 1.0
    while power * 10 <= rough { power *= 10 }
    while power > rough { power /= 10 }
    for factor in [1.0, 2, 5, 10] where factor * power >= rough * (1 - 1e-9) {
      return clean(factor * power)
    }
    return clean(10 * power)
  }

  /// `value` with floating-point noise of the step arithmetic removed (0.30000000000000004 → 0.3).
  static func clean(_ value: Double) -> Double {
    let rounded = (value * 1e9).rounded() / 1e9
    return rounded == 0 ? 0 : rounded
  }

  /// A tick's label: integers bare, others with up to four decimals.
  package static func label(_ value: Double) -> String { Rounding.text(value) }
}
