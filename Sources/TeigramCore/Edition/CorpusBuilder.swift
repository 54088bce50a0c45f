import Foundation
import TeigramXML

/// Converts the whole corpus into `Output/`: encode, validate against the bundled schema and the
/// integrity rules, write atomically; remove outputs whose telegram is gone; write the review report of
/// unlinked names (`Output/reports/unresolved-names.tsv`). Files are processed in parallel (`jobs`), and
/// results are gathered in file order, so output and report are the same for any number of jobs.
///
/// **Incremental.** The build re-converts only telegrams whose source, sidecar or output changed since the
/// last build, and all of them when the tool changed (``BuildManifest/encoderVersion``, the schema, an
/// authority file, or the review report no longer being the one written): see ``BuildManifest``, kept in
/// `Output/.teigram-manifest.tsv`. In Teigram's own checkout the encoder's sources are hashed too, so a
/// code change re-converts everything; elsewhere bump ``BuildManifest/encoderVersion`` or set
/// ``rebuildsEverything`` (`teigram build --force`). The result is byte for byte the one a full build gives,
/// the manifest included.
public struct CorpusBuilder: Sendable {
    /// The project.
    public let project: Project
    /// Worker threads.
    public var jobs: Int
    /// Convert every telegram, whatever the manifest says (`--force`).
    public var rebuildsEverything: Bool

    /// Creates a builder.
    public init(
        project: Project, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, rebuildsEverything: Bool = false
    ) {
        self.project = project
        self.jobs = max(1, jobs)
        self.rebuildsEverything = rebuildsEverything
    }

    /// `Output/.teigram-manifest.tsv`.
    public var manifestPath: String { project.output + "/" + BuildManifest.fileName }
    /// `Output/reports/unresolved-names.tsv`.
    public var reportPath: String { project.output + "/reports/unresolved-names.tsv" }

    /// One telegram's result.
    struct FileResult: Sendable {
        var diagnostics: [Diagnostic] = []
        var failed = false
        var mentions = 0
        var linked = 0
        var unresolved: [UnresolvedName] = []
        /// Hash of the TEI written (`nil` when nothing was written).
        var outputHash: String?
        /// Hash of the source as read for this conversion (the bytes converted are the bytes hashed).
        var sourceHash: String?
    }

    /// What the build knows of one telegram before converting it.
    struct Inputs: Sendable {
        var name: String
        var sidecarHash: String?
        /// The manifest entry, when the telegram is unchanged since the last build.
        var unchanged: BuildManifest.Entry?
    }

