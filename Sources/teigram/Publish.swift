import ArgumentParser
import Foundation
import TeigramCore

extension Teigram {
    /// `teigram publish`
    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publish",
            abstract: "Publish Output/*.xml as an edition: HTML pages and registers, CMIF, GeoJSON, JSON lines.",
            discussion: """
                Writes into Output/edition/ (or --output DIR): index.html, telegrams/<id>.html, persons.html, \
                places.html, organisations.html (the reading edition, working from file:// and any static \
                host, nothing loaded from the network), tei/ and text/ (the TEI and its plain text), cmif.xml \
                (CMIF for correspSearch), places.geojson (RFC 7946) and telegrams.jsonl (one JSON object per \
                telegram; docs/JSONL.md). Files whose bytes are unchanged are not rewritten. The edition's \
                title, editor, address and release date come from Corpus/edition.meta. teigram build runs \
                this after encoding. Exit status 1 if a TEI file could not be published.
                """
        )

        @OptionGroup var location: ProjectLocation

        @Option(
            name: .shortAndLong, help: ArgumentHelp("The edition folder (default: Output/edition).", valueName: "dir"))
        var output: String?

        @Option(name: .shortAndLong, help: "Parallel jobs (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(name: .shortAndLong, help: "Print only errors and the summary line.")
        var quiet = false

        func validate() throws {
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            guard let project = try location.locate() else {
                Console.error(
                    "teigram: error: no Teigram project here (a directory with Corpus/ and Schemas/); run from one or give --project DIR"
                )
                throw ExitStatus.usage
            }
            let summary = try Self.publish(
                project: project, output: output, jobs: jobs, quiet: quiet, summaryLine: true)
            if summary.failed { throw ExitStatus.invalid }
        }

        /// Publishes and prints the diagnostics and (with `summaryLine`) the summary line; shared with
        /// `teigram build`.
        static func publish(project: Project, output: String?, jobs: Int, quiet: Bool, summaryLine: Bool) throws
            -> EditionPublisher.Summary
        {
            let start = Date()
            let progress = ProgressLine.make("publishing", quiet: quiet)
            let result = Result { () throws(Diagnostic) -> EditionPublisher.Summary in
                try EditionPublisher.forProject(project, outputDirectory: output, jobs: jobs).publish(
                    progress: progress?.callback)
            }
            progress?.finish()
            switch result {
            case .failure(let diagnostic):
                Console.print([diagnostic])
                throw ExitStatus.usage
            case .success(let summary):
                Console.print(quiet ? summary.diagnostics.filter { $0.severity == .error } : summary.diagnostics)
                guard summaryLine else { return summary }
                var line = "teigram publish: \(summary.telegrams) telegrams, \(summary.letters) letters in CMIF "
                line +=
                    "(\(summary.correspondentsWithURI) of \(summary.correspondents) correspondents with an authority URI), "
                line += "\(summary.entries) register entries, \(summary.mappedPlaces) places mapped; "
                line += "\(summary.written) files written, \(summary.unchanged) unchanged"
                if summary.removed > 0 { line += ", \(summary.removed) removed" }
                line += String(format: " in %.2f s\n", Date().timeIntervalSince(start))
                Console.out(line)
                return summary
            }
        }
    }
}
