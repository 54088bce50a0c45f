import Foundation
import Testing
@testable import TeigramCore

extension FastPathTests {
    /// ``ForeignMonthDates/mayHoldDateAroundYear(_:)`` is a necessary condition of
    /// ``ForeignMonthDates/dates(in:)``: every text in which the tokenizer finds a date passes it, on every
    /// line of the real telegrams (as they are and lower-cased), on each whole telegram, and on generated
    /// dates of every month name with the separators both forms allow, cut, padded and mixed with the
    /// awkward pieces of the other fast-path tests.
    @Test func foreignMonthGuardPassesEveryForeignDate() {
        var texts = GuardedPatternTests.realLines
        for directory in [
            TestPaths.project.corpus, TestPaths.fixtures + "/heldout", TestPaths.fixtures + "/heldout/wide",
        ] {
            for path in FileIO.files(in: directory, suffix: ".txt") {
                if let bytes = try? FileIO.read(path), let text = String(validating: bytes, as: UTF8.self) {
                    texts.append(text)
                }
            }
        }
        var generator = DateScannerTests.Generator(state: 31)
        let months = (Array(ForeignMonthDates.months.keys) + ForeignMonthDates.germanMonthsAsInEnglish.keys).sorted()
        let separators = [
            "", " ", ".", ". ", ",", ", ", " de ", ". de ", ", de ", "de", "\u{A0}", "\t", "\n", "-", " . ",
        ]
        for _ in 0..<20_000 {
            let month = months.randomElement(using: &generator) ?? "mai"
            let cased = Bool.random(using: &generator) ? month : month.uppercased()
            let day = String(Int.random(in: 0...40, using: &generator))
            let year = String(Int.random(in: 900...3100, using: &generator))
            let a = separators.randomElement(using: &generator) ?? ""
            let b = separators.randomElement(using: &generator) ?? ""
            let core =
                Bool.random(using: &generator)
                ? day + (Bool.random(using: &generator) ? " " : a) + cased + b + year
                : year + a + cased + b + day
            texts.append(Self.text(&generator) + core + Self.text(&generator))
        }
        var found = 0
        for text in texts {
            let units = Array(text.utf16)
            let guardPasses = ForeignMonthDates.mayHoldDateAroundYear(units)
            if !ForeignMonthDates.dates(in: units).isEmpty {
                found += 1
                #expect(guardPasses, "\(text.debugDescription)")
            }
        }
        #expect(found > 2_000)
    }
}
