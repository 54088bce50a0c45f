import Foundation

/// A new, empty edition project, as `teigram init` creates it: `Corpus/`, `Corpus/authority/`,
/// `Schemas/teigram.rng` (the bundled schema), `Output/` and a README.
public enum EditionTemplate {
    /// The files of a new project, relative to its root, with their contents.
    public static var files: [(path: String, bytes: [UInt8])] {
        [
            ("README.md", Array(readme.utf8)),
            ("Corpus/authority/README.md", Array(authorityReadme.utf8)),
            ("Schemas/teigram.rng", Project.bundledSchema.bytes),
            ("Output/.gitkeep", []),
        ]
    }

    /// Creates the project at `root` (the directory may exist, but none of the files may).
    /// - Returns: the paths written, relative to `root`.
    /// - Throws: ``Diagnostic`` (kind ``Diagnostic/Kind/io``) when a file is already there or cannot be
    ///   written; nothing is written then if the check fails, and files already written stay whole.
    public static func create(at root: String) throws(Diagnostic) -> [String] {
        for file in files where FileIO.exists(root + "/" + file.path) {
            throw Diagnostic(
                .error, .io, path: root + "/" + file.path, "already exists; teigram init never overwrites a file")
        }
        for file in files {
            let path = root + "/" + file.path
            do {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            } catch {
                throw Diagnostic(.error, .io, path: path, "cannot create directory: \(error.localizedDescription)")
            }
            try FileIO.writeAtomically(file.bytes, to: path)
        }
        return files.map(\.path)
    }

    static let readme = """
        # A Teigram edition

        ```sh
        teigram build    # encode every telegram of Corpus/ into Output/, validated by libxml2
        teigram validate Output/*.xml
        ```

        - `Corpus/`: the raw telegrams as the archives publish them, one `.txt` file each (UTF-8). A sidecar
          `<name>.meta` beside a telegram corrects header fields (`date: 1962-10-24`, `sender: …`).
        - `Corpus/authority/`: this edition's persons, places and organisations (TEI `listPerson`,
          `listPlace`, `listOrg`), layered over the authority built into teigram: an entry with the `xml:id`
          of a built-in one replaces it.
        - `Schemas/teigram.rng`: the RELAX NG schema every output is validated against.
        - `Output/`: the TEI, written by `teigram build` (and `Output/reports/` for the editors).

        """

    static let authorityReadme = """
        # The edition's authority

        TEI files holding `listPerson`, `listPlace` or `listOrg` entries with an `xml:id` each. They are
        layered over teigram's built-in authority: a new id adds an entry, a built-in id replaces that entry.
        `teigram build` converts everything again when a file here changes.

        """
}