    /// Runs the build.
    /// - Parameter progress: called after each converted file with (done, total to convert), from any thread.
    /// - Throws: ``Diagnostic`` when the authority or the schema cannot be loaded: nothing is written then.
    public func build(progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Diagnostic) -> BuildSummary {
        let telegrams = project.telegrams
        let tool = try BuildManifest.fingerprint(of: project)
        let previous = rebuildsEverything ? nil : readManifest()
        // The report carries the unlinked names of unchanged telegrams: it must be the one last written.
        let reportIsCurrent =
            previous.map { (try? FileIO.read(reportPath)).map(ContentHash.hex) == $0.reportHash } ?? false
        let usable = (previous?.tool == tool && reportIsCurrent) ? previous : nil
        let outputDirectory = project.output
        let inputs = ParallelMap.map(telegrams, jobs: jobs) { path in
            Self.inputs(of: path, previous: usable, outputDirectory: outputDirectory)
        }
        let toConvert = inputs.count { $0.unchanged == nil }
        var converter: (encoder: TelegramEncoder, validator: TEIValidator)?
        if toConvert > 0 {
            let authority = try project.loadAuthority()
            converter = (TelegramEncoder(authority: authority), try project.validator())
        }
        let previousUnresolved =
            usable == nil
            ? [:]
            : Self.unresolvedByFile(
                reportText: (try? FileIO.read(reportPath)).map { String(decoding: $0, as: UTF8.self) } ?? "")

        // Converted and folded into the summary and the manifest a chunk at a time, in file order: the
        // results of one chunk are all the build holds of the telegrams it converts.
        var summary = BuildSummary()
        var entries: [String: BuildManifest.Entry] = [:]
        var converted = 0
        var chunkStart = 0
        while chunkStart < telegrams.count {
            let chunk = chunkStart..<min(chunkStart + Self.chunkSize, telegrams.count)
            chunkStart = chunk.upperBound
            let paths = chunk.filter { inputs[$0].unchanged == nil }.map { telegrams[$0] }
            var results: [FileResult] = []
            if let converter, !paths.isEmpty {
                let before = converted
                let chunkProgress = progress.map { report in
                    { @Sendable (done: Int, _: Int) in report(before + done, toConvert) }
                }
                results = ParallelMap.map(paths, jobs: jobs, progress: chunkProgress) { path in
                    Self.buildOne(
                        path, encoder: converter.encoder, validator: converter.validator,
                        outputDirectory: outputDirectory)
                }
                converted += paths.count
            }
            var nextResult = 0
            for index in chunk {
                let input = inputs[index]
                let name = input.name
                if let entry = input.unchanged {
                    summary.unchanged += 1
                    summary.documents += 1
                    summary.mentions += entry.mentions
                    summary.linkedMentions += entry.linkedMentions
                    summary.unchangedWarnings += entry.warnings
                    for unresolved in previousUnresolved[name] ?? [] { summary.unresolved.append((name, unresolved)) }
                    entries[name] = entry
                    continue
                }
                guard nextResult < results.count else { continue }
                let result = results[nextResult]
                nextResult += 1
                summary.converted += 1
                summary.diagnostics += result.diagnostics
                summary.mentions += result.mentions
                summary.linkedMentions += result.linked
                if result.failed { summary.failed += 1 } else { summary.documents += 1 }
                for unresolved in result.unresolved { summary.unresolved.append((name, unresolved)) }
                if !result.failed, let sourceHash = result.sourceHash, let outputHash = result.outputHash {
                    entries[name] = BuildManifest.Entry(
                        name: name, sourceHash: sourceHash, sidecarHash: input.sidecarHash, outputHash: outputHash,
                        mentions: result.mentions, linkedMentions: result.linked,
                        warnings: result.diagnostics.filter { $0.severity == .warning }.count)
                }
            }
        }
        // Outputs whose source is gone.
        let names = Set(inputs.lazy.map(\.name))
        for output in FileIO.files(in: project.output, suffix: ".xml") where !names.contains(Project.baseName(output)) {
            try? FileManager.default.removeItem(atPath: output)
            summary.removed.append(output)
        }
        let report = Array(Self.reviewReport(summary.unresolved).utf8)
        try Self.writeIfChanged(report, to: reportPath)
        let manifest = BuildManifest(tool: tool, reportHash: ContentHash.hex(report), entries: entries)
        try Self.writeIfChanged(Array(manifest.text.utf8), to: manifestPath)
        return summary
    }

    /// Telegrams converted and folded into the summary at a time: the build holds the results of one chunk.
    static let chunkSize = 4_096

    /// The manifest of the last build, if there is a readable one.
    func readManifest() -> BuildManifest? {
        guard FileIO.exists(manifestPath), let bytes = try? FileIO.read(manifestPath),
            let text = String(validating: bytes, as: UTF8.self)
        else { return nil }
        return BuildManifest(text: text)
    }

