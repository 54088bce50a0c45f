import Foundation
import PackagePlugin

/// Embeds the package's defaults into the target it is applied to: `Schemas/teigram.rng` and every
/// `Sources/TeigramDefaults/Authority/*.xml` and `*.tsv`, the given-name list `Sources/TeigramDefaults/Names/given-names.tsv` and the English word list
/// `Names/english-words.txt`, as `EmbeddedFiles` (see `Scripts/embed-defaults.sh`). The files
/// stay where an editor looks for them; the executable carries copies made at build time.
@main
struct EmbedDefaults: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let schema = package.appending(path: "Schemas/teigram.rng")
        let authorityFolder = package.appending(path: "Sources/TeigramDefaults/Authority")
        let authority = try FileManager.default.contentsOfDirectory(atPath: authorityFolder.path)
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".tsv") }
            .sorted()
            .map { authorityFolder.appending(path: $0) }
        let outputFolder = context.pluginWorkDirectoryURL.appending(path: "Generated")
        try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        let givenNames = package.appending(path: "Sources/TeigramDefaults/Names/given-names.tsv")
        let englishWords = package.appending(path: "Sources/TeigramDefaults/Names/english-words.txt")
        let pairs =
            [("Schemas/teigram.rng", schema)] + authority.map { ("Authority/" + $0.lastPathComponent, $0) }
            + [("Names/given-names.tsv", givenNames), ("Names/english-words.txt", englishWords)]
        let script = package.appending(path: "Scripts/embed-defaults.sh")
        let output = outputFolder.appending(path: "EmbeddedFiles.swift")
        // A build command, not a prebuild one: the build system runs it when one of its inputs changed (a
        // prebuild command ran only when SwiftPM evaluated the plugin again, so an edited authority file was
        // not embedded until the package changed).
        return [
            .buildCommand(
                displayName: "Embedding the bundled schema and the built-in authority",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [script.path, output.path] + pairs.map { "\($0.0)=\($0.1.path)" },
                inputFiles: [script] + pairs.map(\.1),
                outputFiles: [output]
            )
        ]
    }
}
