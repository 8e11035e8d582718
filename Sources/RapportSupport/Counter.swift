import Synchronization

/// A shared count that workers advance.
///
/// `Sendable` notes: the value lives in a `Mutex`, so any task may advance it.
package final class Counter: Sendable {
  private let value = Mutex(0)

  package init() {}

  /// Adds `amount`.
  package func add(_ amount: Int) {
    value.withLock { $0 += amount }
  }

  /// The count so far.
  package var current: Int { value.withLock { $0 } }

  /// Adds one and returns the new value.
  package func increment() -> Int {
    value.withLock { value in
      value += 1
      return value
    }
  }
}
