import Foundation

/// File access for the pipeline: whole-file reads with clear errors, and atomic writes (a temporary file
/// in the same directory, then a rename), so a failed or interrupted run never leaves a half-written file.
public enum FileIO {
    /// Reads a file.
    /// - Throws: ``Diagnostic`` naming the file when it is missing, a directory or unreadable.
    public static func read(_ path: String) throws(Diagnostic) -> [UInt8] {
        let (descriptor, expected) = try openDescriptor(path)
        defer { close(descriptor) }
        // One read for a regular file of known size; pipes and growing files are read to their end.
        var bytes = [UInt8](repeating: 0, count: max(expected + 1, 4_096))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let result = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw Diagnostic(.error, .io, path: path, "cannot read file: \(String(cString: strerror(errno)))")
            }
            if result == 0 { break }
            count += result
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Opens a regular file for reading (the caller closes it).
    /// - Throws: ``Diagnostic`` naming the file when it is missing, a directory or cannot be opened.
    public static func openForReading(_ path: String) throws(Diagnostic) -> FileHandle {
        FileHandle(fileDescriptor: try openDescriptor(path).descriptor, closeOnDealloc: true)
    }

    /// A read-only descriptor for `path`, refusing directories, with the messages every reader uses, and the
    /// size of a regular file (0 for pipes and devices, whose size is not known before reading).
    static func openDescriptor(_ path: String) throws(Diagnostic) -> (descriptor: Int32, regularFileSize: Int) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw Diagnostic(.error, .io, path: path, "no such file")
            case EISDIR: throw Diagnostic(.error, .io, path: path, "is a directory, not a file")
            default: throw Diagnostic(.error, .io, path: path, "cannot open file for reading (permission?)")
            }
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return (descriptor, 0) }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw Diagnostic(.error, .io, path: path, "is a directory, not a file")
        }
        return (descriptor, (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0)
    }

    /// Creates the file `path` with `bytes`, failing if it exists; on failure nothing is left. Cheaper than
    /// ``writeAtomically(_:to:)`` (no rename, which ext4 makes costly) for files that did not exist: a run
    /// cut short can leave a partial new file, never a damaged old one.
    /// - Throws: ``Diagnostic`` naming the file (also when it exists).
    public static func writeNew(_ bytes: [UInt8], to path: String) throws(Diagnostic) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Diagnostic(.error, .io, path: path, "cannot create file: \(String(cString: strerror(errno)))")
        }
        let failed = !writeAll(bytes, to: descriptor)
        if close(descriptor) != 0 || failed {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw Diagnostic(.error, .io, path: path, "cannot write file: \(reason)")
        }
    }

    /// Writes all of `bytes` to an open descriptor, retrying interrupted writes; false on an error (`errno`).
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        return bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return true
        }
    }

    /// Writes `bytes` to `path` atomically, creating the directory if needed.
    /// - Throws: ``Diagnostic`` naming the file.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Diagnostic) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary =
            (slash == nil ? "" : directory + "/") + ".\(name).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        // Plain POSIX writes: the rename below is what makes the replacement atomic.
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT && !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw Diagnostic(.error, .io, path: path, "cannot write file: \(error.localizedDescription)")
            }
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else {
            throw Diagnostic(.error, .io, path: path, "cannot write file: \(String(cString: strerror(errno)))")
        }
        let failed = !writeAll(bytes, to: descriptor)
        if close(descriptor) != 0 || failed {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Diagnostic(.error, .io, path: path, "cannot write file: \(reason)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Diagnostic(.error, .io, path: path, "cannot replace file: \(reason)")
        }
    }

    /// Whether the path exists and is a regular file or directory.
    public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// Whether `path` is a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Regular files in `directory` whose names end with `suffix`, sorted by name.
    public static func files(in directory: String, suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map { directory + "/" + $0 }
    }
}
