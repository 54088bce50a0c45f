import Foundation

/// Splits text into word tokens for name matching. Letters and digits form tokens (digits right after a
/// lower-case ASCII letter start a new one: "State1"); everything else separates them, except square brackets inside a word ("com[munist]", "F[oreign]"), which are skipped.
public enum NameTokenizer {
    /// A word of the text.
    public struct Token: Sendable, Equatable {
        /// Lower-cased, diacritics removed.
        public var folded: String
        /// UTF-16 offsets of the token in the text (brackets inside it included).
        public var range: Range<Int>
        /// First letter is upper case.
        public var isCapitalised: Bool
        /// Every letter is upper case.
        public var isAllCaps: Bool
    }

    /// The tokens of `text` (UTF-16 offsets).
    public static func tokens(of text: String) -> [Token] {
        tokens(of: UTF16Text.units(of: text))
    }

    /// The tokens of UTF-16 `units`.
    public static func tokens(of units: [UInt16]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(units.count / 5)
        // The folded token as UTF-8 (the bytes of the folded characters, in order).
        var folded: [UInt8] = []
        folded.reserveCapacity(32)
        var foldedIsASCII = true
        var start = -1
        var end = 0
        var capitalised = false
        var allCaps = true
        func flush() {
            if start >= 0 && !folded.isEmpty {
                result.append(
                    Token(
                        folded: foldedToken(folded, isASCII: foldedIsASCII), range: start..<end,
                        isCapitalised: capitalised, isAllCaps: allCaps))
            }
            folded.removeAll(keepingCapacity: true)
            foldedIsASCII = true
            start = -1
            allCaps = true
        }
        var index = 0
        while index < units.count {
            let unit = units[index]
            // ASCII fast path: no Unicode property lookups for the common case.
            if unit < 0x80 {
                let isUpper = unit >= 0x41 && unit <= 0x5A
                let isLower = unit >= 0x61 && unit <= 0x7A
                let isDigit = unit >= 0x30 && unit <= 0x39
                if isUpper || isLower || isDigit {
                    // Digits right after a lower-case letter are a word of their own: the footnote marker of a
                    // FRUS title ("to the Department of State1", "Черлюнчавич1") is no part of the name.
                    if isDigit, start >= 0, isLowerCaseLetter(units[index - 1]) {
                        flush()
                    }
                    if start < 0 {
                        start = index
                        capitalised = isUpper || isDigit
                    }
                    if isLower { allCaps = false }
                    folded.append(UInt8(isUpper ? unit + 0x20 : unit))
                    end = index + 1
                    index += 1
                    continue
                }
            }
            let properties = unit >= 0x80 ? Unicode.Scalar(unit).map(letterProperties) : nil
            if let properties, properties.isWordCharacter, let scalar = Unicode.Scalar(unit) {
                if start < 0 {
                    start = index
                    capitalised = properties.isUppercase || ("0"..."9").contains(scalar)
                }
                if properties.isLowercase { allCaps = false }
                let foldedScalar = fold(scalar)
                folded.append(contentsOf: foldedScalar.utf8)
                if !foldedScalar.utf8.allSatisfy({ $0 < 0x80 }) { foldedIsASCII = false }
                end = index + 1
            } else if (unit == 0x5B || unit == 0x5D) && start >= 0 && index + 1 < units.count,
                let next = Unicode.Scalar(units[index + 1]), isWordCharacter(next)
            {
                // "com[munist]": the bracket does not end the word.
            } else if (unit == 0x27 || unit == 0x2019 || unit == 0x2BC || unit == 0x2B9) && start >= 0
                && !isPossessive(units, apostrophe: index),
                index + 1 < units.count, let next = Unicode.Scalar(units[index + 1]), next.properties.isAlphabetic
            {
                // A soft sign in a transliteration ("Savel'yev", "Lavrent’yev") is inside the word;
                // a possessive ("Korea’s") is not, nor an elided article before a name ("l’ONU").
                if !capitalised, next.properties.isUppercase, isElidedWord(folded) { flush() }
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return result
    }

    /// The folded token from its UTF-8 bytes, with ``normaliseEnding(_:)`` applied. ASCII tokens (one byte
    /// a character) are normalised on the bytes, which gives the same string without Character counting.
    private static func foldedToken(_ bytes: [UInt8], isASCII: Bool) -> String {
        guard isASCII else { return normaliseEndingByLastByte(String(decoding: bytes, as: UTF8.self)) }
        let count = bytes.count
        if count > 4 {
            let last = bytes[count - 1]
            let beforeLast = bytes[count - 2]
            // -iy, -ii, -yy → -y
            if (beforeLast == 0x69 && (last == 0x79 || last == 0x69)) || (beforeLast == 0x79 && last == 0x79) {
                return String(decoding: bytes[0..<(count - 2)], as: UTF8.self) + "y"
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a word's folded UTF-8 is a French or Italian article or preposition that is elided before a
    /// name ("l’ONU", "d’Allemagne", "dell’Italia", "qu’Eden"): before a capital the apostrophe then ends the
    /// word, so that the name is a token of its own. The tokenizer asks only for a word in lower case; a
    /// capitalised one is a name's own ("D’Arcy", "O’Brien").
    static func isElidedWord(_ folded: [UInt8]) -> Bool {
        folded.count <= 4 && elidedWords.contains(folded)
    }

    /// The elided words ``isElidedWord(_:)`` knows, as folded UTF-8.
    private static let elidedWords: Set<[UInt8]> = Set(
        ["l", "d", "qu", "s", "n", "j", "c", "all", "dall", "dell", "nell", "sull", "un"].map { Array($0.utf8) })

    /// Whether a UTF-16 unit is a lower-case letter of ASCII, of Latin-1, or of basic
    /// Cyrillic (the scripts whose footnote markers the corpus glues to a word).
    static func isLowerCaseLetter(_ unit: UInt16) -> Bool {
        (unit >= 0x61 && unit <= 0x7A) || (unit >= 0xDF && unit <= 0xFF && unit != 0xF7)
            || (unit >= 0x430 && unit <= 0x45F)
    }

    /// "’s" or "’" closing a word.
    static func isPossessive(_ units: [UInt16], apostrophe index: Int) -> Bool {
        let next = index + 1
        guard next < units.count else { return true }
        guard units[next] == 0x73 || units[next] == 0x53 else { return false }
        let after = next + 1
        guard after < units.count, let scalar = Unicode.Scalar(units[after]) else { return true }
        return !isWordCharacter(scalar)
    }

    /// Russian transliteration endings folded together: -skiy, -skii, -skyy → -sky; -iy, -ii, -yy → -y.
    static func normaliseEnding(_ token: String) -> String {
        guard token.count > 4 else { return token }
        for ending in ["iy", "ii", "yy"] where token.hasSuffix(ending) {
            return String(token.dropLast(2)) + "y"
        }
        return token
    }

    /// A letter or a digit. The modifier letters U+02BC and U+02B9 are no letter here: they stand for an
    /// apostrophe ("Yahyaʼs", "Molotovʹs", "Lavrentʹev"), read as one.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.properties.isAlphabetic && scalar.value != 0x2BC && scalar.value != 0x2B9)
            || ("0"..."9").contains(scalar)
    }

    /// ``foldUncached(_:)`` of the Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF), and of
    /// Greek and Cyrillic (U+0370–U+052F), worked out once: names in the corpus are full of them, and
    /// decomposing a scalar is slow (the built-in authority's Cyrillic names cost 0.35 G instructions at
    /// start-up when each letter was decomposed anew).
    private static let foldedLetters: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for value in Array(0xC0..<0x250) + Array(0x370..<0x530) + Array(0x1E00..<0x1F00) {
            if let scalar = Unicode.Scalar(UInt32(value)) { table[scalar.value] = foldUncached(scalar) }
        }
        return table
    }()

    /// Lower case, diacritics dropped (ó → o, ŏ → o).
    static func fold(_ scalar: Unicode.Scalar) -> String {
        if let folded = foldedLetters[scalar.value] { return folded }
        return foldUncached(scalar)
    }

    private static func foldUncached(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII {
            let value = scalar.value
            let lower = (0x41...0x5A).contains(value) ? value + 0x20 : value
            return String(Character(Unicode.Scalar(UInt8(lower))))
        }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping
        let base = decomposed.unicodeScalars.first { $0.properties.isAlphabetic } ?? scalar
        return String(Character(base)).lowercased()
    }
}
