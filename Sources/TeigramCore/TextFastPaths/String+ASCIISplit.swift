extension String {
    /// `split(separator: separator)` (empty pieces omitted) for an ASCII `separator`.
    ///
    /// When every scalar stands alone (``StringProtocol/hasOneScalarPerCharacter``, which also excludes
    /// "\r\n"), each byte of the separator is a separator Character, so the text is cut on its bytes;
    /// otherwise the Character split decides. The layout and header rules split whole paragraphs into
    /// Characters to count their words or take their lines (0.3 M instructions a telegram).
    /// `FastPathTests.asciiSplitIsTheCharacterSplit` holds it to the general code.
    func splitOnASCII(_ separator: Character) -> [Substring] {
        guard let byte = separator.asciiValue, hasOneScalarPerCharacter else { return split(separator: separator) }
        let bytes = utf8
        var pieces: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == byte {
                if start < index { pieces.append(self[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start < bytes.endIndex { pieces.append(self[start..<bytes.endIndex]) }
        return pieces
    }
}
