import Foundation
import TeigramXML

/// What a build did.
public struct BuildSummary: Sendable {
    /// Telegrams converted and valid.
    public var documents = 0
    /// Telegrams that failed (unreadable input or invalid output).
    public var failed = 0
    /// Mentions tagged.
    public var mentions = 0
    /// Mentions linked to the authority.
    public var linkedMentions = 0
    /// All diagnostics, errors and warnings, in file order.
    public var diagnostics: [Diagnostic] = []
    /// Names tagged without a link: name → (file, context) occurrences.
    public var unresolved: [(file: String, name: UnresolvedName)] = []
    /// Output files removed because their source is gone.
    public var removed: [String] = []

    /// Warnings count.
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Converts the whole corpus into `Output/`: encode, validate against the bundled schema and the
/// integrity rules, write atomically; remove outputs whose telegram is gone; write the review report of
/// unlinked names (`Output/reports/unresolved-names.tsv`). Files are processed in parallel (`jobs`), and
/// results are gathered in file order, so output and report are the same for any number of jobs.
public struct CorpusBuilder: Sendable {
    /// The project.
    public let project: Project
    /// Worker threads.
    public var jobs: Int

    /// Creates a builder.
    public init(project: Project, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.project = project
        self.jobs = max(1, jobs)
    }

    /// One telegram's result.
    struct FileResult: Sendable {
        var diagnostics: [Diagnostic] = []
        var failed = false
        var mentions = 0
        var linked = 0
        var unresolved: [UnresolvedName] = []
    }

    /// Runs the build.
    /// - Parameter progress: called after each file with (done, total), from any thread.
    /// - Throws: ``Diagnostic`` when the authority or the schema cannot be loaded: nothing is written then.
    public func build(progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Diagnostic) -> BuildSummary {
        let authority = try project.loadAuthority()
        let validator = try TEIValidator(schemaPath: project.customSchema)
        let encoder = TelegramEncoder(authority: authority)
        let telegrams = project.telegrams
        let results = ParallelMap.map(telegrams, jobs: jobs, progress: progress) { path in
            Self.buildOne(path, encoder: encoder, validator: validator, outputDirectory: project.output)
        }
        var summary = BuildSummary()
        for (path, result) in zip(telegrams, results) {
            summary.diagnostics += result.diagnostics
            summary.mentions += result.mentions
            summary.linkedMentions += result.linked
            if result.failed { summary.failed += 1 } else { summary.documents += 1 }
            for name in result.unresolved { summary.unresolved.append((Project.baseName(path), name)) }
        }
        // Outputs whose source is gone.
        let expected = Set(telegrams.map { Project.baseName($0) + ".xml" })
        for output in FileIO.files(in: project.output, suffix: ".xml") where !expected.contains((output as NSString).lastPathComponent) {
            try? FileManager.default.removeItem(atPath: output)
            summary.removed.append(output)
        }
        try FileIO.writeAtomically(Array(Self.reviewReport(summary.unresolved).utf8), to: project.output + "/reports/unresolved-names.tsv")
        return summary
    }

    static func buildOne(_ path: String, encoder: TelegramEncoder, validator: TEIValidator, outputDirectory: String) -> FileResult {
        var result = FileResult()
        do {
            let bytes = try FileIO.read(path)
            let overrides = try Project.overrides(for: path)
            let encoded = try encoder.encode(bytes: bytes, path: path, documentID: Project.baseName(path), overrides: overrides)
            result.diagnostics += encoded.report.warnings
            result.mentions = encoded.report.mentionCount
            result.linked = encoded.report.mentionCount - encoded.report.unresolved.count
            result.unresolved = encoded.report.unresolved
            let outputPath = outputDirectory + "/" + Project.baseName(path) + ".xml"
            let validation = validator.validate(bytes: encoded.bytes, path: outputPath)
            result.diagnostics += validation.diagnostics
            guard validation.isValid else {
                result.failed = true
                return result
            }
            try FileIO.writeAtomically(encoded.bytes, to: outputPath)
        } catch {
            result.diagnostics.append(error)
            result.failed = true
        }
        return result
    }

    /// The review report: one line per unlinked name occurrence, sorted by name then file.
    static func reviewReport(_ entries: [(file: String, name: UnresolvedName)]) -> String {
        var lines = ["name\tfile\tcontext"]
        let sorted = entries.sorted { ($0.name.name, $0.file, $0.name.context) < ($1.name.name, $1.file, $1.name.context) }
        for entry in sorted {
            let context = entry.name.context.replacingOccurrences(of: "\t", with: " ")
            lines.append("\(entry.name.name)\t\(entry.file)\t\(context)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Order-preserving parallel map over a fixed number of worker threads.
public enum ParallelMap {
    /// Maps `items` with `transform` on `jobs` threads; the result is in input order.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
        _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        let storage = ResultStorage<Result>(count: items.count)
        let workers = max(1, min(jobs, items.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            while let index = storage.claim() {
                storage.store(transform(items[index]), at: index)
                if let progress { progress(storage.completed, items.count) }
            }
            _ = worker
        }
        return storage.results()
    }

    final class ResultStorage<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result?]
        private var next = 0
        private(set) var completed = 0

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ result: Result, at index: Int) {
            lock.lock(); defer { lock.unlock() }
            slots[index] = result
            completed += 1
        }

        func results() -> [Result] {
            lock.lock(); defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
