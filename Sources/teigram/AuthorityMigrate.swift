import ArgumentParser
import TeigramCore
import TeigramTools

extension Teigram.AuthorityCommand {
    /// `teigram authority migrate [--project DIR] [--dry-run]`
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Rewrite bare authority ids (<idno type=\"wikidata\">Q…</idno>) to URIs (<idno type=\"URI\">).",
            discussion: """
                Rewrites the project's own authority files (Corpus/authority/*.xml; in Teigram's checkout also the \
                built-in Sources/TeigramDefaults/Authority/*.xml) textually: only the idno elements change, every \
                other byte is kept, and each file is replaced atomically. A malformed bare id is reported and kept. \
                Nothing is written when a file cannot be read.
                """
        )

        @OptionGroup var location: ProjectLocation

        @Flag(help: "Report what would change without writing.")
        var dryRun = false

        func run() throws {
            guard let project = try location.locate() else {
                Console.error(
                    "teigram: error: no Teigram project here (a directory with Corpus/ and Schemas/); give --project DIR"
                )
                throw ExitStatus.usage
            }
            let changes: [AuthorityMigration.Change]
            do throws(Diagnostic) {
                changes = try AuthorityMigration.migrateFiles(
                    AuthoritySourceFiles(project: project).editableFiles, dryRun: dryRun)
            } catch {
                Console.print([error])
                throw ExitStatus.usage
            }
            let migrated = changes.filter { $0.uri != nil }
            for change in changes {
                if let uri = change.uri {
                    Console.out("\(change.path):\(change.line): \(change.scheme) \(change.bareID) -> \(uri)\n")
                } else {
                    Console.error(
                        "\(change.path):\(change.line):0: warning: '\(change.bareID)' is not a well-formed \(change.scheme) id; kept"
                    )
                }
            }
            let files = Set(migrated.map(\.path)).count
            Console.out(
                "teigram authority migrate: \(migrated.count) ids \(dryRun ? "would be " : "")rewritten in \(files) files\n"
            )
        }
    }
}
