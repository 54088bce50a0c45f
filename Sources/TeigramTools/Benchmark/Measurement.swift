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

/// The process's memory as Linux reports it in `/proc/self/status`.
public enum ProcessMemory {
    /// Peak resident set size (`VmHWM`) in bytes, `nil` where `/proc` is not available.
    public static func peakResidentBytes() -> Int? { statusField("VmHWM:") }

    /// Current resident set size (`VmRSS`) in bytes.
    public static func residentBytes() -> Int? { statusField("VmRSS:") }

    /// Resets the peak (`VmHWM`) to the current resident size by writing `5` to `/proc/self/clear_refs`
    /// (Linux ≥ 4.0), so that the peak of one phase can be read on its own. Returns false where that is not
    /// possible; the peak is then the peak since the process started.
    @discardableResult
    public static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    static func statusField(_ key: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: "/proc/self/status") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            let digits = line.dropFirst(key.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap {
                Int($0)
            }
            return digits.map { $0 * 1024 }  // the kernel reports kB
        }
        return nil
    }
}

/// Running an external program (xmllint, the teigram binary) for reference measurements.
public enum ExternalCommand {
    /// The outcome of a run.
    public struct Outcome: Sendable {
        /// Exit status (-1 when the program could not be started).
        public var status: Int32
        /// Wall-clock seconds.
        public var seconds: Double
    }

    /// The full path of `program` on `PATH`, or `nil`.
    public static func locate(_ program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = directory + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments` in each element of `argumentLists` concurrently (one process
    /// each), output discarded; returns the worst status and the wall-clock time for all.
    public static func run(_ executable: String, argumentLists: [[String]]) -> Outcome {
        let start = Stopwatch.now()
        var processes: [Process] = []
        var status: Int32 = 0
        for arguments in argumentLists {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do {
                try process.run()
                processes.append(process)
            } catch {
                status = -1
            }
        }
        for process in processes {
            process.waitUntilExit()
            if process.terminationStatus != 0 { status = max(status, process.terminationStatus) }
        }
        return Outcome(status: status, seconds: Stopwatch.seconds(from: start))
    }

    /// Splits `items` into `parts` contiguous chunks of nearly equal size (none empty).
    public static func chunks<Item>(_ items: [Item], parts: Int) -> [[Item]] {
        let count = max(1, min(parts, items.count))
        var result: [[Item]] = []
        var start = 0
        for part in 0..<count {
            let end = start + (items.count - start) / (count - part)
            result.append(Array(items[start..<end]))
            start = end
        }
        return result.filter { !$0.isEmpty }
    }
}
