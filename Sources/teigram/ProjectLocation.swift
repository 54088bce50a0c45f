import ArgumentParser
import Foundation
import TeigramCore

/// `--project DIR`: the project a command works on, else the nearest one at or above the current directory.
struct ProjectLocation: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The project directory (default: the nearest directory at or above the current one with Corpus/ and Schemas/).",
            valueName: "dir"))
    var project: String?

    /// The project, or `nil` when there is none; a `--project` that names no directory is a usage error.
    func locate() throws -> Project? {
        guard let project else { return Project.locate() }
        guard FileIO.isDirectory(project) else {
            Console.error("teigram: error: --project \(project): no such directory")
            throw ExitStatus.usage
        }
        return Project(root: URL(fileURLWithPath: project).standardizedFileURL.path)
    }
}
