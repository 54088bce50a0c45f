import ArgumentParser
import TeigramCore
import TeigramTools

extension Teigram.AuthorityCommand {
    /// `teigram authority export [--project DIR] [--output FILE] [--used]`
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "CSV of the persons, places and organisations that have no external identifier.",
            discussion: """
                One row per entry of the project's effective authority (built-in, Corpus/authority/, --authority) \
                without any identifier: id, type, name, variants, birth, death, role, note, mentions (documents of \
                Output/ whose standOff carries it), then empty wikidata, geonames, viaf and gnd columns to fill \
                (OpenRefine's reconciliation) and read back with 'teigram authority import'. RFC 4180, UTF-8, \
                persons, places, organisations, each by id.
                """
        )

        @OptionGroup var projectOptions: ProjectOptions

        @Option(help: ArgumentHelp("Write the CSV to this file (default: standard output).", valueName: "file"))
        var output: String?

        @Flag(help: "Only entries that at least one document of Output/ mentions.")
        var used = false

        func run() throws {
            let project = try projectOptions.require()
            let authority = try projectOptions.loadAuthority(project: project)
            do throws(Diagnostic) {
                let mentions = try AuthorityExport.mentionCounts(outputDirectory: project.output)
                let csv = AuthorityExport.csv(authority: authority, mentions: mentions, usedOnly: used)
                if let output {
                    try FileIO.writeAtomically(Array(csv.utf8), to: output)
                } else {
                    Console.out(csv)
                }
            } catch {
                Console.print([error])
                throw ExitStatus.usage
            }
        }
    }
}