    /// Hashes a telegram's source, sidecar and current output, and says whether it is unchanged since the
    /// build that wrote `previous`.
    /// The source is read here only when the manifest has an entry to compare it with: a telegram to
    /// convert is read once, by ``buildOne(_:encoder:validator:outputDirectory:)``, which hashes it too.
    static func inputs(of path: String, previous: BuildManifest?, outputDirectory: String) -> Inputs {
        let name = Project.baseName(path)
        let sidecar = Project.sidecarPath(for: path)
        let sidecarHash =
            FileIO.exists(sidecar) ? (try? FileIO.read(sidecar)).map(ContentHash.hex) ?? "unreadable" : nil
        var inputs = Inputs(name: name, sidecarHash: sidecarHash, unchanged: nil)
        guard let entry = previous?.entries[name], entry.sidecarHash == sidecarHash,
            let sourceHash = (try? FileIO.read(path)).map(ContentHash.hex), entry.sourceHash == sourceHash
        else { return inputs }
        let outputPath = outputDirectory + "/" + name + ".xml"
        guard FileIO.exists(outputPath), let output = try? FileIO.read(outputPath),
            ContentHash.hex(output) == entry.outputHash
        else { return inputs }
        inputs.unchanged = entry
        return inputs
    }

    /// The unlinked names of a review report, by file (the inverse of ``reviewReport(_:)``).
    static func unresolvedByFile(reportText: String) -> [String: [UnresolvedName]] {
        var byFile: [String: [UnresolvedName]] = [:]
        for line in reportText.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            byFile[String(fields[1]), default: []].append(
                UnresolvedName(name: String(fields[0]), context: String(fields[2])))
        }
        return byFile
    }

    /// Writes `bytes` atomically unless the file already holds exactly them (an unchanged build writes
    /// nothing).
    static func writeIfChanged(_ bytes: [UInt8], to path: String) throws(Diagnostic) {
        if FileIO.exists(path), let current = try? FileIO.read(path), current == bytes { return }
        try FileIO.writeAtomically(bytes, to: path)
    }

    static func buildOne(_ path: String, encoder: TelegramEncoder, validator: TEIValidator, outputDirectory: String)
        -> FileResult
    {
        var result = FileResult()
        do {
            let bytes = try FileIO.read(path)
            result.sourceHash = ContentHash.hex(bytes)
            let sidecar = try Project.sidecar(for: path)
            let outputPath = outputDirectory + "/" + Project.baseName(path) + ".xml"
            let encoded = try encoder.encode(
                bytes: bytes, path: path, documentID: Project.baseName(path), sidecar: sidecar,
                validation: (validator, outputPath))
            result.diagnostics += encoded.report.warnings
            result.mentions = encoded.report.mentionCount
            result.linked = encoded.report.mentionCount - encoded.report.unresolved.count
            result.unresolved = encoded.report.unresolved
            let validation = encoded.validation ?? validator.validate(bytes: encoded.bytes, path: outputPath)
            result.diagnostics += validation.diagnostics
            guard validation.isValid else {
                result.failed = true
                return result
            }
            // An output that already holds these bytes (a forced build, a tool change that altered nothing
            // here) is left alone: no rename, and its modification time stays that of its content.
            try writeIfChanged(encoded.bytes, to: outputPath)
            result.outputHash = ContentHash.hex(encoded.bytes)
        } catch {
            result.diagnostics.append(error)
            result.failed = true
        }
        return result
    }

    /// A field of a tab-separated line: tabs and line breaks become spaces (``UnresolvedName/oneLine(_:)``).
    static func tsvField(_ text: String) -> String { UnresolvedName.oneLine(text) }

    /// The review report: one line per unlinked name occurrence, sorted by name then file, as written;
    /// fields are ``tsvField(_:)``. The fields are sorted as written, so a report read back and written
    /// again (an incremental build) orders a name written over a line break as a full build does.
    static func reviewReport(_ entries: [(file: String, name: UnresolvedName)]) -> String {
        let rows = entries.map { (tsvField($0.name.name), $0.file, tsvField($0.name.context)) }.sorted { $0 < $1 }
        let lines = ["name\tfile\tcontext"] + rows.map { "\($0.0)\t\($0.1)\t\($0.2)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
