extension NameTokenizer {
    /// The properties the tokenizer asks of a scalar: word character (``isWordCharacter(_:)``), upper case,
    /// lower case.
    struct LetterProperties: Sendable {
        var isWordCharacter: Bool
        var isUppercase: Bool
        var isLowercase: Bool
    }

    /// ``LetterProperties`` of U+0000–U+052F (Latin, Greek, Cyrillic), worked out once: asking Unicode's
    /// property tables three times for each letter of the authority's Cyrillic names cost 40 M instructions
    /// at start-up. `FastPathTests.letterTableIsTheScalarProperties` checks every entry.
    private static let letterTable: [LetterProperties] = (0..<0x530).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else {
            return LetterProperties(isWordCharacter: false, isUppercase: false, isLowercase: false)
        }
        return LetterProperties(
            isWordCharacter: isWordCharacter(scalar), isUppercase: scalar.properties.isUppercase,
            isLowercase: scalar.properties.isLowercase)
    }

    /// The properties of `scalar`: from the table below U+0530, else from the scalar's own properties.
    static func letterProperties(_ scalar: Unicode.Scalar) -> LetterProperties {
        if scalar.value < 0x530 { return letterTable[Int(scalar.value)] }
        return LetterProperties(
            isWordCharacter: isWordCharacter(scalar), isUppercase: scalar.properties.isUppercase,
            isLowercase: scalar.properties.isLowercase)
    }
}
