import ArgumentParser
import Foundation
import TeigramCore

extension Teigram {
    /// `teigram encode [--output DIR] FILE...`
    struct Encode: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Encode raw telegram texts as TEI P5.",
            discussion: """
            Writes DIR/<input base name>.xml for each FILE (default DIR: the project's Output/). With '-' as \
            the only FILE, reads standard input and writes the TEI to standard output. A sidecar \
            <name>.meta beside a telegram overrides header fields (see README). Warnings go to standard \
            error as path:line:col: warning: message. Other files are still converted when one fails; \
            output files are written atomically.
            """
        )

        @Option(name: .shortAndLong, help: "Directory for the TEI files (default: the project's Output/).")
        var output: String?

        @Option(name: .long, help: "Authority directory with listPerson/listPlace/listOrg TEI files (default: the project's Corpus/authority/).")
        var authority: String?

        @Option(name: .shortAndLong, help: "Parallel jobs (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Argument(help: "Raw telegram files, or '-' for standard input.")
        var files: [String]

        func validate() throws {
            if files.contains("-") && files.count > 1 { throw ValidationError("'-' (standard input) cannot be combined with other files") }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            let project = Project.locate()
            var authorityValue = Authority()
            if let directory = authority ?? project?.authorityDirectory {
                switch Result(catching: { () throws(Diagnostic) -> Authority in try Authority.load(directory: directory) }) {
                case .success(let loaded): authorityValue = loaded
                case .failure(let diagnostic):
                    Console.print([diagnostic])
                    throw ExitStatus.usage
                }
            }
            let encoder = TelegramEncoder(authority: authorityValue)
            if files == ["-"] {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                switch Result(catching: { () throws(Diagnostic) -> EncodedTelegram in try encoder.encode(bytes: [UInt8](data), path: "<stdin>", documentID: "stdin") }) {
                case .success(let encoded):
                    Console.print(encoded.report.warnings)
                    FileHandle.standardOutput.write(Data(encoded.bytes))
                case .failure(let diagnostic):
                    Console.print([diagnostic])
                    throw ExitStatus.invalid
                }
                return
            }
            guard let outputDirectory = output ?? project?.output else {
                Console.error("teigram: error: no --output directory and no project Output/ here")
                throw ExitStatus.usage
            }
            let progress = ProgressLine.make("encoding")
            let results = ParallelMap.map(files, jobs: jobs, progress: progress?.callback) { encoder.encodeFile($0, outputDirectory: outputDirectory) }
            progress?.finish()
            let diagnostics = results.flatMap { $0 }
            Console.print(diagnostics)
            if diagnostics.contains(where: { $0.severity == .error }) { throw ExitStatus.invalid }
        }
    }
}
