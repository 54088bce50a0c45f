import ArgumentParser
import TeigramCore
import TeigramTools

extension Teigram.AuthorityCommand {
    /// `teigram authority import FILE.csv [--project DIR] [--dry-run]`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add reconciled identifiers from a CSV to the authority files.",
            discussion: """
                Reads the columns id and any of wikidata, geonames, viaf, gnd (bare id or URI) and uri; other \
                columns are ignored. Everything is checked first, and nothing is written if anything is wrong \
                (errors as FILE.csv:LINE:COL). An entry defined in an on-disk file gets <idno type="URI"> lines \
                there; an entry of the embedded built-in authority is copied with them into \
                Corpus/authority/imported.xml. Identifiers an entry already has are skipped.
                """
        )

        @Argument(help: "The CSV file.")
        var file: String

        @OptionGroup var projectOptions: ProjectOptions

        @Flag(help: "Check and report without writing.")
        var dryRun = false

        func run() throws {
            let project = try projectOptions.require()
            let plan: AuthorityImport.Plan
            do throws(Diagnostic) {
                let bytes = try FileIO.read(file)
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw Diagnostic(.error, .input, path: file, "not UTF-8 text")
                }
                plan = try AuthorityImport.plan(csv: text, path: file, project: project)
                if !dryRun { try AuthorityImport.write(plan) }
            } catch {
                Console.print([error])
                throw ExitStatus.usage
            }
            guard plan.errors.isEmpty else {
                Console.print(plan.errors)
                Console.error("teigram authority import: nothing written (\(plan.errors.count) errors)")
                throw ExitStatus.invalid
            }
            for addition in plan.additions {
                let how = addition.copiesEntry ? " (entry copied from the built-in authority)" : ""
                Console.out("\(addition.file): \(addition.entryID): + \(addition.identifier.uri)\(how)\n")
            }
            Console.out(
                "teigram authority import: \(plan.additions.count) identifiers \(dryRun ? "would be " : "")added in \(plan.files.count) files\n"
            )
        }
    }
}
