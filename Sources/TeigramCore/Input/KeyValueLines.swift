/// The `key: value` line format of Teigram's small settings files (telegram sidecars, `Corpus/edition.meta`):
/// UTF-8 lines, `#` starts a comment line, blank lines are ignored, keys are case-insensitive.
enum KeyValueLines {
    /// One setting with its 1-based line.
    struct Line {
        var key: String
        var value: String
        var line: Int
    }

    /// Parses `text`.
    /// - Throws: ``Diagnostic`` with the line of a line without `:` or of a key not in `knownKeys`.
    static func parse(_ text: String, path: String, knownKeys: Set<String>) throws(Diagnostic) -> [Line] {
        var lines: [Line] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmedText
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw Diagnostic(.error, .input, path: path, line: offset + 1, "expected 'key: value'")
            }
            let key = line[..<colon].trimmedText.lowercased()
            guard knownKeys.contains(key) else {
                throw Diagnostic(
                    .error, .input, path: path, line: offset + 1,
                    "unknown key '\(key)'; known keys: \(knownKeys.sorted().joined(separator: ", "))")
            }
            lines.append(Line(key: key, value: String(line[line.index(after: colon)...].trimmedText), line: offset + 1))
        }
        return lines
    }
}
