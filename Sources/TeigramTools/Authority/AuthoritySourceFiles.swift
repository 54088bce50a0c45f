import Foundation
import TeigramCore

/// The on-disk authority files of a project that the `authority` commands may edit: the project's own
/// `Corpus/authority/*.xml`, and, when the project is Teigram's own checkout, the files of the built-in
/// authority (`Sources/TeigramDefaults/Authority/*.xml`, which the next build embeds).
public struct AuthoritySourceFiles: Sendable {
    /// The project.
    public var project: Project

    /// The files of `project`.
    public init(project: Project) { self.project = project }

    /// `Sources/TeigramDefaults/Authority` of the project when it is Teigram's checkout, else `nil`.
    public var builtInSourceDirectory: String? {
        let directory = project.root + "/Sources/TeigramDefaults/Authority"
        return FileIO.isDirectory(directory) ? directory : nil
    }

    /// Every editable file, sorted: the built-in sources (in Teigram's checkout), then `Corpus/authority/*.xml`.
    public var editableFiles: [String] {
        let builtIn = builtInSourceDirectory.map { FileIO.files(in: $0, suffix: ".xml") } ?? []
        return builtIn + FileIO.files(in: project.authorityDirectory, suffix: ".xml")
    }

    /// The on-disk file an entry was loaded from (``AuthorityEntry/file``): the path itself for a file, the
    /// checkout's source file for a built-in one (`built-in:Authority/x.xml` →
    /// `Sources/TeigramDefaults/Authority/x.xml`); `nil` when the entry comes from the embedded copy only.
    public func onDiskFile(of entry: AuthorityEntry) -> String? {
        if entry.file.hasPrefix("built-in:") {
            let name = entry.file.dropFirst("built-in:Authority/".count)
            guard entry.file.hasPrefix("built-in:Authority/"), let directory = builtInSourceDirectory else {
                return nil
            }
            let path = directory + "/" + name
            return FileIO.exists(path) ? path : nil
        }
        return FileIO.exists(entry.file) ? entry.file : nil
    }

    /// `Corpus/authority/imported.xml`: where `teigram authority import` copies entries of the embedded
    /// built-in authority that it gives an identifier.
    public var importedFile: String { project.authorityDirectory + "/imported.xml" }
}
