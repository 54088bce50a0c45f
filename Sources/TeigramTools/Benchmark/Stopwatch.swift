import Foundation
import TeigramCore

/// Wall-clock time for benchmarks: a monotonic clock in nanoseconds.
public enum Stopwatch {
    /// Nanoseconds since an arbitrary start (monotonic).
    @inline(__always)
    public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Seconds between two ``now()`` readings.
    @inline(__always)
    public static func seconds(from start: UInt64, to end: UInt64 = now()) -> Double {
        Double(end &- start) / 1e9
    }

    /// Runs `body` and returns its result with the seconds it took.
    public static func time<Result>(_ body: () throws -> Result) rethrows -> (Result, Double) {
        let start = now()
        let result = try body()
        return (result, seconds(from: start))
    }
}
