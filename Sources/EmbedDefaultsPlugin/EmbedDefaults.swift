import Foundation
import PackagePlugin

/// Embeds the package's defaults into the target it is applied to: `Schemas/teigram.rng` and every
/// `Sources/TeigramDefaults/Authority/*.xml`, as `EmbeddedFiles` (see `teigram-embed`). The files stay
/// where an editor looks for them; the executable carries copies made at build time.
@main
struct EmbedDefaults: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let schema = context.package.directoryURL.appending(path: "Schemas/teigram.rng")
        let authorityFolder = context.package.directoryURL.appending(path: "Sources/TeigramDefaults/Authority")
        let authority = try FileManager.default.contentsOfDirectory(atPath: authorityFolder.path)
            .filter { $0.hasSuffix(".xml") }
            .sorted()
            .map { authorityFolder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        let pairs = [("Schemas/teigram.rng", schema)] + authority.map { ("Authority/" + $0.lastPathComponent, $0) }
        return [
            .buildCommand(
                displayName: "Embedding the bundled schema and the built-in authority",
                executable: try context.tool(named: "teigram-embed").url,
                arguments: [output.path] + pairs.map { "\($0.0)=\($0.1.path)" },
                inputFiles: pairs.map(\.1),
                outputFiles: [output]
            )
        ]
    }
}
