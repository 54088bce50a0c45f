extension String {
    /// `String(split(separator: "\n").last ?? "")`: the last line that is not empty.
    ///
    /// The Character "\n" is the byte 0x0A wherever that byte stands, except in "\r\n" (one Character): a
    /// text without a CR byte is cut on its bytes, from the end, instead of being split into Characters
    /// whole. `PageReader.groupUnits` asks for the last line of a cable's growing paragraph at each line in
    /// capitals, which split every paragraph again (0.2 M instructions a telegram).
    /// `FastPathTests.lastLineIsTheLastPieceOfTheCharacterSplit` holds it to the general code.
    var lastNonEmptyLine: String {
        let bytes = utf8
        guard !bytes.contains(0x0D) else { return String(split(separator: "\n").last ?? "") }
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x0A { end = bytes.index(before: end) }
        var start = end
        while start > bytes.startIndex, bytes[bytes.index(before: start)] != 0x0A { start = bytes.index(before: start) }
        return String(self[start..<end])
    }
}
