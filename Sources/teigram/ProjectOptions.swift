import ArgumentParser
import Foundation
import TeigramCore

/// `--project DIR`, `--authority DIR` and `--without-built-in-authority`, shared by the commands that read a
/// project or tag names.
///
/// The executable carries the bundled schema and the built-in authority; a project (found from the current
/// directory upwards, or named by `--project`) and each `--authority` directory are layered over them.
struct ProjectOptions: ParsableArguments {
    @OptionGroup var location: ProjectLocation

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A directory of authority files (listPerson, listPlace, listOrg), layered over the built-in authority and the project's Corpus/authority/; repeatable, later ones win.",
            valueName: "dir"))
    var authority: [String] = []

    @Flag(help: "Leave out the built-in authority: tag with the project's and the --authority files only.")
    var withoutBuiltInAuthority = false

    /// The project to use, with the authority options applied, or `nil` when there is none.
    func locate() throws -> Project? {
        try location.locate().map { located in
            var project = located
            project.extraAuthorityDirectories = authority
            project.usesBuiltInAuthority = !withoutBuiltInAuthority
            return project
        }
    }

    /// The project, or a usage error naming what is missing.
    func require() throws -> Project {
        guard let project = try locate() else {
            Console.error(
                "teigram: error: no Teigram project here (a directory with Corpus/ and Schemas/); run from one, give --project DIR, or create one with 'teigram init DIR'"
            )
            throw ExitStatus.usage
        }
        return project
    }

    /// The layered authority: built-in (unless left out), then the project's (if any), then each `--authority`
    /// directory. Warns on standard error when it holds no entry at all, so a run never tags with nothing
    /// silently.
    func loadAuthority(project: Project?) throws -> Authority {
        do throws(Diagnostic) {
            let layers: [[(path: String, bytes: [UInt8])]]
            if let project {
                layers = try project.authorityLayers()
            } else {
                layers = try Authority.layers(usesBuiltIn: !withoutBuiltInAuthority, directories: authority)
            }
            let loaded = try Authority(layers: layers)
            if loaded.entries.isEmpty {
                Console.error("teigram: warning: the authority holds no entries: names will be tagged without links")
            }
            return loaded
        } catch {
            Console.print([error])
            throw ExitStatus.usage
        }
    }
}
