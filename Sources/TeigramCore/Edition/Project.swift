import Foundation
import TeigramDefaults

/// Where a Teigram project keeps things: `Corpus/` (raw telegrams, sidecars, `authority/`), `Schemas/`,
/// `Output/`. Found from a directory upwards, so the tool works from any sub-directory of a checkout.
///
/// What the project does not have comes from the executable: the bundled schema when there is no
/// `Schemas/teigram.rng`, and the built-in authority under the project's own `Corpus/authority/` entries.
public struct Project: Sendable {
    /// The project root.
    public var root: String
    /// Further authority directories (`--authority DIR`), layered over `Corpus/authority/` in this order.
    public var extraAuthorityDirectories: [String] = []
    /// Whether the built-in authority is the lowest layer (an edition may do without it).
    public var usesBuiltInAuthority = true
    /// `Corpus/`.
    public var corpus: String { root + "/Corpus" }
    /// `Corpus/authority/`.
    public var authorityDirectory: String { corpus + "/authority" }
    /// `Schemas/`.
    public var schemas: String { root + "/Schemas" }
    /// The bundled customisation.
    public var customSchema: String { schemas + "/teigram.rng" }
    /// The official TEI schema.
    public var teiAllSchema: String { schemas + "/tei_all.rng" }
    /// `Output/`.
    public var output: String { root + "/Output" }

    /// Creates a project at `root`.
    public init(root: String) { self.root = root }

    /// The nearest directory at or above `start` that holds both `Corpus/` and `Schemas/`.
    public static func locate(from start: String = FileManager.default.currentDirectoryPath) -> Project? {
        var url = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            let corpus = url.appendingPathComponent("Corpus").path
            let schemas = url.appendingPathComponent("Schemas").path
            if FileManager.default.fileExists(atPath: corpus) && FileManager.default.fileExists(atPath: schemas) {
                return Project(root: url.path)
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// The telegrams of the corpus (`Corpus/*.txt`), sorted.
    public var telegrams: [String] { FileIO.files(in: corpus, suffix: ".txt") }

    /// The authority layers, lowest first: the built-in authority, `Corpus/authority/`, then each
    /// ``extraAuthorityDirectories`` entry (see ``Authority/init(layers:)``).
    /// - Throws: ``Diagnostic`` when a file cannot be read.
    public func authorityLayers() throws(Diagnostic) -> [[(path: String, bytes: [UInt8])]] {
        // A project may have no Corpus/authority/ at all; a directory named by --authority must exist.
        let own = FileIO.isDirectory(authorityDirectory) ? [authorityDirectory] : []
        return try Authority.layers(usesBuiltIn: usesBuiltInAuthority, directories: own + extraAuthorityDirectories)
    }

    /// Loads the layered authority.
    /// - Throws: ``Diagnostic`` for unreadable or malformed authority files.
    public func loadAuthority() throws(Diagnostic) -> Authority {
        try Authority(layers: authorityLayers())
    }

    /// The schema the project validates against: `Schemas/teigram.rng` when the project has one, else the
    /// bundled one (named `built-in:Schemas/teigram.rng`).
    /// - Throws: ``Diagnostic`` when the project's schema exists but cannot be read.
    public func schema() throws(Diagnostic) -> (path: String, bytes: [UInt8]) {
        if FileIO.exists(customSchema) { return (customSchema, try FileIO.read(customSchema)) }
        return Self.bundledSchema
    }

    /// The schema the executable carries.
    public static var bundledSchema: (path: String, bytes: [UInt8]) {
        ("built-in:" + TeigramDefaults.schema.name, TeigramDefaults.schema.bytes)
    }

    /// A validator for the project's schema (``schema()``).
    /// - Throws: ``Diagnostic`` when it cannot be read or compiled.
    public func validator(checksIntegrity: Bool = true) throws(Diagnostic) -> TEIValidator {
        try Self.validator(for: self, checksIntegrity: checksIntegrity)
    }

    /// A validator for `project`'s schema, or for the bundled one when there is no project.
    /// - Throws: ``Diagnostic`` when the schema cannot be read or compiled.
    public static func validator(for project: Project?, checksIntegrity: Bool = true) throws(Diagnostic) -> TEIValidator
    {
        let (path, bytes) = try project?.schema() ?? bundledSchema
        return try TEIValidator(schemaBytes: bytes, schemaPath: path, checksIntegrity: checksIntegrity)
    }

    /// The sidecar path for a telegram: `<name>.meta` beside it.
    public static func sidecarPath(for telegram: String) -> String {
        if let parts = plainPathParts(telegram) { return String(parts.directory) + parts.stem + ".meta" }
        return (telegram as NSString).deletingPathExtension + ".meta"
    }

    /// The base name without extension.
    public static func baseName(_ path: String) -> String {
        if let parts = plainPathParts(path) { return String(parts.stem) }
        return ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// The last component of a path (`NSString.lastPathComponent`).
    public static func fileName(_ path: String) -> String {
        if let parts = plainPathParts(path) {
            return String(path[parts.stem.startIndex...])
        }
        return (path as NSString).lastPathComponent
    }

    /// A plain path (not empty, no trailing or doubled slash) split as `NSString`'s path methods split it,
    /// without bridging: the directory with its final slash, and the last component without its extension
    /// (a final dot that is not the component's first character starts the extension). `nil` for other
    /// paths, which `NSString` normalises first.
    static func plainPathParts(_ path: String) -> (directory: Substring, stem: Substring)? {
        // On the UTF-8 bytes: "/" and "." are ASCII and never part of another character's encoding.
        let bytes = path.utf8
        guard let last = bytes.last, last != UInt8(ascii: "/") else { return nil }
        var nameStart = bytes.startIndex
        var lastDot: String.Index?
        var previous: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/") {
                if previous == UInt8(ascii: "/") { return nil }
                nameStart = bytes.index(after: index)
                lastDot = nil
            } else if byte == UInt8(ascii: ".") {
                lastDot = index
            }
            previous = byte
        }
        var stemEnd = bytes.endIndex
        if let lastDot, lastDot > nameStart { stemEnd = lastDot }
        return (path[..<nameStart], path[nameStart..<stemEnd])
    }

    /// Reads the sidecar of `telegram` if there is one.
    public static func sidecar(for telegram: String) throws(Diagnostic) -> Sidecar {
        let path = sidecarPath(for: telegram)
        guard FileIO.exists(path) else { return Sidecar() }
        let bytes = try FileIO.read(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Diagnostic(.error, .input, path: path, "sidecar is not UTF-8 text")
        }
        return try Sidecar(text: text, path: path)
    }
}
