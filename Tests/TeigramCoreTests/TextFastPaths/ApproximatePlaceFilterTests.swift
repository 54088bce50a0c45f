import Foundation
import Testing
@testable import TeigramCore

extension FastPathTests {
    /// The filters of ``NameIndex/approximatePlace(_:)`` (``NameIndex/hasMoreCyrillicCharacters(_:than:)``,
    /// ``PackedKeyFilter``) change no answer: every scalar of the Cyrillic block decomposes into scalars that
    /// include one of the block, and on the project's authority the filtered lookup equals the unfiltered
    /// one for every word of the real telegrams, for generated words mixing Cyrillic letters into Latin place
    /// names and for Latin place names with one or two letters changed, added, dropped or swapped.
    @Test func approximatePlaceFiltersChangeNoAnswer() throws {
        for value in UInt32(0x400)...0x4FF {
            let scalar = try #require(Unicode.Scalar(value))
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
            #expect(decomposed.unicodeScalars.contains(where: NameIndex.isCyrillicBlock), "U+\(value)")
        }
        let index = Shared.corpusAuthority.index
        var words = Set<String>()
        for line in GuardedPatternTests.realLines {
            for token in NameTokenizer.tokens(of: line) where token.folded.utf8.count >= 6 {
                words.insert(token.folded)
            }
        }
        var generator = DateScannerTests.Generator(state: 32)
        let latin = ["urumqi", "seishin", "vladivostok", "moskva", "leningrad", "pyongyang", "warszawa", "budapest"]
        let cyrillic: [Character] = Array("абвгдежзиклмнопрстуфхцчшщъыьэюяёй") + ["и\u{306}", "е\u{308}", "\u{483}"]
        for _ in 0..<3_000 {
            var characters = Array(latin.randomElement(using: &generator) ?? "moskva")
            for _ in 0..<Int.random(in: 0...4, using: &generator) where !characters.isEmpty {
                let position = Int.random(in: 0..<characters.count, using: &generator)
                let letter = cyrillic.randomElement(using: &generator) ?? "а"
                if Bool.random(using: &generator) {
                    characters[position] = letter
                } else {
                    characters.insert(letter, at: position)
                }
            }
            words.insert(String(characters))
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for name in latin {
            for _ in 0..<400 {
                var characters = Array(name)
                for _ in 0..<Int.random(in: 1...2, using: &generator) {
                    let position = Int.random(in: 0..<characters.count, using: &generator)
                    let letter = letters.randomElement(using: &generator) ?? "a"
                    switch Int.random(in: 0..<4, using: &generator) {
                    case 0: characters[position] = letter
                    case 1: characters.insert(letter, at: position)
                    case 2 where characters.count > 1: characters.remove(at: position)
                    default: if position + 1 < characters.count { characters.swapAt(position, position + 1) }
                    }
                }
                words.insert(String(characters))
            }
        }
        var found = 0
        var filtered = 0
        for word in words {
            if NameIndex.hasMoreCyrillicCharacters(word, than: 2) { filtered += 1 }
            let place = index.unfilteredApproximatePlace(word)
            if place != nil { found += 1 }
            #expect(index.approximatePlace(word) == place, "\(word)")
        }
        #expect(filtered > 1_000)
        #expect(found > 500)
    }
}
