extension NameIndex {
    /// Whether more than `limit` of `word`'s Characters hold a scalar of the Cyrillic block (U+0400–U+04FF).
    ///
    /// The filter of ``approximatePlace(_:)``: a deletion variant of `word` keeps all but at most two of its
    /// Characters, so it keeps one that holds such a scalar, and its canonical decomposition then holds a
    /// scalar of the block too (each scalar of the block decomposes into scalars that include one of the
    /// block). A key made from names whose decompositions hold none (the Latin transliterations the index
    /// keeps for approximate matching) is never canonically equal to it, so the lookups can be skipped:
    /// Cyrillic words cost 0.3 M instructions a telegram in deletion variants that could match nothing.
    /// `FastPathTests.approximatePlaceFiltersChangeNoAnswer` holds the filtered lookup to the
    /// unfiltered one.
    static func hasMoreCyrillicCharacters(_ word: String, than limit: Int) -> Bool {
        var count = 0
        if word.hasOneScalarPerCharacter {
            for scalar in word.unicodeScalars where isCyrillicBlock(scalar) { count += 1 }
        } else {
            for character in word where character.unicodeScalars.contains(where: isCyrillicBlock) { count += 1 }
        }
        return count > limit
    }

    /// A scalar of the Cyrillic block, U+0400–U+04FF.
    static func isCyrillicBlock(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x400 && scalar.value <= 0x4FF
    }
}
