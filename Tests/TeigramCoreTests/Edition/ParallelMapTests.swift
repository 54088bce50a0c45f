import Foundation
import Testing
@testable import TeigramCore

/// The worker pool of builds, validation and the benchmark. Run under ThreadSanitizer by
/// `Scripts/sanitizers.sh`, which is where a race in it shows.
@Suite("ParallelMap")
struct ParallelMapTests {
    /// Collects progress calls from the workers.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [Int] = []
        func append(_ count: Int) {
            lock.lock()
            counts.append(count)
            lock.unlock()
        }
        var sorted: [Int] {
            lock.lock()
            defer { lock.unlock() }
            return counts.sorted()
        }
    }

    /// Each completion is reported once, with the number of items done by then: the counts are 1...n.
    @Test func progressReportsEachCompletionOnce() {
        let reports = Reports()
        let count = 1_000
        // Each item takes a little while, so that both workers run at once.
        let slowly: @Sendable (Int) -> Int = { item in
            usleep(100)
            return item
        }
        _ = ParallelMap.map(Array(0..<count), jobs: 2, progress: { done, _ in reports.append(done) }, slowly)
        #expect(reports.sorted == Array(1...count))
    }
}
