import Foundation
import TeigramCore

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
