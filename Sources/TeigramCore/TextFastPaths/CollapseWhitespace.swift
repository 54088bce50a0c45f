/// Collapses runs of white space to one space and trims (white space: characters whose first scalar has
/// the White_Space property).
public func collapseWhitespace(_ text: String) -> String {
    if isCollapsed(text) { return text }
    return collapseASCIIWhitespace(text) ?? text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

/// Whether `text` is already collapsed (single spaces between other Characters, none at the ends), so that
/// ``collapseWhitespace(_:)`` returns it as it is; decided on scalars when every Character is one, else
/// `false` (the general code decides).
private func isCollapsed(_ text: String) -> Bool {
    guard text.hasOneScalarPerCharacter else { return false }
    var previousWasSpace = true
    for scalar in text.unicodeScalars {
        let isSpace = scalar == " "
        if isSpace
            ? previousWasSpace
            : scalar.isASCII
                ? (0x09...0x0D).contains(scalar.value) : isWhitespaceCharacter(scalar)
        {
            return false
        }
        previousWasSpace = isSpace
    }
    return !previousWasSpace
}

/// `Character(scalar).isWhitespace` for a non-ASCII scalar: below U+1680 only U+0085 and U+00A0 are white
/// space, so Cyrillic and Latin letters are answered without making a Character (which cost 35 M
/// instructions at start-up over the authority's names). `FastPathTests.collapsingWhiteSpace` checks every
/// scalar below U+1680.
func isWhitespaceCharacter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x1680 { return scalar.value == 0x85 || scalar.value == 0xA0 }
    return Character(scalar).isWhitespace
}

/// ``collapseWhitespace(_:)`` on the UTF-8 bytes, for text whose only white space is ASCII and where
/// every white-space byte is a character of its own (or half of CR LF): then bytes and characters agree.
/// A non-ASCII scalar next to white space must be punctuation or a cased letter, which can neither extend
/// the white space's character (as a combining mark, ZWJ, emoji modifier or spacing mark would) nor be
/// prepended to it. `nil` for other text.
private func collapseASCIIWhitespace(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
        func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var previousWasWhitespace = false
        var previousMayTouchWhitespace = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isASCIIWhitespace(byte) {
                if !previousMayTouchWhitespace { return nil }
                pendingSpace = !output.isEmpty
                previousWasWhitespace = true
                index += 1
                continue
            }
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let end = min(index + length, bytes.count)
            if length > 1 {
                guard
                    let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
                        .unicodeScalars.first,
                    !scalar.properties.isWhitespace
                else { return nil }
                switch scalar.properties.generalCategory {
                case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                    .finalPunctuation, .otherPunctuation, .uppercaseLetter, .lowercaseLetter, .titlecaseLetter:
                    previousMayTouchWhitespace = true
                default:
                    if previousWasWhitespace { return nil }
                    previousMayTouchWhitespace = false
                }
            } else {
                previousMayTouchWhitespace = true
            }
            previousWasWhitespace = false
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }
}
