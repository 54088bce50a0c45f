import ArgumentParser
import Foundation
import TeigramCore
import TeigramTools

extension Teigram {
    /// `teigram bench [--count N] [--sizes 1000,10000,100000] [--jobs N] [--keep DIR]`
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench",
            abstract: "Measure throughput and memory on a synthetic corpus made from Corpus/.",
            discussion: """
                Generates telegrams from the real ones (names swapped for other authority names of the same kind, \
                dates shifted, paragraphs dropped or repeated; deterministic), in batches of 1,000 in a temporary \
                directory (about 18 KB of disk per telegram while a size runs, removed after it unless --keep), and \
                prints Markdown tables: documents/s and MB/s per stage (read and decode, layout, tag and build TEI, \
                serialise and validate as build does and with libxml2 alone, validate a file, extract text; one \
                thread), encode + validate in memory and the whole pipeline on --jobs threads, xmllint --relaxng and \
                a plain libxml2 parse of the same files, and the peak memory (VmHWM) per size. Then teigram validate \
                against xmllint on a few thousand files, and the tagger with the real authority against one with \
                100,000 generated names, on texts of 1x, 4x and 16x length. Use a release build: swift build -c \
                release; .build/release/teigram bench.
                """
        )

        @OptionGroup var projectOptions: ProjectOptions

        @Option(help: "One corpus of N documents (the same as --sizes N).")
        var count: Int?

        @Option(help: "Corpus sizes, comma-separated (default: 1000,10000,100000).")
        var sizes: String?

        @Option(name: .shortAndLong, help: "Threads for the whole-pipeline figure (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "Keep the generated corpus and TEI in DIR instead of a temporary directory.")
        var keep: String?

        @Option(help: "Files for the teigram validate versus xmllint comparison (0 to skip).")
        var validateFiles: Int = 3_000

        @Option(help: "Raw telegrams for the teigram encode versus xmllint comparison (0 to skip).")
        var encodeFiles: Int = 2_000

        @Option(help: "Generated authority entries for the tagging-scale figures (0 to skip).")
        var authorityEntries: Int = 100_000

        @Option(help: "Seed of the synthetic corpus (hexadecimal).")
        var seed: String?

        func parsedSizes() throws -> [Int] {
            if let sizes {
                let values = sizes.split(separator: ",").map {
                    Int($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: ""))
                }
                guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 }) else {
                    throw ValidationError("--sizes takes positive numbers separated by commas, e.g. 1000,10000")
                }
                return values.compactMap { $0 }
            }
            if let count { return [count] }
            return [1_000, 10_000, 100_000]
        }

        func validate() throws {
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if let count, count < 1 { throw ValidationError("--count must be at least 1") }
            if count != nil && sizes != nil { throw ValidationError("give --count or --sizes, not both") }
            if validateFiles < 0 || authorityEntries < 0 || encodeFiles < 0 {
                throw ValidationError("--validate-files, --encode-files and --authority-entries cannot be negative")
            }
            if let seed, UInt64(seed, radix: 16) == nil { throw ValidationError("--seed is a hexadecimal number") }
            _ = try parsedSizes()
        }

        func run() throws {
            let project = try projectOptions.require()
            var configuration = BenchmarkConfiguration(sizes: try parsedSizes(), jobs: jobs, keepDirectory: keep)
            configuration.validateComparisonFiles = validateFiles
            configuration.syntheticAuthorityEntries = authorityEntries
            configuration.encodeComparisonFiles = encodeFiles
            if let seed, let value = UInt64(seed, radix: 16) { configuration.seed = value }
            configuration.teigramExecutable =
                Bundle.main.executablePath ?? ExternalCommand.locate(CommandLine.arguments[0])
            #if DEBUG
                Console.error(
                    "teigram bench: this is a debug build; figures are only meaningful from a release build (swift build -c release)"
                )
            #endif
            let showProgress = Console.stderrIsTerminal
            let benchmark = CorpusBenchmark(project: project, configuration: configuration)
            let result = Result { () throws(Diagnostic) -> BenchmarkReport in
                try benchmark.run(
                    log: { note in if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K\(note)".utf8)) } },
                    emit: { section in
                        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                        Console.out(section)
                    })
            }
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            if case .failure(let diagnostic) = result {
                Console.print([diagnostic])
                throw ExitStatus.usage
            }
        }
    }
}
