import Testing
@testable import TeigramCore

extension FastPathTests {
    /// ``RussianInflection/formsByScalars(of:)`` is ``RussianInflection/forms(of:)``: no scalar other than a
    /// letter the rules compare with is that letter's Character, and the forms agree for every one-word name
    /// of the project's authority and for generated words (Cyrillic with combining marks, "й" decomposed,
    /// Latin, short words).
    @Test func caseFormsByScalarsAreTheCharacterForms() {
        let letters = Set("аеоуияыюбвгджзклмнпрстфхцчшщ")
        let letterScalars = Set("аеоуияыюбвгджзклмнпрстфхцчшщ".unicodeScalars)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), letters.contains(Character(scalar)) else { continue }
            #expect(letterScalars.contains(scalar), "U+\(value)")
        }
        var words = Set<String>()
        for entry in Shared.corpusAuthority.entries.values {
            for name in entry.names {
                let tokens = NameTokenizer.tokens(of: name.text)
                if tokens.count == 1, let token = tokens.first { words.insert(token.folded) }
            }
        }
        var generator = DateScannerTests.Generator(state: 36)
        let pieces = [
            "мос", "ква", "ия", "я", "а", "и", "аи", "ои", "к", "г", "ш", "н", "т", "и\u{306}", "е\u{308}", "x", "ь",
            "ов", "ев", "ин", "ын",
        ]
        for _ in 0..<20_000 {
            var word = ""
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                word += pieces.randomElement(using: &generator) ?? ""
            }
            words.insert(word)
        }
        var inflected = 0
        for word in words {
            let forms = RussianInflection.forms(of: word)
            if !forms.isEmpty { inflected += 1 }
            #expect(RussianInflection.formsByScalars(of: word) == forms, "\(word)")
            let personForms = RussianInflection.forms(of: word, isPersonName: true)
            #expect(RussianInflection.formsByScalars(of: word, isPersonName: true) == personForms, "\(word)")
        }
        #expect(inflected > 3_000)
    }
}
