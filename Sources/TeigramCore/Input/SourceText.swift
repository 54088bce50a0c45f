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
            throw Diagnostic(
                .error, .input, path: path,
                "file is \(bytes.count) bytes; a telegram page is expected to be under \(Self.maximumSize) bytes")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Line endings are normalised on the bytes, before decoding: CR and LF are single bytes that never
        // occur inside a multi-byte UTF-8 sequence, so this equals normalising the decoded scalars, and the
        // result is valid UTF-8 exactly when `body` is.
        let hasCR = body.contains(0x0D)
        let normalisedBytes = hasCR ? Self.replacingLineEndings(body) : Array(body)
        guard let normalised = String(validating: normalisedBytes, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(body)
            let line = 1 + body.prefix(offset).filter { $0 == 0x0A }.count
            throw Diagnostic(
                .error, .input, path: path, line: line,
                "not UTF-8 text (invalid byte at offset \(offset)); convert the file to UTF-8")
        }
        // Byte pre-check: C0 controls are single bytes, U+FFFE/U+FFFF are EF BF BE/BF.
        let suspicious = body.contains {
            $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D || $0 == 0x7F || $0 == 0xEF
        }
        if suspicious {
            // Lines are counted in the text as read (CR LF and lone CR not yet normalised).
            let decoded = hasCR ? String(decoding: body, as: UTF8.self) : normalised
            if let control = decoded.unicodeScalars.first(where: { Self.isBinaryControl($0) }) {
                let line = 1 + decoded.unicodeScalars.prefix(while: { $0 != control }).filter { $0 == "\n" }.count
                throw Diagnostic(
                    .error, .input, path: path, line: line,
                    "binary data (control character U+\(String(control.value, radix: 16, uppercase: true))); a plain-text telegram is expected"
                )
            }
        }
        guard normalised.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw Diagnostic(.error, .input, path: path, "empty file: no text to encode")
        }
        text = normalised
        // Split on LF bytes: after normalisation "\n" is always a Character of its own (a line feed never
        // joins a neighbour into one grapheme except after CR, and no CR is left).
        lines = Self.splitLines(normalisedBytes)
    }

    /// The lines of valid UTF-8 `bytes` split at LF bytes, empty ones kept.
    static func splitLines(_ bytes: [UInt8]) -> [String] {
        bytes.withUnsafeBufferPointer { buffer in
            var lines: [String] = []
            var start = 0
            for index in buffer.indices where buffer[index] == 0x0A {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self))
            return lines
        }
    }

    /// `bytes` with CRLF and lone CR turned into LF.
    static func replacingLineEndings(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                result.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            result.append(byte)
        }
        return result
    }

    static func isBinaryControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D: return false
        case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// The offset of the first byte that does not begin a valid UTF-8 sequence (the length of the longest
    /// valid prefix), found in one forward pass; `bytes.count` when all of it is valid.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }
}
