import Foundation
import TeigramXML

/// Order-preserving parallel map over a fixed number of worker threads.
public enum ParallelMap {
    /// Maps `items` with `transform` on `jobs` threads; the result is in input order.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
        _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        let storage = ResultStorage<Result>(count: items.count)
        let workers = max(1, min(jobs, items.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = storage.claim() {
                let done = storage.store(transform(items[index]), at: index)
                if let progress { progress(done, items.count) }
            }
        }
        return storage.results()
    }

    final class ResultStorage<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result?]
        private var next = 0
        private var completed = 0

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }

        /// Stores a result; returns the number of results stored so far (read under the lock: a worker
        /// reading it after `unlock` would race with the other workers' stores).
        func store(_ result: Result, at index: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            slots[index] = result
            completed += 1
            return completed
        }

        func results() -> [Result] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
