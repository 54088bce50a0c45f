import Foundation

extension StringProtocol {
    /// Whether every Character of the text is one Unicode scalar that ``Unicode/Scalar/standsAlone``:
    /// then rules over Characters may be evaluated over scalars.
    var hasOneScalarPerCharacter: Bool {
        // Decodes the (valid) UTF-8 in place; four-byte sequences lie outside the blocks that stand alone.
        let decoded: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if lead == 0x0D { return false }
                    index += 1
                } else if lead < 0xE0, index + 1 < bytes.count {
                    guard Unicode.Scalar.standsAlone(UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)) else {
                        return false
                    }
                    index += 2
                } else if lead < 0xF0, index + 2 < bytes.count {
                    let value =
                        UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                        | UInt32(bytes[index + 2] & 0x3F)
                    guard Unicode.Scalar.standsAlone(value) else { return false }
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
        return decoded ?? unicodeScalars.allSatisfy(\.standsAlone)
    }

    /// Whether the text holds a decimal digit as a regular expression's `\d` reads it (general category
    /// Nd): an ASCII digit found on the bytes, else any scalar of that category, decoded only when the text
    /// has a byte outside ASCII.
    var containsDecimalDigit: Bool {
        var hasNonASCII = false
        for byte in utf8 {
            if byte >= 0x30 && byte <= 0x39 { return true }
            if byte >= 0x80 { hasNonASCII = true }
        }
        return hasNonASCII && unicodeScalars.contains { $0.properties.generalCategory == .decimalNumber }
    }

    /// `count < limit`, counting Characters only as far as needed (every Character has at least one byte).
    func hasFewerCharacters(than limit: Int) -> Bool {
        utf8.count < limit || index(startIndex, offsetBy: limit, limitedBy: endIndex) == nil
    }

    /// Whether the UTF-8 bytes start with those of `prefix`. A regular expression anchored at the start
    /// with a case-sensitive literal can only match text that passes this test.
    func startsWithBytes(of prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Whether the UTF-8 bytes contain those of `needle` (a necessary condition for a literal match).
    /// Searches the contiguous bytes in place when both texts have them (native strings and their
    /// substrings always do: the generic index walk cost 0.5 M instructions a telegram).
    func containsBytes(of needle: String) -> Bool {
        let searched: Bool? =
            utf8.withContiguousStorageIfAvailable { bytes in
                needle.utf8.withContiguousStorageIfAvailable { pattern in Self.bytes(bytes, contain: pattern) }
            } ?? nil
        if let searched { return searched }
        let pattern = needle.utf8
        guard let first = pattern.first else { return true }
        let bytes = utf8
        var start = bytes.startIndex
        while let found = bytes[start...].firstIndex(of: first) {
            if bytes[found...].starts(with: pattern) { return true }
            start = bytes.index(after: found)
        }
        return false
    }

    /// Whether `pattern` occurs in `bytes`: each place of its first byte found with C's `memchr`, which
    /// scans a word at a time where the loop it replaced went byte by byte (measured in BENCHMARKS.md; the
    /// test `byteSearchesAreSubsequenceSearches` holds it to the plain search), then the rest compared.
    private static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, contain pattern: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard let first = pattern.first else { return true }
        let patternCount = pattern.count
        guard let base = bytes.baseAddress, patternCount <= bytes.count else { return false }
        let lastStart = bytes.count - patternCount
        var start = 0
        while start <= lastStart, let found = memchr(base + start, Int32(first), lastStart - start + 1) {
            let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            var offset = 1
            while offset < patternCount, bytes[index + offset] == pattern[offset] { offset += 1 }
            if offset == patternCount { return true }
            start = index + 1
        }
        return false
    }

    /// `trimmedText.isEmpty`: whether the text is white space only. A visible ASCII byte, or a lead byte
    /// of U+00C0–U+07FF (a range without white space), proves it is not without trimming.
    var isBlank: Bool {
        if utf8.isEmpty { return true }
        if utf8.contains(where: { (0x21...0x7E).contains($0) || (0xC3...0xDF).contains($0) }) { return false }
        return trimmedText.isEmpty
    }
}
