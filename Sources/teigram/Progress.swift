import Foundation

/// A progress line on standard error for long runs: `[done/total] verb, rate/s, time left`. Shown only
/// when standard error is a terminal (never in pipes, logs or CI), and only once a run has lasted half a
/// second, so short runs print nothing; redrawn at most ten times a second; erased by ``finish()``.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let verb: String
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    /// A progress line for `verb` ("encoding", "validating"), or `nil` when it must stay quiet.
    static func make(_ verb: String, quiet: Bool = false) -> ProgressLine? {
        guard !quiet, Console.stderrIsTerminal else { return nil }
        return ProgressLine(verb: verb)
    }

    private init(verb: String) { self.verb = verb }

    /// The callback for ``ParallelMap`` and ``CorpusBuilder``: (done, total).
    var callback: @Sendable (Int, Int) -> Void { { [self] done, total in self.update(done: done, total: total) } }

    /// Redraws the line if enough time has passed.
    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard elapsed >= 0.5, now.timeIntervalSince(lastDrawn) >= 0.1 || done == total else { return }
        lastDrawn = now
        drawn = true
        let rate = Double(done) / max(elapsed, 0.001)
        var line = "\r\u{1B}[K[\(done)/\(total)] \(verb), \(Self.format(rate: rate))"
        if done < total, rate > 0 {
            line += ", \(Self.format(seconds: Double(total - done) / rate)) left"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Erases the line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    static func format(rate: Double) -> String {
        rate >= 100 ? String(format: "%.0f/s", rate) : String(format: "%.1f/s", rate)
    }

    static func format(seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return "\(whole / 3600) h \(whole % 3600 / 60) min"
    }
}
