import ArgumentParser
import Foundation
import TeigramCore
import TeigramTools

extension Teigram {
    /// `teigram evaluate [--gold DIR]`
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Measure the name tagger against gold annotations: precision and recall per entity type.",
            discussion: """
                Encodes every Corpus/ telegram that has a gold file DIR/<name>.tsv (type, surface, ref per \
                mention; see Tests/Fixtures/entity-gold/GUIDELINES.md) and compares the tagged names. \
                Detection counts kind and surface; linking also the authority id. Where DIR/<name>.header.tsv \
                exists, the header fields (date, sender, recipient, origin, …) are scored too.
                """
        )

        @OptionGroup var projectOptions: ProjectOptions

        @Option(help: "Directory of gold TSV files (default: Tests/Fixtures/entity-gold in the project).")
        var gold: String?

        @Option(
            help:
                "Directory of raw telegrams to evaluate (default: the project's Corpus/). Use a held-out set to measure unseen text."
        )
        var corpus: String?

        @Flag(help: "List every miss and false alarm.")
        var errors = false

        @Flag(
            help:
                "Count names nested in other names (places in an organisation's name), for gold written that way (Tests/Fixtures/entity-gold/GUIDELINES.md)."
        )
        var nested = false

        func run() throws {
            let project = try projectOptions.require()
            let goldDirectory = gold ?? project.root + "/Tests/Fixtures/entity-gold"
            let authority: Authority
            switch Result(catching: { () throws(Diagnostic) -> Authority in try project.loadAuthority() }) {
            case .success(let value): authority = value
            case .failure(let diagnostic):
                Console.print([diagnostic])
                throw ExitStatus.usage
            }
            let telegrams = corpus.map { FileIO.files(in: $0, suffix: ".txt") } ?? project.telegrams
            let scores = TaggingEvaluation.evaluate(
                telegrams: telegrams, authority: authority, goldDirectory: goldDirectory, nested: nested)
            guard scores.documents > 0 else {
                Console.error("teigram: error: no gold files in \(goldDirectory) match a Corpus/ telegram")
                throw ExitStatus.usage
            }
            Console.out(scores.table())
            if errors {
                for error in scores.scores.errors {
                    Console.out("\(error.kind)\t\(error.document)\t\(error.record.kind)\t\(error.record.surface)\n")
                }
                for difference in scores.header.differences {
                    Console.out(
                        "header\t\(difference.document)\t\(difference.field)\tgold=\(difference.gold)\tteigram=\(difference.predicted)\n"
                    )
                }
            }
        }
    }
}
