/// What the `teigram` executable carries, so that it works from any directory: the bundled RELAX NG
/// customisation (`Schemas/teigram.rng`) and the built-in authority files (`Authority/*.xml` beside this
/// file). They are embedded at build time from those files (the EmbedDefaults plugin); a project's own
/// `Schemas/teigram.rng` and `Corpus/authority/` are layered over them by TeigramCore.
public enum TeigramDefaults {
    /// One embedded file.
    public struct File: Sendable {
        /// Where it came from, relative to the package: `Schemas/teigram.rng`, `Authority/persons.xml`.
        public var name: String
        /// Its bytes, exactly as in the file.
        public var bytes: [UInt8]
    }

    /// The bundled RELAX NG customisation.
    public static let schema: File =
        files.first { $0.name == "Schemas/teigram.rng" } ?? File(name: "Schemas/teigram.rng", bytes: [])

    /// The built-in authority files, sorted by name.
    public static let authority: [File] = files.filter { $0.name.hasPrefix("Authority/") }

    private static let files: [File] = EmbeddedFiles.all.map { entry in
        File(name: entry.name, bytes: entry.text.withUTF8Buffer { Array($0) })
    }
}
