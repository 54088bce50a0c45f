extension NameTokenizer {
    /// ``normaliseEnding(_:)``, deciding first on the last byte: each ending ("iy", "ii", "yy") ends in the
    /// Character "i" or "y", and no other scalar, nor any Character of several scalars, equals either, so a
    /// token whose last byte is neither keeps its ending. Counting the Characters of every Cyrillic token and
    /// comparing its end three times cost 28 M instructions at start-up (the authority's names).
    /// `FastPathTests.endingIsDecidedByTheLastByte` holds it to the general code.
    static func normaliseEndingByLastByte(_ token: String) -> String {
        guard let last = token.utf8.last, last == 0x69 || last == 0x79 else { return token }
        return normaliseEnding(token)
    }
}
