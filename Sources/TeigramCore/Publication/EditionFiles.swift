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

    /// Writes `bytes` to `path` (relative to the folder) unless the file already holds them.
    mutating func write(_ bytes: [UInt8], to path: String) throws(Diagnostic) {
        if try Self.writeIfChanged(bytes, to: Self.join(directory, path)) { written += 1 } else { unchanged += 1 }
    }

    /// Counts files written elsewhere (by ``writeIfChanged(_:to:)`` on worker threads).
    mutating func count(written: Int, unchanged: Int) {
        self.written += written
        self.unchanged += unchanged
    }

    /// Writes `bytes` to the file at `path` unless it already holds exactly them: a file that exists is
    /// replaced atomically, so what was written is never half-written; a new one is created in place
    /// (``FileIO/writeNew(_:to:)``). Safe to call from several threads for different paths.
    /// - Returns: whether the file was written.
    static func writeIfChanged(_ bytes: [UInt8], to path: String) throws(Diagnostic) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else {
            try FileIO.writeNew(bytes, to: path)
            return true
        }
        if Int(status.st_size) == bytes.count, (try? FileIO.read(path)) == bytes { return false }
        try FileIO.writeAtomically(bytes, to: path)
        return true
    }

    /// A file written piece by piece into a temporary file beside its place, through a 1 MiB buffer, so memory
    /// stays bounded however large the file; put in place by ``finish(_:)``. A writer that cannot throw
    /// (``TextOutputStream``) writes into it; the first write error is kept and thrown by ``finish(_:)``.
    struct Stream: TextOutputStream {
        let path: String
        let temporaryPath: String
        let handle: FileHandle
        private var buffer: [UInt8] = []
        private(set) var failure: Diagnostic?

        init(path: String, temporaryPath: String, handle: FileHandle) {
            self.path = path
            self.temporaryPath = temporaryPath
            self.handle = handle
            buffer.reserveCapacity(Self.bufferSize + 4096)
        }

        static let bufferSize = 1 << 20

        /// Appends text.
        mutating func write(_ string: String) {
            buffer.append(contentsOf: string.utf8)
            if buffer.count >= Self.bufferSize { flush() }
        }

        /// Appends bytes.
        mutating func append(_ bytes: [UInt8]) {
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.bufferSize { flush() }
        }

        /// Writes the buffer out.
        mutating func flush() {
            guard !buffer.isEmpty, failure == nil else { return }
            do { try handle.write(contentsOf: buffer) } catch {
                failure = Diagnostic(.error, .io, path: temporaryPath, "cannot write: \(error.localizedDescription)")
            }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Starts a streamed file at `path` (relative to the folder).
    func stream(to path: String) throws(Diagnostic) -> Stream {
        let full = Self.join(directory, path)
        let temporary = full + ".teigram-\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else { throw Diagnostic(.error, .io, path: temporary, "cannot create file") }
        return Stream(path: full, temporaryPath: temporary, handle: handle)
    }

    /// Closes a streamed file and puts it in place, unless the file there holds the same bytes (then the
    /// temporary file is removed and the old one left untouched).
    mutating func finish(_ stream: Stream) throws(Diagnostic) {
        var stream = stream
        stream.flush()
        try? stream.handle.close()
        if let failure = stream.failure {
            try? FileManager.default.removeItem(atPath: stream.temporaryPath)
            throw failure
        }
        if Self.sameContents(stream.temporaryPath, stream.path) {
            try? FileManager.default.removeItem(atPath: stream.temporaryPath)
            unchanged += 1
            return
        }
        guard rename(stream.temporaryPath, stream.path) == 0 else {
            try? FileManager.default.removeItem(atPath: stream.temporaryPath)
            throw Diagnostic(.error, .io, path: stream.path, "cannot put the file in place")
        }
        written += 1
    }

    /// Abandons a streamed file: its temporary file is removed, the file in place is left as it was.
    func discard(_ stream: Stream) {
        try? stream.handle.close()
        try? FileManager.default.removeItem(atPath: stream.temporaryPath)
    }

    /// Whether two files hold the same bytes, compared a megabyte at a time.
    static func sameContents(_ first: String, _ second: String) -> Bool {
        guard let left = FileHandle(forReadingAtPath: first), let right = FileHandle(forReadingAtPath: second) else {
            return false
        }
        defer {
            try? left.close()
            try? right.close()
        }
        while true {
            let a = (try? left.read(upToCount: 1 << 20)) ?? Data()
            let b = (try? right.read(upToCount: 1 << 20)) ?? Data()
            if a != b { return false }
            if a.isEmpty { return true }
        }
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
