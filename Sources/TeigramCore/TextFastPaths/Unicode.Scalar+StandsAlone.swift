extension Unicode.Scalar {
    /// Whether this scalar is a Character by itself next to any other such scalar: ASCII other than CR,
    /// and blocks without combining, prepended or joining characters (Latin-1 and Latin Extended letters,
    /// IPA and spacing modifier letters, Cyrillic letters, Latin Extended Additional, general punctuation,
    /// currency and letterlike symbols). In a text of such scalars every Character is one scalar, so a
    /// rule written over Characters may scan scalars or ASCII bytes instead with the same result.
    var standsAlone: Bool { Self.standsAlone(value) }

    /// ``standsAlone`` for a scalar value.
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x0D: false
        case 0..<0x80, 0xA0...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x1E00...0x1EFF, 0x2010...0x2027,
            0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x214F:
            true
        default: false
        }
    }

    /// `Character(self).isLowercase`, decided on the value for ASCII.
    var isLowercaseCharacter: Bool { isASCII ? (0x61...0x7A).contains(value) : Character(self).isLowercase }

    /// `Character(self).isLetter`, decided on the value for ASCII.
    var isLetterCharacter: Bool {
        isASCII ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : Character(self).isLetter
    }

    /// `Character(self).isNumber`, decided on the value for ASCII.
    var isNumberCharacter: Bool { isASCII ? (0x30...0x39).contains(value) : Character(self).isNumber }
}
