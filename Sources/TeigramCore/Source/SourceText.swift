/// A raw telegram file decoded and checked: UTF-8, not empty, not binary, not absurdly large.
public struct SourceText: Sendable, Equatable {
    /// The path used in diagnostics.
    public let path: String
    /// The decoded text, line endings normalised to LF.
    public let text: String
    /// The lines (without terminators), `lines[0]` is line 1.
    public let lines: [String]

    /// Largest raw telegram accepted, in bytes. Real pages are a few kilobytes; this bounds hostile input.
    public static let maximumSize = 16 * 1024 * 1024

    /// Decodes and checks `bytes`.
    /// - Throws: a ``Diagnostic`` naming the file for empty, non-UTF-8, binary or oversized input.
    public init(bytes: [UInt8], path: String) throws(Diagnostic) {
        self.path = path
        guard bytes.count <= Self.maximumSize else {
            throw Diagnostic(.error, path: path, "file is \(bytes.count) bytes; a telegram page is expected to be under \(Self.maximumSize) bytes")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let decoded = String(validating: body, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(body)
            let line = 1 + body.prefix(offset).filter { $0 == 0x0A }.count
            throw Diagnostic(.error, path: path, line: line, "not UTF-8 text (invalid byte at offset \(offset)); convert the file to UTF-8")
        }
        // Byte pre-check: C0 controls are single bytes, U+FFFE/U+FFFF are EF BF BE/BF.
        let suspicious = body.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D || $0 == 0x7F || $0 == 0xEF }
        if suspicious, let control = decoded.unicodeScalars.first(where: { Self.isBinaryControl($0) }) {
            let line = 1 + decoded.unicodeScalars.prefix(while: { $0 != control }).filter { $0 == "\n" }.count
            throw Diagnostic(.error, path: path, line: line, "binary data (control character U+\(String(control.value, radix: 16, uppercase: true))); a plain-text telegram is expected")
        }
        let normalised = decoded.replacingLineEndings()
        guard normalised.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw Diagnostic(.error, path: path, "empty file: no text to encode")
        }
        text = normalised
        lines = normalised.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func isBinaryControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D: return false
        case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var low = 0
        var high = bytes.count
        // The longest valid prefix, found by bisection (valid prefixes are closed under shortening
        // up to a character boundary, so step back at most 3 bytes).
        while low < high {
            let mid = (low + high + 1) / 2
            var ok = false
            for back in 0...3 where mid - back >= 0 {
                if String(validating: bytes.prefix(mid - back), as: UTF8.self) != nil { ok = true; break }
            }
            if ok { low = mid } else { high = mid - 1 }
        }
        var offset = low
        while offset > 0, String(validating: bytes.prefix(offset), as: UTF8.self) == nil { offset -= 1 }
        return offset
    }
}

extension String {
    /// CRLF and lone CR become LF.
    func replacingLineEndings() -> String {
        guard contains("\r") else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" { result.unicodeScalars.append("\n"); previousWasCR = true; continue }
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
