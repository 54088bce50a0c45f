import Testing
@testable import TeigramCore

extension FastPathTests {
    /// ``NameTokenizer/normaliseEndingByLastByte(_:)`` is ``NameTokenizer/normaliseEnding(_:)``: no scalar
    /// but "i" and "y" is the Character "i" or "y", and generated tokens (Cyrillic, Latin with diacritics,
    /// combining marks after the ending, the pieces of the other fast-path tests) agree.
    @Test func endingIsDecidedByTheLastByte() {
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(character != "i" && character != "y", "U+\(value)")
        }
        var generator = DateScannerTests.Generator(state: 35)
        let endings = ["iy", "ii", "yy", "y", "i", "ий", "ы", "y\u{301}", "i\u{308}", "ïy", "ÿ", "", "skiy", "скии"]
        let stems = ["бережков", "dobrynin", "łukasz", "müller", "ab", "a", "kovalev", "жуков"]
        for _ in 0..<20_000 {
            let token =
                (stems.randomElement(using: &generator) ?? "") + Self.text(&generator).lowercased()
                + (endings.randomElement(using: &generator) ?? "")
            #expect(
                NameTokenizer.normaliseEndingByLastByte(token) == NameTokenizer.normaliseEnding(token),
                "\(token.debugDescription)")
        }
    }
}
