import ArgumentParser
import Foundation
import TeigramCore

extension Teigram {
    /// `teigram build`
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Encode every telegram of Corpus/ into Output/, validated.",
            discussion: """
                Each telegram is encoded, validated by libxml2 against Schemas/teigram.rng (the bundled schema \
                when the project has none) and the integrity rules, and written to Output/<name>.xml only if \
                valid. Outputs whose telegram is gone are removed. Names \
                the authority files do not know are listed in Output/reports/unresolved-names.tsv. Exit status \
                1 if any telegram failed, 2 if the authority files or the schema cannot be loaded. Then the \
                edition is published into Output/edition/ (see teigram publish).

                Incremental: only telegrams whose source, sidecar or output changed are converted again, all of \
                them when the schema, an authority file or the encoder version changed (content hashes in \
                Output/.teigram-manifest.tsv; in Teigram's own checkout the encoder's sources count too). \
                --force converts everything. On a terminal a progress line shows count, rate and \
                time left.
                """
        )

        @OptionGroup var projectOptions: ProjectOptions

        @Option(name: .shortAndLong, help: "Parallel jobs (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(name: .shortAndLong, help: "Print only errors and the summary line.")
        var quiet = false

        @Flag(help: "Convert every telegram, even those unchanged since the last build.")
        var force = false

        @Option(help: "Summary format: text or json.")
        var format: SummaryFormat = .text

        enum SummaryFormat: String, ExpressibleByArgument { case text, json }

        func validate() throws {
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            let project = try projectOptions.require()
            let start = Date()
            let progress = format == .text ? ProgressLine.make("encoding", quiet: quiet) : nil
            let summary: BuildSummary
            let builder = CorpusBuilder(project: project, jobs: jobs, rebuildsEverything: force)
            switch Result(catching: { () throws(Diagnostic) -> BuildSummary in
                try builder.build(progress: progress?.callback)
            }) {
            case .success(let value): summary = value
            case .failure(let diagnostic):
                progress?.finish()
                Console.print([diagnostic])
                throw ExitStatus.usage
            }
            progress?.finish()
            let shown = quiet ? summary.diagnostics.filter { $0.severity == .error } : summary.diagnostics
            Console.print(shown)
            let seconds = Date().timeIntervalSince(start)
            switch format {
            case .text:
                var line =
                    "teigram build: \(summary.documents) documents (\(summary.converted) converted, \(summary.unchanged) unchanged), \(summary.failed) failed, "
                line +=
                    "\(summary.mentions) names tagged (\(summary.linkedMentions) linked, \(summary.unresolved.count) for review), "
                line += "\(summary.warningCount) warnings"
                if !summary.removed.isEmpty { line += ", \(summary.removed.count) stale outputs removed" }
                line += String(format: " in %.2f s\n", seconds)
                Console.out(line)
            case .json:
                let object: [String: Any] = [
                    "documents": summary.documents, "failed": summary.failed, "mentions": summary.mentions,
                    "linkedMentions": summary.linkedMentions, "unresolvedMentions": summary.unresolved.count,
                    "warnings": summary.warningCount, "removed": summary.removed.count,
                    "converted": summary.converted, "unchanged": summary.unchanged,
                    "seconds": (seconds * 1000).rounded() / 1000,
                ]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                Console.out(String(decoding: data, as: UTF8.self) + "\n")
            }
            let edition = try Publish.publish(
                project: project, output: nil, jobs: jobs, quiet: quiet || format == .json, summaryLine: format == .text
            )
            if summary.failed > 0 || edition.failed { throw ExitStatus.invalid }
        }
    }
}
