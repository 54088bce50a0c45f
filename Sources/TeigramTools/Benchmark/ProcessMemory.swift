import Foundation
import TeigramCore

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
