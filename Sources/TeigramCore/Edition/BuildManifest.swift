import Foundation

/// What `Output/` was built from: `Output/.teigram-manifest.tsv`, written by ``CorpusBuilder`` after every
/// build and committed with the edition. It lets the next build re-convert only the telegrams whose source,
/// sidecar or output changed, and everything when the tool changed.
///
/// **What "the tool" is.** ``encoderVersion`` (a constant), plus — when the project is Teigram's own
/// checkout — a hash of the encoder's Swift sources (``codeHash(_:)``), the hash of `Schemas/teigram.rng`
/// and the hash of every authority file. The binary itself is *not* hashed: its bytes differ between debug
/// and release builds and between machines, and the manifest must be reproducible byte for byte by a
/// clean-clone build. Where the sources are not at hand (the tool installed elsewhere), a code change that
/// alters the TEI needs a bump of ``encoderVersion`` or `teigram build --force`. The test `outputIsCurrent`
/// encodes every telegram afresh and catches stale output either way.
///
/// **Format.** UTF-8 text, tab-separated, sorted, no timestamps and no absolute paths, so the same inputs
/// always give the same bytes:
/// ```
/// # comment lines
/// encoder      <version>
/// schema       teigram.rng  <hash>
/// authority    <file name>  <hash>            (one per file, in layer order: built-in, Corpus/authority, --authority)
/// report       reports/unresolved-names.tsv  <hash>
/// telegram     <base name>  <source hash>  <sidecar hash or ->  <output hash>  <mentions>  <linked>  <warnings>
/// ```
public struct BuildManifest: Sendable, Equatable {
    /// The encoder's version for incremental builds. **Bump it whenever a code change alters the TEI the
    /// encoder writes** (or run `teigram build --force`): the build cannot see code changes otherwise.
    public static let encoderVersion = "2026-12-02.1"

    /// The manifest's file name inside `Output/`.
    public static let fileName = ".teigram-manifest.tsv"

    /// What the whole build depends on besides each telegram: if any of it changes, every telegram is
    /// re-converted.
    public struct ToolFingerprint: Sendable, Equatable {
        /// ``BuildManifest/encoderVersion`` at build time.
        public var encoderVersion: String
        /// Hash of the bundled schema.
        public var schemaHash: String
        /// Authority files by file name (sorted) with their hashes.
        public var authorityHashes: [(file: String, hash: String)]

        /// Creates a fingerprint.
        public init(encoderVersion: String, schemaHash: String, authorityHashes: [(file: String, hash: String)]) {
            self.encoderVersion = encoderVersion
            self.schemaHash = schemaHash
            self.authorityHashes = authorityHashes
        }

        public static func == (lhs: ToolFingerprint, rhs: ToolFingerprint) -> Bool {
            lhs.encoderVersion == rhs.encoderVersion && lhs.schemaHash == rhs.schemaHash
                && lhs.authorityHashes.map(\.file) == rhs.authorityHashes.map(\.file)
                && lhs.authorityHashes.map(\.hash) == rhs.authorityHashes.map(\.hash)
        }
    }

    /// One telegram that was converted and written.
    public struct Entry: Sendable, Equatable {
        /// Base name (`Corpus/<name>.txt`, `Output/<name>.xml`).
        public var name: String
        /// Hash of the raw telegram.
        public var sourceHash: String
        /// Hash of the sidecar, `nil` when there is none.
        public var sidecarHash: String?
        /// Hash of the TEI written.
        public var outputHash: String
        /// Names tagged.
        public var mentions: Int
        /// Names linked to the authority.
        public var linkedMentions: Int
        /// Warnings the conversion gave.
        public var warnings: Int

        /// Creates an entry.
        public init(
            name: String, sourceHash: String, sidecarHash: String?, outputHash: String, mentions: Int,
            linkedMentions: Int, warnings: Int
        ) {
            self.name = name
            self.sourceHash = sourceHash
            self.sidecarHash = sidecarHash
            self.outputHash = outputHash
            self.mentions = mentions
            self.linkedMentions = linkedMentions
            self.warnings = warnings
        }
    }

    /// The tool the outputs were made with.
    public var tool: ToolFingerprint
    /// Hash of `Output/reports/unresolved-names.tsv` as written.
    public var reportHash: String
    /// The telegrams, by name.
    public var entries: [String: Entry]

    /// Creates a manifest.
    public init(tool: ToolFingerprint, reportHash: String, entries: [String: Entry]) {
        self.tool = tool
        self.reportHash = reportHash
        self.entries = entries
    }

