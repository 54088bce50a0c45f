import Foundation

extension StringProtocol {
    /// Without leading and trailing white space (including no-break spaces).
    var trimmedText: String {
        // Fast path: ASCII white space (tab, line feed, vertical tab, form feed, carriage return, space) is
        // dropped on the bytes; when visible ASCII then stands at both ends, Foundation would stop there too.
        let string = String(self)
        let bytes = string.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, Self.isASCIIWhitespace(bytes[start]) { start = bytes.index(after: start) }
        while start < end, Self.isASCIIWhitespace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start == end { return "" }
        let first = bytes[start]
        let last = bytes[bytes.index(before: end)]
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return start == bytes.startIndex && end == bytes.endIndex ? string : String(string[start..<end])
        }
        // Otherwise the scalars at both ends decide: when neither belongs to the set, Foundation (which
        // trims by UTF-16 unit, and every member of the set is one unit) stops at them too. Cut by scalars,
        // not Characters: an end may fall inside a Character (" \u{301}"). Handing long paragraphs that
        // end in a quotation mark to Foundation cost 0.6 M instructions a telegram.
        let scalars = string.unicodeScalars
        if let firstScalar = scalars[start...].first, let lastScalar = scalars[..<end].last,
            !CharacterSet.whitespacesAndNewlines.contains(firstScalar),
            !CharacterSet.whitespacesAndNewlines.contains(lastScalar)
        {
            return start == bytes.startIndex && end == bytes.endIndex ? string : String(scalars[start..<end])
        }
        return string.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// U+0009–U+000D and U+0020, the ASCII members of `CharacterSet.whitespacesAndNewlines`.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// `lowercased()`, on the bytes when the text is ASCII (Swift's own fast path needs a string already
    /// known to be ASCII, which text made by Foundation or from UTF-16 often is not).
    var lowercasedText: String {
        let bytes = utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            // As the standard library lower-cases text that is not known to be ASCII, scalar by scalar,
            // but without looking up (and allocating) the mapping of each ASCII scalar.
            var result = ""
            result.reserveCapacity(bytes.count)
            for scalar in unicodeScalars {
                if scalar.isASCII {
                    result.unicodeScalars.append(
                        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar)
                } else {
                    result += scalar.properties.lowercaseMapping
                }
            }
            return result
        }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0
            for byte in bytes {
                buffer[count] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
    }
}

extension String {
    /// Without trailing white space.
    var trimmedTrailing: String {
        // Nothing to trim when the last byte is visible ASCII (the common case): no white space ends there.
        if let last = utf8.last, (0x21...0x7E).contains(last) { return self }
        var scalars = Substring(self)
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
