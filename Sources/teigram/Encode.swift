import ArgumentParser
import Foundation
import TeigramCore

extension Teigram {
    /// `teigram encode [--output DIR] FILE...`
    struct Encode: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "encode",
            abstract: "Encode raw telegram texts as TEI P5.",
            discussion: """
                Writes DIR/<input base name>.xml for each FILE (default DIR: the project's Output/). With '-' as \
                the only FILE, reads standard input and writes the TEI to standard output. Every document is validated \
                by libxml2 (schema and integrity rules) before it is written; an invalid one is not written. A sidecar \
                <name>.meta beside a telegram overrides header fields (see README). Warnings go to standard \
                error as path:line:col: warning: message. Other files are still converted when one fails; \
                output files are written atomically.
                """
        )

        @Option(
            name: .shortAndLong,
            help: "Directory for the TEI files (default: the project's Output/, else the current directory).")
        var output: String?

        @OptionGroup var projectOptions: ProjectOptions

        @Option(name: .shortAndLong, help: "Parallel jobs (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Argument(help: "Raw telegram files, or '-' for standard input.")
        var files: [String]

        func validate() throws {
            if files.contains("-") && files.count > 1 {
                throw ValidationError("'-' (standard input) cannot be combined with other files")
            }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            let project = try projectOptions.locate()
            let encoder = TelegramEncoder(authority: try projectOptions.loadAuthority(project: project))
            let validator: TEIValidator
            do throws(Diagnostic) {
                validator = try Project.validator(for: project)
            } catch {
                Console.print([error])
                throw ExitStatus.usage
            }
            if files == ["-"] {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                let result = Result { () throws(Diagnostic) -> EncodedTelegram in
                    try encoder.encode(
                        bytes: [UInt8](data), path: "<stdin>", documentID: "stdin", validation: (validator, "<stdout>"))
                }
                switch result {
                case .success(let encoded) where encoded.validation?.isValid != false:
                    Console.print(encoded.report.warnings)
                    FileHandle.standardOutput.write(Data(encoded.bytes))
                case .success(let encoded):
                    Console.print(encoded.report.warnings + (encoded.validation?.diagnostics ?? []))
                    throw ExitStatus.invalid
                case .failure(let diagnostic):
                    Console.print([diagnostic])
                    throw ExitStatus.invalid
                }
                return
            }
            let outputDirectory = output ?? project?.output ?? FileManager.default.currentDirectoryPath
            let progress = ProgressLine.make("encoding")
            let results = ParallelMap.map(files, jobs: jobs, progress: progress?.callback) {
                encoder.encodeFile($0, outputDirectory: outputDirectory, validator: validator)
            }
            progress?.finish()
            let diagnostics = results.flatMap { $0 }
            Console.print(diagnostics)
            if diagnostics.contains(where: { $0.severity == .error }) { throw ExitStatus.invalid }
        }
    }
}
