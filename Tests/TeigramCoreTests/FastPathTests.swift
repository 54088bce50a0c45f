import Foundation
import Testing
@testable import TeigramCore

/// The byte-level fast paths must give what the Character- and Foundation-based code they shortcut gives.
@Suite("Fast paths agree with the general code")
struct FastPathTests {
    static let pieces: [String] = [
        "a", "Zed", "in", " at ", " ", "  ", "\t", "\n", "\r\n", "\r", ",", ".", "’", "“", "”", "—", "…", "é", "e\u{301}",
        " \u{301}", "\u{A0}", "\u{2009}", "ł", "Ω", "🇫🇷", "👍🏻", " 🏻", "\u{200D}", "\u{600}", "-", "(", ")", "$", "+", "_",
        "Д", "ß", "ſ", "ﬆ", "x\u{AD}y", "\u{0E33}", "1", "950",
    ]

    static func text(_ generator: inout DateScannerTests.Generator) -> String {
        let count = Int.random(in: 0...10, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }

    @Test func collapsingWhiteSpace() {
        var generator = DateScannerTests.Generator(state: 11)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            #expect(collapseWhitespace(text) == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), "\(text.debugDescription)")
            #expect(TEILayout.isWhitespaceOnly(text) == text.allSatisfy(\.isWhitespace), "\(text.debugDescription)")
            #expect(TEIWriter.trimmingPunctuation(text) == text.trimmingCharacters(in: .punctuationCharacters), "\(text.debugDescription)")
        }
        for value in 0..<128 {
            let text = "a" + String(UnicodeScalar(UInt8(value))) + "b" + String(UnicodeScalar(UInt8(value)))
            #expect(TEIWriter.trimmingPunctuation(text) == text.trimmingCharacters(in: .punctuationCharacters), "\(value)")
        }
    }

    @Test func utf16Transcoding() {
        var generator = DateScannerTests.Generator(state: 12)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            let units = UTF16Text.units(of: text)
            #expect(units == Array(text.utf16))
            var broken = units
            if !broken.isEmpty, Bool.random(using: &generator) {
                broken.insert([0xD800, 0xDC00, 0xDFFF, 0xDBFF].randomElement(using: &generator) ?? 0xD800,
                              at: Int.random(in: 0...broken.count, using: &generator))
            }
            #expect(UTF16Text.string(broken) == String(decoding: broken, as: UTF16.self))
            #expect(UTF16Text.string(broken[...]) == String(decoding: broken[...], as: UTF16.self))
        }
    }
}
