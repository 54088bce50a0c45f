import ArgumentParser
import Foundation
import TeigramCore

extension Teigram {
    /// `teigram init DIR`
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create a new edition project.",
            discussion: """
                Creates DIR (or fills an empty or missing one) with Corpus/ for the raw telegrams, \
                Corpus/authority/ for the edition's own authority entries (layered over the built-in authority: an \
                entry with a built-in xml:id replaces it), Schemas/teigram.rng (the bundled schema), Output/ and a \
                README with the two commands. Refuses to overwrite any file that is already there.
                """
        )

        @Argument(help: "The project directory to create.")
        var directory: String

        func run() throws {
            do throws(Diagnostic) {
                let created = try EditionTemplate.create(at: directory)
                Console.out("teigram init: created \(created.count) files in \(directory)\n")
                for file in created { Console.out("  \(file)\n") }
                Console.out("Put raw telegrams (*.txt) in \(directory)/Corpus/, then run 'teigram build' there.\n")
            } catch {
                Console.print([error])
                throw ExitStatus.usage
            }
        }
    }
}
