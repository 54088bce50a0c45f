import Foundation

/// Finds dates in every form the corpus uses and normalises them. Never guesses silently: a date whose
/// year comes from context is marked with a certainty; an impossible date (31 June) is not recognised.
///
/// Forms: `May 15, 1949`, `Jan 13 1950`, `15 May 1949`, `May 1950`, `10.IV.50`, `28.VII.1948`,
/// `13/5-50`, `13.1.1951`, `13.10.50`, `10/14/50` (US order when the second number exceeds 12),
/// `23 October` and `May 13` (year from context), `in 1947` (year). Two-digit years are 19yy. Full dates
/// with month names of other languages come from ``ForeignMonthDates``.
public struct DateRecognizer: Sendable {
    /// The year assumed for dates written without one (the document's year), if known.
    public var contextYear: Int?

    /// Creates a recogniser.
    public init(contextYear: Int? = nil) { self.contextYear = contextYear }

    static let monthNames: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sept", 9),
        ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]
    private static let monthWords: Set<[UInt8]> = Set(monthNames.map { Array($0.0.utf8) })

    /// A word (ASCII letters, any case) that is a month name or abbreviation.
    static func containsMonthWord(_ bytes: [UInt8]) -> Bool {
        var word: [UInt8] = []
        for byte in bytes + [0x20] {
            if (0x41...0x5A).contains(byte) {
                word.append(byte + 0x20)
            } else if (0x61...0x7A).contains(byte) {
                word.append(byte)
            } else {
                if (3...9).contains(word.count), monthWords.contains(word) { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return false
    }

    /// A digit, then "." or "/", then a digit or a Roman numeral letter ("13.1", "10/14", "10.IV").
    /// Works on UTF-8 bytes or UTF-16 units alike: the neighbours of an ASCII character are ASCII
    /// characters or parts of non-ASCII ones (never digits or letters) in both.
    static func containsNumericDateShape<Unit: FixedWidthInteger>(_ bytes: [Unit]) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 1..<(bytes.count - 1) where bytes[index] == 0x2E || bytes[index] == 0x2F {  // "." or "/"
            let before = bytes[index - 1]
            let after = bytes[index + 1]
            if (0x30...0x39).contains(before)
                && ((0x30...0x39).contains(after) || after == 0x49 || after == 0x56 || after == 0x58)
            {  // I V X
                return true
            }
        }
        return false
    }

    /// A four-digit year 18xx or 19xx.
    static func containsYear(_ bytes: [UInt8]) -> Bool {
        var run = 0
        for (index, byte) in (bytes + [0x20]).enumerated() {
            if (0x30...0x39).contains(byte) {
                run += 1
                continue
            }
            if run == 4, bytes[index - 4] == UInt8(ascii: "1"),
                bytes[index - 3] == UInt8(ascii: "8") || bytes[index - 3] == UInt8(ascii: "9")
            {
                return true
            }
            run = 0
        }
        return false
    }
    static let month =
        "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"

    enum Form: Sendable, CaseIterable {
        case monthDayYear, dayMonthYear, monthYear, roman, slashDash, dotted, slashed, monthDay, dayMonth, year
    }

    private static let patterns: [(NSRegularExpression, Form)] = {
        let m = month
        let table: [(String, Form)] = [
            ("\\b\(m)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b", .monthDayYear),
            ("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+\(m)\\.?,?\\s+(\\d{4})\\b", .dayMonthYear),
            ("\\b\(m)\\.?,?\\s+(\\d{4})\\b", .monthYear),
            ("\\b(\\d{1,2})\\.([IVX]{1,4})(?:\\. ?| )(\\d{4}|\\d{2})\\b", .roman),
            ("\\b(\\d{1,2})/(\\d{1,2})-(\\d{2})\\b", .slashDash),
            ("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})\\b(?!\\.\\d)", .dotted),
            ("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b", .slashed),
            ("\\b\(m)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![\\d:.])", .monthDay),
            ("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+\(m)\\b", .dayMonth),
            ("\\b(?:in|of|since|until|by|from|to)\\s+(1[89]\\d\\d)\\b", .year),
        ]
        return table.compactMap { pattern, form in
            // The patterns are constants of this file; a typo is caught by the unit tests.
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
                return nil
            }
            return (regex, form)
        }
    }()

    /// All non-overlapping dates in `text`, leftmost first; longer forms win over shorter ones.
    public func dates(in text: String) -> [RecognizedDate] {
        // Every form has a digit: most pieces of text have none and need no scanning at all.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        return dates(in: text, units: Array(text.utf16))
    }

    /// ``dates(in:)`` for a caller that already holds the UTF-16 code units of `text`.
    func dates(in text: String, units: [UInt16]) -> [RecognizedDate] {
        // The expression path's own pre-checks (a month word, a numeric date shape, a year 18xx/19xx), in
        // one pass: without any of them, no form is searched there, so there is nothing to scan here.
        guard units.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let english = DateScanner.mayHoldDate(units) ? (scannedDates(units) ?? regexDates(in: text)) : []
        // Month names of other languages ("16 апреля 1936 г.", "26 de octubre de 1962"), where the English
        // forms found nothing.
        guard ForeignMonthDates.mayHoldDateAroundYear(units) else { return english }
        let foreign = ForeignMonthDates.dates(in: units)
        if foreign.isEmpty { return english }
        return Self.longerWins(english, foreign)
    }

    /// `english` and `foreign` dates, leftmost first, where two overlap the longer one: "29. September 1989"
    /// (German) over the English "September 1989" inside it; an English date wins a tie.
    static func longerWins(_ english: [RecognizedDate], _ foreign: [RecognizedDate]) -> [RecognizedDate] {
        let keptForeign = foreign.filter { date in
            english.allSatisfy { !$0.range.overlaps(date.range) || date.range.count > $0.range.count }
        }
        let keptEnglish = english.filter { date in !keptForeign.contains { $0.range.overlaps(date.range) } }
        if keptForeign.isEmpty { return keptEnglish }
        return (keptEnglish + keptForeign).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The dates found by ``DateScanner`` (the same language as ``patterns``, without ICU), or `nil` when
    /// the text holds a character the scanner leaves to the regular expressions (see ``DateScanner``).
    func scannedDates(_ units: [UInt16]) -> [RecognizedDate]? {
        guard let scanner = DateScanner(units) else { return nil }
        // The expression path searches for Roman-numeral dates only in text with a digit, "." or "/", and a
        // digit or an upper-case I, V or X in a row (see `containsNumericDateShape`); so does this one.
        let hasSeparator = Self.containsNumericDateShape(units)
        var found: [RecognizedDate] = []
        var taken: [Range<Int>] = []
        for form in Self.formOrder where form != .roman || hasSeparator {
            for match in scanner.matches(of: form) {
                let range = match.dateRange
                func group(_ i: Int) -> String { UTF16Text.string(units[match.groups[i - 1]]) }
                accept(form: form, range: range, group: group, found: &found, taken: &taken)
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Records a match of `form` over `range` (both paths, scanner and expressions): text an earlier
    /// form took is skipped; a match that is no real date still takes its text, except for the forms
    /// without a year.
    private func accept(
        form: Form, range: Range<Int>, group: (Int) -> String,
        found: inout [RecognizedDate], taken: inout [Range<Int>]
    ) {
        if taken.contains(where: { $0.overlaps(range) }) { return }
        guard let date = normalise(form: form, group: group, range: range) else {
            // "31 June 1950" is no date, and "June 1950" inside it is not one either.
            if form != .monthDay && form != .dayMonth { taken.append(range) }
            return
        }
        found.append(date)
        taken.append(range)
    }

    /// The forms in the order of ``patterns``: earlier forms take their text first.
    static let formOrder: [Form] = [
        .monthDayYear, .dayMonthYear, .monthYear, .roman, .slashDash, .dotted, .slashed, .monthDay, .dayMonth, .year,
    ]

    /// The dates found by the regular expressions (``patterns``): the reference definition of the
    /// language, used for text the scanner does not handle.
    func regexDates(in text: String) -> [RecognizedDate] {
        // Cheap, exact pre-checks decide which expressions can match at all.
        let bytes = Array(text.utf8)
        let hasMonthName = Self.containsMonthWord(bytes)
        let hasSeparator = Self.containsNumericDateShape(bytes)
        let hasYear = Self.containsYear(bytes)
        let ns = text as NSString
        var found: [RecognizedDate] = []
        var taken: [Range<Int>] = []
        for (regex, form) in Self.patterns {
            switch form {
            case .monthDayYear, .dayMonthYear, .monthYear, .monthDay, .dayMonth: if !hasMonthName { continue }
            case .roman, .slashDash, .dotted, .slashed: if !hasSeparator { continue }
            case .year: if !hasYear { continue }
            }
            for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let whole = match.range
                guard whole.location != NSNotFound else { continue }
                var range = whole.location..<(whole.location + whole.length)
                if form == .year {
                    let yearRange = match.range(at: 1)
                    range = yearRange.location..<(yearRange.location + yearRange.length)
                }
                func group(_ i: Int) -> String { ns.substring(with: match.range(at: i)) }
                accept(form: form, range: range, group: group, found: &found, taken: &taken)
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first date of `text` that carries its own year, if any (used for dates of lines and titles). A
    /// date a declassification or release stamp gives ("Declassified/Released US Department of State EO
    /// Systematic Review 20 Mar 2014", "Sanitized Copy Approved for Release 2010/11/16") is the archive's,
    /// not the document's, and is passed over.
    public func firstFullDate(in text: String) -> RecognizedDate? {
        let mayHoldStamp = Self.stampWords.contains { text.containsBytes(of: $0) }
        return dates(in: text).first { date in
            guard date.certainty == nil, date.iso.count >= 7 else { return false }
            guard mayHoldStamp else { return true }
            let before = UTF16Text.substring(text, max(0, date.range.lowerBound - 60)..<date.range.lowerBound)
            return !Self.stampWords.contains { before.containsBytes(of: $0) }
        }
    }

    /// Words of a declassification or release stamp just before its date.
    static let stampWords = ["Declassified", "Systematic Review", "Approved for Release", "Released"]

    private func normalise(form: Form, group: (Int) -> String, range: Range<Int>) -> RecognizedDate? {
        switch form {
        case .monthDayYear:
            return make(year: Int(group(3)), month: Self.monthNumber(group(1)), day: Int(group(2)), range: range)
        case .dayMonthYear:
            return make(year: Int(group(3)), month: Self.monthNumber(group(2)), day: Int(group(1)), range: range)
        case .monthYear:
            return make(year: Int(group(2)), month: Self.monthNumber(group(1)), day: nil, range: range)
        case .roman:
            return make(
                year: Self.fullYear(group(3)), month: Self.romanMonth(group(2)), day: Int(group(1)), range: range)
        case .slashDash, .dotted:
            return make(year: Self.fullYear(group(3)), month: Int(group(2)), day: Int(group(1)), range: range)
        case .slashed:
            guard let a = Int(group(1)), let b = Int(group(2)) else { return nil }
            let year = Self.fullYear(group(3))
            if b > 12 { return make(year: year, month: a, day: b, range: range) }
            if a > 12 { return make(year: year, month: b, day: a, range: range) }
            return make(year: year, month: b, day: a, range: range, certainty: "low")
        case .monthDay:
            guard let contextYear else { return nil }
            return make(
                year: contextYear, month: Self.monthNumber(group(1)), day: Int(group(2)), range: range,
                certainty: "medium")
        case .dayMonth:
            guard let contextYear else { return nil }
            return make(
                year: contextYear, month: Self.monthNumber(group(2)), day: Int(group(1)), range: range,
                certainty: "medium")
        case .year:
            guard let year = Int(group(1)) else { return nil }
            return RecognizedDate(range: range, iso: Self.padded(year, 4), certainty: nil, year: year)
        }
    }

    private func make(year: Int?, month: Int?, day: Int?, range: Range<Int>, certainty: String? = nil)
        -> RecognizedDate?
    {
        guard let year, let month, (1...12).contains(month), (1000...2999).contains(year) else { return nil }
        guard let day else {
            return RecognizedDate(
                range: range, iso: Self.padded(year, 4) + "-" + Self.padded(month, 2), certainty: certainty, year: year)
        }
        guard day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        return RecognizedDate(
            range: range, iso: Self.isoDay(year: year, month: month, day: day),
            certainty: certainty, year: year)
    }

    /// `YYYY-MM-DD` (values not checked).
    static func isoDay(year: Int, month: Int, day: Int) -> String {
        padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// `value` in decimal, zero-padded to `width` digits (String(format:) is slow on Linux).
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static let monthNumbers: [String: Int] = Dictionary(monthNames, uniquingKeysWith: { first, _ in first })

    static func monthNumber(_ name: String) -> Int? {
        return monthNumbers[name.lowercasedText]
    }

    private static let romanMonths: [String: Int] = [
        "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
    ]

    static func romanMonth(_ numeral: String) -> Int? {
        romanMonths[numeral.uppercased()]
    }

    static func fullYear(_ digits: String) -> Int? {
        guard let value = Int(digits) else { return nil }
        return digits.count == 2 ? 1900 + value : value
    }
}