    /// The manifest's text: sorted, deterministic. Written into one string (a manifest has a line per
    /// telegram: no array of lines is built on the way).
    public var text: String {
        var text = ""
        text.reserveCapacity(1_024 + entries.count * 128)
        text +=
            "# Teigram build manifest: what Output/ was built from (XXH64 content hashes). Written by `teigram build`; do not edit.\n"
        text +=
            "# The encoder line carries a hash of the encoder's code when built from Teigram's checkout; elsewhere bump BuildManifest.encoderVersion or use `teigram build --force`.\n"
        text += "encoder\t\(tool.encoderVersion)\n"
        text += "schema\tteigram.rng\t\(tool.schemaHash)\n"
        for authority in tool.authorityHashes {
            text += "authority\t\(authority.file)\t\(authority.hash)\n"
        }
        text += "report\treports/unresolved-names.tsv\t\(reportHash)\n"
        text += "# telegram\tname\tsource\tsidecar\toutput\tmentions\tlinked\twarnings\n"
        for name in entries.keys.sorted() {
            guard let entry = entries[name] else { continue }
            text += "telegram\t"
            text += entry.name
            text += "\t"
            text += entry.sourceHash
            text += "\t"
            text += entry.sidecarHash ?? "-"
            text += "\t"
            text += entry.outputHash
            text += "\t\(entry.mentions)\t\(entry.linkedMentions)\t\(entry.warnings)\n"
        }
        return text
    }

    /// Reads a manifest's text; `nil` when it is not one (then the build converts everything).
    public init?(text: String) {
        var encoder: String?
        var schema: String?
        var authority: [(file: String, hash: String)] = []
        var report: String?
        var entries: [String: Entry] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("encoder", 2): encoder = fields[1]
            case ("schema", 3): schema = fields[2]
            case ("authority", 3): authority.append((fields[1], fields[2]))
            case ("report", 3): report = fields[2]
            case ("telegram", 8):
                guard let mentions = Int(fields[5]), let linked = Int(fields[6]), let warnings = Int(fields[7]) else {
                    return nil
                }
                entries[fields[1]] = Entry(
                    name: fields[1], sourceHash: fields[2], sidecarHash: fields[3] == "-" ? nil : fields[3],
                    outputHash: fields[4], mentions: mentions, linkedMentions: linked, warnings: warnings)
            default:
                return nil
            }
        }
        guard let encoder, let schema, let report else { return nil }
        self.init(
            tool: ToolFingerprint(encoderVersion: encoder, schemaHash: schema, authorityHashes: authority),
            reportHash: report, entries: entries)
    }

    /// The fingerprint of the tool for `project` as it is now.
    /// - Throws: ``Diagnostic`` when the schema or an authority file cannot be read.
    public static func fingerprint(of project: Project) throws(Diagnostic) -> ToolFingerprint {
        let schemaHash = ContentHash.hex(try project.schema().bytes)
        var authority: [(file: String, hash: String)] = []
        for file in try project.authorityLayers().joined() {
            // Built-in files by their name, the project's relative to it: the same on every clone.
            let name =
                file.path.hasPrefix(project.root + "/")
                ? String(file.path.dropFirst(project.root.count + 1)) : file.path
            authority.append((name, ContentHash.hex(file.bytes)))
        }
        return ToolFingerprint(
            encoderVersion: encoderVersion + codeHash(project), schemaHash: schemaHash, authorityHashes: authority)
    }

    /// When the project is Teigram's own checkout, a hash of the encoder's source code
    /// (`Sources/TeigramCore`, `Sources/TeigramXML`: relative paths and contents, sorted), so a code change
    /// re-converts everything without anyone remembering to bump ``encoderVersion``. The same sources give
    /// the same hash on every clone and for debug and release builds. Empty elsewhere.
    static func codeHash(_ project: Project) -> String {
        var material: [UInt8] = []
        var found = false
        for directory in ["Sources/TeigramCore", "Sources/TeigramXML"] {
            let root = project.root + "/" + directory
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            var files: [String] = []
            while let relative = enumerator.nextObject() as? String {
                if relative.hasSuffix(".swift") { files.append(relative) }
            }
            for relative in files.sorted() {
                guard let bytes = try? FileIO.read(root + "/" + relative) else { continue }
                material += Array((directory + "/" + relative).utf8) + [0]
                material += bytes + [0]
                found = true
            }
        }
        return found ? "+code-" + ContentHash.hex(material) : ""
    }
}
