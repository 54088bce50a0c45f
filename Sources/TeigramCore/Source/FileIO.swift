import Foundation

/// File access for the pipeline: whole-file reads with clear errors, and atomic writes (a temporary file
/// in the same directory, then a rename), so a failed or interrupted run never leaves a half-written file.
public enum FileIO {
    /// Reads a file.
    /// - Throws: ``Diagnostic`` naming the file when it is missing, a directory or unreadable.
    public static func read(_ path: String) throws(Diagnostic) -> [UInt8] {
        let handle = try openForReading(path)
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw Diagnostic(.error, path: path, "cannot read file: \(error.localizedDescription)")
        }
    }

    /// Opens a regular file for reading (the caller closes it).
    /// - Throws: ``Diagnostic`` naming the file when it is missing, a directory or cannot be opened.
    public static func openForReading(_ path: String) throws(Diagnostic) -> FileHandle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic(.error, path: path, "no such file")
        }
        guard !isDirectory.boolValue else { throw Diagnostic(.error, path: path, "is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Diagnostic(.error, path: path, "cannot open file for reading (permission?)") }
        return handle
    }

    /// Writes `bytes` to `path` atomically, creating the directory if needed.
    /// - Throws: ``Diagnostic`` naming the file.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Diagnostic) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt64.random(in: 0...UInt64.max)).tmp")
            // Plain POSIX writes: the rename below is what makes the replacement atomic.
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard descriptor >= 0 else {
                throw Diagnostic(.error, path: path, "cannot write file: \(String(cString: strerror(errno)))")
            }
            var written = 0
            let failed: Bool = bytes.withUnsafeBytes { buffer in
                while written < buffer.count {
                    let result = write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                    if result < 0 { if errno == EINTR { continue }; return true }
                    written += result
                }
                return false
            }
            if close(descriptor) != 0 || failed {
                let reason = String(cString: strerror(errno))
                unlink(temporary.path)
                throw Diagnostic(.error, path: path, "cannot write file: \(reason)")
            }
            if rename(temporary.path, path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw Diagnostic(.error, path: path, "cannot replace file: \(reason)")
            }
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic(.error, path: path, "cannot write file: \(error.localizedDescription)")
        }
    }

    /// Whether the path exists and is a regular file or directory.
    public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// Regular files in `directory` whose names end with `suffix`, sorted by name.
    public static func files(in directory: String, suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map { directory + "/" + $0 }
    }
}
