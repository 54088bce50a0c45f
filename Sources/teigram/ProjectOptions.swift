import ArgumentParser
import Foundation
import TeigramCore

/// `--project DIR` and `--authority DIR`, shared by the commands that read a project or tag names.
///
/// The executable carries the bundled schema and the built-in authority; a project (found from the current
/// directory upwards, or named by `--project`) and each `--authority` directory are layered over them.
struct ProjectOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The project directory (default: the nearest directory at or above the current one with Corpus/ and Schemas/).",
            valueName: "dir"))
    var project: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A directory of authority files (listPerson, listPlace, listOrg), layered over the built-in authority and the project's Corpus/authority/; repeatable, later ones win.",
            valueName: "dir"))
    var authority: [String] = []

    @Flag(help: "Leave out the built-in authority: tag with the project's and the --authority files only.")
    var withoutBuiltInAuthority = false

    /// The project to use, or `nil` when there is none: `--project` must name one.
    func locate() throws -> Project? {
        if let project {
            guard FileIO.isDirectory(project) else {
                Console.error("teigram: error: --project \(project): no such directory")
                throw ExitStatus.usage
            }
            return Project(
                root: URL(fileURLWithPath: project).standardizedFileURL.path, extraAuthorityDirectories: authority)
        }
        return Project.locate().map { Project(root: $0.root, extraAuthorityDirectories: authority) }
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

    /// The layered authority: built-in, then the project's (if any), then each `--authority` directory. Warns
    /// on standard error when it holds no entry at all, so a run never tags with nothing silently.
    func loadAuthority(project: Project?) throws -> Authority {
        var layers = [withoutBuiltInAuthority ? [] : Authority.builtInFiles]
        do throws(Diagnostic) {
            if let project {
                layers = try project.authorityLayers()
            } else {
                for directory in authority {
                    guard FileIO.isDirectory(directory) else {
                        throw Diagnostic(.error, .io, path: directory, "authority directory not found")
                    }
                    layers.append(try Authority.files(inDirectory: directory))
                }
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
