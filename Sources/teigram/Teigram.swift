import ArgumentParser
import Foundation
import TeigramCore

/// The `teigram` command: thin argument handling over TeigramCore.
@main
struct Teigram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teigram",
        abstract: "Archival diplomatic telegrams into scholarly TEI P5 editions.",
        discussion: """
            encode, validate and text work from any directory: the executable carries the bundled schema and the \
            built-in authority. build, evaluate and bench work on a project (a directory with Corpus/ and \
            Schemas/; 'teigram init DIR' creates one), found from the current directory upwards or given with \
            --project.
            """,
        version: "0.1.0",
        subcommands: [Encode.self, Build.self, Validate.self, Text.self, Init.self, Evaluate.self, Bench.self]
    )
}

/// Exit status shared by the subcommands: 0 success, 1 invalid or failed input, 2 usage or I/O errors.
enum ExitStatus {
    static let invalid = ExitCode(1)
    static let usage = ExitCode(2)
}

/// Writes diagnostics to standard error, one per line.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data(diagnostics.map { $0.description + "\n" }.joined().utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }
}
