import Testing
@testable import TeigramCore

/// The hand-written date scanner must accept exactly the language of the regular expressions it
/// replaces: compared on many generated texts built from the pieces dates are made of.
@Suite("Date scanner agrees with the date expressions")
struct DateScannerTests {
    /// The suite's deterministic generator (SplitMix64, see RobustnessTests), so a failure can be reproduced.
    typealias Generator = SeededGenerator

    static let pieces: [String] = [
        "May", "MAY", "may", "Mayor", "Sept", "sept", "Sep", "SEP", "September", "January", "Jan", "june", "Jun",
        "Dec", "december", "Marc", "Mar", "mar.", "Octob",
        "1", "5", "15", "31", "30", "29", "02", "123", "1950", "1949", "50", "1849", "1750", "19500", "0", "12", "13",
        "1950.5", "3.4", "10.IV", "IV", "iv", "VII", "xii", "XIIII", "IIII", "vi",
        ".", ".", "/", "/", "-", ",", ":", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2009}",
        "st", "th", "nd", "rd", "TH", "St", "s",
        "in", "of", "to", "since", "until", "by", "from", "into", "IN", "From",
        "a", "é", "x", "_", "’", "—", "…", "“", "º", "ł", "Д", "№", "°",
    ]

    /// Pieces the scanner hands to the regular expressions (checked through the public entry point).
    static let fallbackPieces: [String] = [
        "ſ", "K", "e\u{301}", "٣", "\u{AD}", "ß", "İ", "ı", "ﬆ", "\u{200D}", "𝟓", "‿",
    ]

    /// Date shapes, each slot a choice of likely and unlikely fillers, so that many texts come close to
    /// a date and many are one.
    static let shapes: [[[String]]] = {
        let month = ["May", "MAY", "Sept", "sep", "September", "Jan", "JANUARY", "june", "Mayx", "Ma", "Oct"]
        let day = ["5", "15", "31", "30", "123", "0", "29", "1"]
        let year = ["1950", "1949", "50", "1849", "19500", "195", "1750", "2"]
        let space = [" ", "  ", "\u{A0}", "\t", "", "\n"]
        let suffix = ["", "", "st", "th", "TH", "x"]
        let dot = ["", ".", ","]
        let after = ["", "", ".", ".5", ":", "x", "é", "_", " ", "-", "’", "/"]
        let before = ["", "", " ", "a", "é", "(", "5", "_", "“"]
        let roman = ["IV", "iv", "VII", "XII", "IIIII", "XIII", "V"]
        let lead = ["in", "of", "to", "since", "into", "IN", "by"]
        return [
            [before, month, dot, space, day, suffix, dot, space, year, after],
            [before, day, suffix, space, month, dot, dot, space, year, after],
            [before, month, dot, space, year, after],
            [before, day, [".", ",", ""], roman, [".", "/", " ", ". ", ".  ", "  ", "\u{A0}"], year, after],
            [before, day, ["/", "."], day, ["-", "/", "."], year, after],
            [before, month, dot, space, day, suffix, after, after],
            [before, day, suffix, space, month, after],
            [before, lead, space, year, after],
        ]
    }()

    static func shapedText(_ generator: inout Generator) -> String {
        let count = Int.random(in: 1...3, using: &generator)
        return (0..<count).map { _ in
            (Self.shapes.randomElement(using: &generator) ?? []).map { $0.randomElement(using: &generator) ?? "" }
                .joined()
        }.joined(separator: [" ", "", ", ", "."].randomElement(using: &generator) ?? "")
    }

    static func text(_ generator: inout Generator, pieces: [String]) -> String {
        let count = Int.random(in: 1...14, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }

    @Test(arguments: [nil as Int?, 1949])
    func scannerMatchesExpressions(contextYear: Int?) {
        let recognizer = DateRecognizer(contextYear: contextYear)
        var generator = Generator(state: 20_240_601)
        var scanned = 0
        for _ in 0..<40_000 {
            let text =
                Bool.random(using: &generator)
                ? Self.text(&generator, pieces: Self.pieces) : Self.shapedText(&generator)
            guard let found = recognizer.scannedDates(Array(text.utf16)) else {
                Issue.record("scanner declined '\(text)'")
                continue
            }
            scanned += found.count
            let bytes = Array(text.utf8)
            #expect(
                DateScanner.mayHoldDate(Array(text.utf16))
                    == (DateRecognizer.containsMonthWord(bytes) || DateRecognizer.containsNumericDateShape(bytes)
                        || DateRecognizer.containsYear(bytes)))
            let expected = recognizer.regexDates(in: text)
            #expect(found == expected, "'\(text.debugDescription)'")
        }
        #expect(scanned > 1_500)
    }

    @Test func declinedTextsUseTheExpressions() {
        let recognizer = DateRecognizer(contextYear: 1950)
        var generator = Generator(state: 7)
        for _ in 0..<5_000 {
            let text = Self.text(&generator, pieces: Self.pieces + Self.fallbackPieces + Self.fallbackPieces)
            #expect(
                recognizer.dates(in: text)
                    == (text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } ? recognizer.regexDates(in: text) : []),
                "'\(text.debugDescription)'")
        }
        #expect(DateScanner(Array("Mai ſept 5 1950".utf16)) == nil)
        #expect(DateScanner(Array("Gyŏngsŏng, 5 May 1950 – Łódź “ok”".utf16)) != nil)
    }

    /// Every letter outside the scanner's list has case variants without ASCII letters, so it can never
    /// spell part of a month name under ICU's case-insensitive matching.
    @Test func caseFoldingListIsComplete() {
        for value in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic,
                !DateScanner.caseFoldsToASCII(value)
            else { continue }
            let text = String(scalar)
            for variant in [
                text.lowercased(), text.uppercased(), text.lowercased().uppercased(), text.uppercased().lowercased(),
                scalar.properties.titlecaseMapping,
            ] {
                #expect(
                    !variant.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic },
                    "U+\(String(value, radix: 16))")
            }
        }
    }
}
