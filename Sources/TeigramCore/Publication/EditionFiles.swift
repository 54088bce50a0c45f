import Foundation

/// The edition folder as the publisher writes it: a file is written (atomically) only when its bytes
/// differ from what is there, and the counts say how many were.
struct EditionFiles {
    /// The edition folder.
    let directory: String
    /// Files written, and files left because their bytes were the same.
    private(set) var written = 0
    private(set) var unchanged = 0

    init(directory: String) { self.directory = directory }

    /// `directory/path`.
    static func join(_ directory: String, _ path: String) -> String { directory + "/" + path }

    /// Creates the folder and its subfolders.
    func prepare(_ subfolders: [String]) throws(Diagnostic) {
        for folder in [""] + subfolders {
            let path = folder.isEmpty ? directory : Self.join(directory, folder)
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw Diagnostic(.error, .io, path: path, "cannot create folder: \(error.localizedDescription)")
            }
        }
    }

    /// The bytes of a file of the edition, `nil` if there is none.
    func existing(_ path: String) -> [UInt8]? {
        let full = Self.join(directory, path)
        return FileIO.exists(full) ? try? FileIO.read(full) : nil
    }

    /// Writes `bytes` to `path` (relative to the folder) unless the file already holds them.
    mutating func write(_ bytes: [UInt8], to path: String) throws(Diagnostic) {
        let full = Self.join(directory, path)
        if let attributes = try? FileManager.default.attributesOfItem(atPath: full),
            (attributes[.size] as? NSNumber)?.intValue == bytes.count, existing(path) == bytes
        {
            unchanged += 1
            return
        }
        try FileIO.writeAtomically(bytes, to: full)
        written += 1
    }

    /// Removes the files of each subfolder (with its suffix) whose base name is not in `keep`.
    /// - Returns: how many were removed.
    func removeAll(except keep: Set<String>, in folders: [String: String]) throws(Diagnostic) -> Int {
        var removed = 0
        for (folder, suffix) in folders.sorted(by: { $0.key < $1.key }) {
            for path in FileIO.files(in: Self.join(directory, folder), suffix: suffix) {
                let name = String((path as NSString).lastPathComponent.dropLast(suffix.count))
                guard !keep.contains(name) else { continue }
                do {
                    try FileManager.default.removeItem(atPath: path)
                    removed += 1
                } catch {
                    throw Diagnostic(.error, .io, path: path, "cannot remove: \(error.localizedDescription)")
                }
            }
        }
        return removed
    }
}
