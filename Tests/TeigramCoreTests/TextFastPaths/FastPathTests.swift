import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

/// The byte-level fast paths must give what the Character- and Foundation-based code they shortcut gives.
@Suite("Fast paths agree with the general code")
struct FastPathTests {
    static let pieces: [String] = [
        "a", "Zed", "in", " at ", " ", "  ", "\t", "\n", "\r\n", "\r", ",", ".", "’", "“", "”", "—", "…", "é",
        "e\u{301}",
        " \u{301}", "\u{A0}", "\u{2009}", "ł", "Ω", "🇫🇷", "👍🏻", " 🏻", "\u{200D}", "\u{600}", "-", "(", ")", "$", "+", "_",
        "Д", "ß", "ſ", "ﬆ", "x\u{AD}y", "\u{0E33}", "1", "950",
        "[", "]", "/", ":", "\"", "٣", "Σ", "İ", "ς", "K", "No.", "№", "\u{B}", "\u{C}", "\u{85}", "\u{1C}",
    ]

    static func text(_ generator: inout DateScannerTests.Generator) -> String {
        let count = Int.random(in: 0...10, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }

    @Test func collapsingWhiteSpace() {
        var generator = DateScannerTests.Generator(state: 11)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            #expect(
                collapseWhitespace(text) == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                "\(text.debugDescription)")
            #expect(
                XMLIndentation.isWhitespaceOnly(text) == text.allSatisfy(\.isWhitespace), "\(text.debugDescription)")
            #expect(
                String.trimmingPunctuation(text) == text.trimmingCharacters(in: .punctuationCharacters),
                "\(text.debugDescription)")
        }
        for value in UInt32(0x80)..<0x1680 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(isWhitespaceCharacter(scalar) == Character(scalar).isWhitespace, "U+\(value)")
        }
        for value in 0..<128 {
            let text = "a" + String(UnicodeScalar(UInt8(value))) + "b" + String(UnicodeScalar(UInt8(value)))
            #expect(String.trimmingPunctuation(text) == text.trimmingCharacters(in: .punctuationCharacters), "\(value)")
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
                broken.insert(
                    [0xD800, 0xDC00, 0xDFFF, 0xDBFF].randomElement(using: &generator) ?? 0xD800,
                    at: Int.random(in: 0...broken.count, using: &generator))
            }
            #expect(UTF16Text.string(broken) == String(decoding: broken, as: UTF16.self))
            #expect(UTF16Text.string(broken[...]) == String(decoding: broken[...], as: UTF16.self))
        }
    }

    @Test func trimmingAndLowerCasing() {
        var generator = DateScannerTests.Generator(state: 13)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            #expect(
                text.trimmedText == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
            #expect(text.lowercasedText == text.lowercased(), "\(text.debugDescription)")
            #expect(text.dropFirst().lowercasedText == text.dropFirst().lowercased(), "\(text.debugDescription)")
        }
        // Every scalar of the first two planes, in runs with ASCII around them.
        for start in stride(from: 0x80, to: 0x30000, by: 512) {
            let scalars = (start..<(start + 512)).compactMap(Unicode.Scalar.init).map { "A\($0)z" }
            let text = scalars.joined()
            #expect(text.lowercasedText == text.lowercased(), "from U+\(String(start, radix: 16))")
        }
    }

    @Test func signatureLineRewritesMatchTheirExpressions() {
        var generator = DateScannerTests.Generator(state: 14)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            #expect(
                PageReader.replacingBracketedSpans(text) == text.replacingPattern(#"\[[^\]]*\]"#, with: " "),
                "\(text.debugDescription)")
            #expect(
                PageReader.replacingNumberPunctuation(text) == text.replacingPattern(#"[\d./\-:,"“”]+"#, with: " "),
                "\(text.debugDescription)")
        }
    }

    @Test func utf16RangesAsNSStringCutsThem() {
        var generator = DateScannerTests.Generator(state: 16)
        for _ in 0..<10_000 {
            let text = Self.text(&generator)
            let length = text.utf16.count
            let lower = Int.random(in: 0...length, using: &generator)
            let upper = Int.random(in: lower...length, using: &generator)
            let range = NSRange(location: lower, length: upper - lower)
            #expect(
                UTF16Text.substring(text, lower..<upper) == (text as NSString).substring(with: range),
                "\(text.debugDescription)")
            // On whole Characters (date ranges are): there Foundation's replacement, which widens a range
            // to the Characters it touches, is the same.
            let characters = text.count
            let first = Int.random(in: 0...characters, using: &generator)
            let last = Int.random(in: first...characters, using: &generator)
            let start = text.index(text.startIndex, offsetBy: first)
            let end = text.index(text.startIndex, offsetBy: last)
            let whole =
                text.utf16.distance(
                    from: text.startIndex, to: start)..<text.utf16.distance(from: text.startIndex, to: end)
            #expect(
                UTF16Text.replacing(whole, in: text, with: " ")
                    == (text as NSString).replacingCharacters(
                        in: NSRange(location: whole.lowerBound, length: whole.count), with: " "),
                "\(text.debugDescription)")
        }
    }

    @Test func expressionsOnSubstringsFindWhatTheyFindInTheBaseRange() throws {
        var generator = DateScannerTests.Generator(state: 15)
        let patterns = [#"^\w+"#, #"\b[A-Z]\w*$"#, #"(?<=a)\d"#, #"\s+"#, #"“.+”"#]
        for _ in 0..<5_000 {
            let text = Self.text(&generator) + Self.text(&generator)
            let lower = Int.random(in: 0...text.count, using: &generator)
            let upper = Int.random(in: lower...text.count, using: &generator)
            let substring = text[
                text.index(text.startIndex, offsetBy: lower)..<text.index(text.startIndex, offsetBy: upper)]
            for pattern in patterns {
                let regex = try #require(TextPattern.regex(pattern, caseInsensitive: false))
                let expected = regex.firstMatch(
                    in: text, range: NSRange(substring.startIndex..<substring.endIndex, in: text)
                )
                .flatMap { Range($0.range, in: text) }
                #expect(substring.firstRange(of: pattern) == expected, "\(pattern) in \(substring.debugDescription)")
            }
        }
    }

    @Test func blankIsTrimmedToNothing() {
        var generator = DateScannerTests.Generator(state: 21)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            #expect(
                text.isBlank == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(text.debugDescription)"
            )
        }
    }

    @Test func oneScalarPerCharacterMeansCharactersAreScalars() {
        var generator = DateScannerTests.Generator(state: 22)
        var held = 0
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            #expect(
                text.hasOneScalarPerCharacter == text.unicodeScalars.allSatisfy(\.standsAlone),
                "\(text.debugDescription)")
            if text.hasOneScalarPerCharacter {
                held += 1
                #expect(text.count == text.unicodeScalars.count, "\(text.debugDescription)")
            }
        }
        #expect(held > 1_000)
    }

    @Test func trimmingASCIIMembersIsFoundationsTrimming() {
        var generator = DateScannerTests.Generator(state: 23)
        let sets: [(CharacterSet, String)] = [
            (CharacterSet(charactersIn: " ,.;:“”\""), " ,.;:\""), (CharacterSet(charactersIn: " ."), " ."),
            (.whitespaces, " \t"), (CharacterSet(charactersIn: "."), "."),
            // CorrespondentReader.trimmed and isOffice.
            (CharacterSet(charactersIn: " ,.;:-–"), " ,.;:-"),
            (CharacterSet(charactersIn: ".,;:()[]“”\"'’"), ".,;:()[]\"'"),
        ]
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            for (set, ascii) in sets {
                #expect(
                    text.trimming(set, asciiMembers: ascii) == text.trimmingCharacters(in: set),
                    "\(text.debugDescription)")
            }
        }
    }

    /// A scalar of category Nd anywhere; so a guard: every text in which `\d` matches has one.
    @Test func decimalDigitsAreTheScalarsOfCategoryNd() {
        var generator = DateScannerTests.Generator(state: 31)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            let expected = text.unicodeScalars.contains { $0.properties.generalCategory == .decimalNumber }
            #expect(text.containsDecimalDigit == expected, "\(text.debugDescription)")
            if text.matches(#"\d"#) { #expect(text.containsDecimalDigit, "\(text.debugDescription)") }
        }
    }

    /// The guard of the cable-label expression is exact on ASCII heads: it passes exactly the lines the
    /// expression matches, at every length around the 20 letters of a label.
    @Test func theCableLabelGuardIsExactOnASCII() {
        let heads = [
            "E. O. ", "E.O.", "E.\tO.", "FM ", "TO\t", "INFO ", "PAGE 2", "A) ", "(B) ", "(_)\r", "SUBJECT:", "X",
        ]
        var generator = DateScannerTests.Generator(state: 32)
        for _ in 0..<5_000 {
            let head = heads.randomElement(using: &generator) ?? ""
            let filler = String(repeating: "X ", count: Int.random(in: 0...12, using: &generator))
            let tail = ["COLON: REST", "\u{B}Z", ".", " ", ""].randomElement(using: &generator) ?? ""
            let line = head + filler + tail
            #expect(
                LinePatterns.mayOpenWithCableLabel(Substring(line))
                    == line.matches(LinePatterns.cableLabelHead.pattern),
                "\(line.debugDescription)")
        }
    }

    @Test func adjectiveEndingsAreTheSuffixTests() {
        var generator = DateScannerTests.Generator(state: 33)
        for _ in 0..<20_000 {
            let word =
                Self.text(&generator) + (EntityTagger.adjectiveEndings.randomElement(using: &generator) ?? "")
                + (Bool.random(using: &generator) ? Self.text(&generator) : "")
            let plain = EntityTagger.adjectiveEndings.contains { EntityTagger.hasSuffix(word, $0) }
            #expect(EntityTagger.hasAdjectiveEnding(word) == plain, "\(word.debugDescription)")
        }
    }

    @Test func byteSearchesAreSubsequenceSearches() {
        var generator = DateScannerTests.Generator(state: 24)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            let needle = Self.text(&generator)
            let bytes = Array(text.utf8)
            let pattern = Array(needle.utf8)
            let expected =
                pattern.isEmpty
                || (pattern.count <= bytes.count
                    && (0...(bytes.count - pattern.count)).contains {
                        bytes[$0..<($0 + pattern.count)].elementsEqual(pattern)
                    })
            #expect(text.containsBytes(of: needle) == expected, "\(text.debugDescription) \(needle.debugDescription)")
            // A substring searches its own bytes only, not those of its base string around it.
            let framed = "\(needle)\(text)\(needle)"
            let inner = framed.utf8.dropFirst(pattern.count).dropLast(pattern.count)
            let substring = Substring(inner)
            #expect(substring.containsBytes(of: needle) == expected, "\(substring.debugDescription)")
            #expect(text.startsWithBytes(of: needle) == bytes.starts(with: pattern))
            let limit = Int.random(in: 0...12, using: &generator)
            #expect(text.hasFewerCharacters(than: limit) == (text.count < limit), "\(text.debugDescription) \(limit)")
        }
    }

    @Test func scalarDeletionsAreCharacterDeletions() {
        var generator = DateScannerTests.Generator(state: 26)
        var compared = 0
        for _ in 0..<4_000 {
            let word = Self.text(&generator)
            guard word.hasOneScalarPerCharacter, word.count <= 14 else { continue }
            compared += 1
            for depth in 0...2 {
                #expect(
                    NameIndex.scalarDeletions(of: word, depth: depth)
                        == NameIndex.characterDeletions(of: word, depth: depth), "\(word.debugDescription) \(depth)")
            }
        }
        #expect(compared > 1_000)
        for word in ["владивосток", "москва", "kraków", "urumqi", "seishin", "a", "", "ǆemal", "Ångström"] {
            for depth in 0...2 {
                #expect(
                    NameIndex.deletions(of: word, depth: depth) == NameIndex.characterDeletions(of: word, depth: depth))
            }
        }
    }

    @Test func trailingTrimIsTheCharacterLevelTrim() {
        var generator = DateScannerTests.Generator(state: 25)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            var expected = Substring(text)
            while let last = expected.last, last.isWhitespace { expected.removeLast() }
            #expect(text.trimmedTrailing == String(expected), "\(text.debugDescription)")
        }
    }
}
