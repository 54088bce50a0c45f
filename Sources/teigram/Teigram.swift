import ArgumentParser
import Foundation
import TeigramCore

/// The `teigram` command: thin argument handling over TeigramCore.
///
/// Every subcommand states its `commandName`: without it ArgumentParser derives the name from the type's
/// name (`String(describing:)`, then snake case) for every subcommand at every argument it reads, which
/// cost 0.28 M instructions per file given to `teigram encode`.
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
        subcommands: [
            Encode.self, Build.self, Publish.self, Validate.self, Text.self, Init.self, AuthorityCommand.self,
            Evaluate.self, Bench.self,
        ]
    )
}
