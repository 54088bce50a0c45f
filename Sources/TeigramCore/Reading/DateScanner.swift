/// A hand-written matcher for the ten date expressions of ``DateRecognizer`` (`patterns`), over UTF-16
/// code units. It accepts exactly the language of those case-insensitive ICU expressions, whose building
/// blocks are read here as:
///
/// - `\b`: a change between a word character (`\w`: Alphabetic, marks, decimal digits, connector
///   punctuation, ZWJ/ZWNJ) and a non-word character; the text's ends count as non-word.
/// - `\s`: the White_Space property (ASCII tab to carriage return and space, NBSP, the Unicode spaces).
/// - `\d{1,2}` followed by anything but a digit: backtracking cannot shorten a run of digits usefully,
///   because every expression requires a non-digit after it; so a run is taken whole and its length checked.
/// - month names and the `(?:st|nd|rd|th)` suffix: ASCII letters compared without case.
///
/// Text the scanner does not model exactly is left to the regular expressions: the initialiser returns
/// `nil` when the text holds a character that is a word character other than a plain letter (a non-ASCII
/// digit, a combining mark, a format character that ICU's `\b` skips, a connector), an unassigned code
/// point, a surrogate pair, or a letter whose case folding contains ASCII letters (`ſ`, `K`, `ß`, `ﬆ`,
/// dotted and dotless i…), which could spell a month name. Other non-ASCII letters (`é`, `ł`, Cyrillic)
/// are word characters that match nothing; punctuation and symbols (curly quotes, dashes, `…`) are
/// non-word characters that match nothing.
struct DateScanner {
    /// What a code unit can be for the expressions.
    enum UnitClass: UInt8 {
        /// Not a word character, not white space (punctuation, symbols).
        case other
        /// `\s`.
        case space
        /// An ASCII digit.
        case digit
        /// An ASCII letter.
        case letter
        /// A word character that no expression spells out: `_`, a non-ASCII letter.
        case otherWord

        var isWord: Bool { rawValue >= UnitClass.digit.rawValue }
    }

    /// One match of an expression.
    struct Match {
        /// The whole match (where the next search for the same expression resumes).
        var whole: Range<Int>
        /// The capture groups, in the order of the expression.
        var groups: [Range<Int>]
        /// The range of the date: the whole match, except the year alone for `in 1947`.
        var dateRange: Range<Int>
    }

    let units: [UInt16]
    let classes: [UnitClass]
    /// Where a run of ASCII digits follows a non-word character: where the forms that open with a number
    /// can start.
    let numberStarts: [Int]
    /// Month names and abbreviations: whole runs of ASCII letters after a non-word character and before
    /// one (every form wants `.`, `,`, white space or `\b` after the month, and no month name is a prefix
    /// of another one followed by such a character). The forms that open with a month start here.
    let months: [Range<Int>]
    /// The words that can open the bare-year form, each followed by white space.
    let yearLeadWords: [Range<Int>]

    /// Non-ASCII letters whose case folding (or case closure) contains ASCII letters: `ß` → ss,
    /// `İ` → i̇, dotless `ı` (upper case I), `ŉ` → ʼn, `ſ` → s, `ǰ` → ǰ, `ẖ ẗ ẘ ẙ ẚ ẛ ẜ ẝ ẞ`, Kelvin and
    /// Ångström signs, the ligatures `ﬀ`–`ﬆ`.
    static func caseFoldsToASCII(_ value: UInt32) -> Bool {
        switch value {
        case 0xDF, 0x130, 0x131, 0x149, 0x17F, 0x1F0, 0x1E96...0x1E9E, 0x212A, 0x212B, 0xFB00...0xFB06: true
        default: false
        }
    }

    /// The class of each ASCII code unit.
    private static let asciiClasses: [UnitClass] = (0..<128).map { unit in
        switch unit {
        case 0x30...0x39: .digit
        case 0x41...0x5A, 0x61...0x7A: .letter
        case 0x5F: .otherWord
        case 0x09...0x0D, 0x20: .space
        default: .other
        }
    }

    /// Classifies `units`; `nil` when the text needs the regular expressions (see the type's comment).
    init?(_ units: [UInt16]) {
        var classes = [UnitClass](repeating: .other, count: units.count)
        var wordStarts: [Int] = []
        var previousIsWord = false
        for index in units.indices {
            let unit = units[index]
            let unitClass: UnitClass
            switch unit {
            case 0...0x7F: unitClass = Self.asciiClasses[Int(unit)]
            default:
                guard let scalar = Unicode.Scalar(unit) else { return nil }  // a surrogate
                let properties = scalar.properties
                if properties.isWhitespace {
                    unitClass = .space
                } else {
                    switch properties.generalCategory {
                    case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation, .format,
                        .unassigned:
                        return nil
                    default:
                        break
                    }
                    if properties.isGraphemeExtend { return nil }
                    if properties.isAlphabetic {
                        if Self.caseFoldsToASCII(scalar.value) { return nil }
                        unitClass = .otherWord
                    } else {
                        unitClass = .other
                    }
                }
            }
            classes[index] = unitClass
            if (unitClass == .digit || unitClass == .letter) && !previousIsWord { wordStarts.append(index) }
            previousIsWord = unitClass.isWord
        }
        self.units = units
        self.classes = classes
        var numberStarts: [Int] = []
        var months: [Range<Int>] = []
        var yearLeadWords: [Range<Int>] = []
        for start in wordStarts {
            if classes[start] == .digit {
                numberStarts.append(start)
                continue
            }
            var end = start + 1
            while end < classes.count, classes[end] == .letter { end += 1 }
            guard end - start <= 9, let code = Self.letterCode(units[start..<end]) else { continue }
            let followedBy = end < classes.count ? classes[end] : .other
            if !followedBy.isWord, Self.monthCodes.contains(code) { months.append(start..<end) }
            if followedBy == .space, Self.yearLeadCodes.contains(code) { yearLeadWords.append(start..<end) }
        }
        self.numberStarts = numberStarts
        self.months = months
        self.yearLeadWords = yearLeadWords
    }

    /// `containsMonthWord || containsNumericDateShape || containsYear` of ``DateRecognizer`` (the
    /// pre-checks of the expression path) in one pass over the code units: a word of ASCII letters that is
    /// a month name, a digit then "." or "/" then a digit or I, V, X, or a run of four ASCII digits 18xx or
    /// 19xx. (Non-ASCII code units end runs of ASCII letters and digits, as non-ASCII bytes do in UTF-8.)
    static func mayHoldDate(_ units: [UInt16]) -> Bool {
        var letterRunStart = -1
        var digitRunStart = -1
        for index in 0...units.count {
            let unit = index < units.count ? units[index] : 0x20
            let isLetter = (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
            let isDigit = unit >= 0x30 && unit <= 0x39
            if isLetter {
                if letterRunStart < 0 { letterRunStart = index }
            } else if letterRunStart >= 0 {
                if (3...9).contains(index - letterRunStart), let code = letterCode(units[letterRunStart..<index]),
                    monthCodes.contains(code)
                {
                    return true
                }
                letterRunStart = -1
            }
            if isDigit {
                if digitRunStart < 0 { digitRunStart = index }
            } else if digitRunStart >= 0 {
                if index - digitRunStart == 4, units[digitRunStart] == 0x31,
                    units[digitRunStart + 1] == 0x38 || units[digitRunStart + 1] == 0x39
                {
                    return true
                }
                digitRunStart = -1
                if (unit == 0x2E || unit == 0x2F) && index + 1 < units.count {
                    switch units[index + 1] {
                    case 0x30...0x39, 0x49, 0x56, 0x58: return true
                    default: break
                    }
                }
            }
        }
        return false
    }

    /// The ASCII letters of a word of at most 12 letters, case ignored, as one number (5 bits a letter): a
    /// word compared with the month names and lead words without making a string of it.
    static func letterCode<Letters: Collection>(_ letters: Letters) -> UInt64? where Letters.Element: BinaryInteger {
        guard letters.count <= 12 else { return nil }
        var code: UInt64 = 0
        for letter in letters {
            let lower = UInt64(letter) | 0x20
            guard lower >= 0x61, lower <= 0x7A else { return nil }
            code = code << 5 | (lower - 0x60)
        }
        return code
    }

    private static let monthCodes: [UInt64] = DateRecognizer.monthNames.compactMap { letterCode(Array($0.0.utf8)) }
    /// `in|of|since|until|by|from|to` (the words before a bare year).
    private static let yearLeadCodes: [UInt64] = ["in", "of", "since", "until", "by", "from", "to"].compactMap {
        letterCode(Array($0.utf8))
    }

    /// The non-overlapping matches of `form`'s expression, leftmost first (as a regular expression search
    /// finds them: each search resumes where the last match ended).
    func matches(of form: DateRecognizer.Form) -> [Match] {
        let starts: [Int] =
            switch form {
            case .monthDayYear, .monthYear, .monthDay: months.map(\.lowerBound)
            case .dayMonthYear, .dayMonth: months.isEmpty ? [] : numberStarts
            case .roman, .slashDash, .dotted, .slashed: numberStarts
            case .year: yearLeadWords.map(\.lowerBound)
            }
        var result: [Match] = []
        var searchFrom = 0
        for start in starts where start >= searchFrom {
            if let match = match(form, at: start) {
                result.append(match)
                searchFrom = match.whole.upperBound
            }
        }
        return result
    }

    // MARK: Pieces of the expressions

    private func isWord(_ index: Int) -> Bool { index >= 0 && index < classes.count && classes[index].isWord }

    private func has(_ index: Int, _ ascii: Unicode.Scalar) -> Bool {
        index < units.count && units[index] == UInt16(ascii.value)
    }

    private func end(of unitClass: UnitClass, from index: Int) -> Int {
        var end = index
        while end < classes.count, classes[end] == unitClass { end += 1 }
        return end
    }

    /// A whole run of ASCII digits starting at `index` (empty if none).
    private func digits(at index: Int) -> Range<Int> { index..<end(of: .digit, from: index) }

    /// `\s+` at `index`: where it ends, or `nil` for no white space.
    private func spaces(at index: Int) -> Int? {
        let end = end(of: .space, from: index)
        return end > index ? end : nil
    }

    /// The optional `(?:st|nd|rd|th)` at `index`: where it ends (`index` when absent). When the suffix is
    /// present but the rest of the expression fails after it, leaving it out cannot help, since a letter
    /// then follows the digits where every expression wants white space, a comma or a non-word character.
    private func afterOrdinalSuffix(_ index: Int) -> Int {
        guard index + 1 < units.count, classes[index] == .letter, classes[index + 1] == .letter else { return index }
        switch (units[index] | 0x20, units[index + 1] | 0x20) {
        case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return index + 2  // st nd rd th
        default: return index
        }
    }

    /// The month name or abbreviation at `index`, if one starts there (see ``months``).
    private func month(at index: Int) -> Range<Int>? {
        months.first { $0.lowerBound == index }
    }

    /// `(\d{4}|\d{2})\b`: a run of exactly four or two digits at `index`, then a non-word character.
    private func yearOfFourOrTwo(at index: Int) -> Range<Int>? {
        let year = digits(at: index)
        guard year.count == 4 || year.count == 2, !isWord(year.upperBound) else { return nil }
        return year
    }

    /// `[IVX]` without case.
    private func isRomanNumeralLetter(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x49, 0x56, 0x58, 0x69, 0x76, 0x78: true
        default: false
        }
    }

    /// `\s+(\d{4})\b` at `index`: the year after the white space that must come first.
    private func spacedFourDigitYear(at index: Int) -> Range<Int>? {
        guard let yearStart = spaces(at: index) else { return nil }
        let year = digits(at: yearStart)
        return year.count == 4 && !isWord(year.upperBound) ? year : nil
    }

    /// `index` past `\.?,?` after a month name.
    private func afterOptionalDotAndComma(_ index: Int) -> Int {
        var index = index
        if has(index, ".") { index += 1 }
        if has(index, ",") { index += 1 }
        return index
    }

    /// `\d{1,2}` taken whole at `index`.
    private func dayOrMonthNumber(at index: Int) -> Range<Int>? {
        let run = digits(at: index)
        return (1...2).contains(run.count) ? run : nil
    }

    // MARK: The expressions

    /// The match of `form`'s expression starting at `start` (a word start), if any.
    private func match(_ form: DateRecognizer.Form, at start: Int) -> Match? {
        switch form {
        case .monthDayYear:
            // \b(M)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})\b: after a comma the space may be
            // missing ("November 16,1917").
            guard let month = month(at: start) else { return nil }
            var index = month.upperBound
            if has(index, ".") { index += 1 }
            guard let dayStart = spaces(at: index), let day = dayOrMonthNumber(at: dayStart) else { return nil }
            index = afterOrdinalSuffix(day.upperBound)
            let year: Range<Int>
            if has(index, ",") {
                let yearStart = spaces(at: index + 1) ?? index + 1
                let run = digits(at: yearStart)
                guard run.count == 4, !isWord(run.upperBound) else { return nil }
                year = run
            } else {
                guard let spaced = spacedFourDigitYear(at: index) else { return nil }
                year = spaced
            }
            return Match(
                whole: start..<year.upperBound, groups: [month, day, year], dateRange: start..<year.upperBound)
        case .dayMonthYear:
            // \b(\d{1,2})(?:st|nd|rd|th)?\s+(M)\.?,?\s+(\d{4})\b
            guard let day = dayOrMonthNumber(at: start),
                let monthStart = spaces(at: afterOrdinalSuffix(day.upperBound)),
                let month = month(at: monthStart),
                let year = spacedFourDigitYear(at: afterOptionalDotAndComma(month.upperBound))
            else { return nil }
            return Match(
                whole: start..<year.upperBound, groups: [day, month, year], dateRange: start..<year.upperBound)
        case .monthYear:
            // \b(M)\.?,?\s+(\d{4})\b
            guard let month = month(at: start),
                let year = spacedFourDigitYear(at: afterOptionalDotAndComma(month.upperBound))
            else { return nil }
            return Match(whole: start..<year.upperBound, groups: [month, year], dateRange: start..<year.upperBound)
        case .roman:
            // \b(\d{1,2})\.([IVX]{1,4})(?:\. ?| )(\d{4}|\d{2})\b: "24.III.50", "28.X. 1962", "29.X 62".
            guard let day = dayOrMonthNumber(at: start), has(day.upperBound, ".") else { return nil }
            let numeralStart = day.upperBound + 1
            var numeralEnd = numeralStart
            while numeralEnd < units.count, isRomanNumeralLetter(units[numeralEnd]) { numeralEnd += 1 }
            guard (1...4).contains(numeralEnd - numeralStart) else { return nil }
            let year: Range<Int>?
            if has(numeralEnd, ".") {
                // The expression tries the space first, then the year right after the full stop.
                year =
                    (has(numeralEnd + 1, " ") ? yearOfFourOrTwo(at: numeralEnd + 2) : nil)
                    ?? yearOfFourOrTwo(at: numeralEnd + 1)
            } else {
                year = has(numeralEnd, " ") ? yearOfFourOrTwo(at: numeralEnd + 1) : nil
            }
            guard let year else { return nil }
            return Match(
                whole: start..<year.upperBound, groups: [day, numeralStart..<numeralEnd, year],
                dateRange: start..<year.upperBound)
        case .slashDash:
            // \b(\d{1,2})/(\d{1,2})-(\d{2})\b
            guard let day = dayOrMonthNumber(at: start), has(day.upperBound, "/"),
                let month = dayOrMonthNumber(at: day.upperBound + 1), has(month.upperBound, "-")
            else { return nil }
            let year = digits(at: month.upperBound + 1)
            guard year.count == 2, !isWord(year.upperBound) else { return nil }
            return Match(
                whole: start..<year.upperBound, groups: [day, month, year], dateRange: start..<year.upperBound)
        case .dotted, .slashed:
            // \b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b(?!\.\d)   and   \b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b
            let separator: Unicode.Scalar = form == .dotted ? "." : "/"
            guard let first = dayOrMonthNumber(at: start), has(first.upperBound, separator),
                let second = dayOrMonthNumber(at: first.upperBound + 1), has(second.upperBound, separator),
                let year = yearOfFourOrTwo(at: second.upperBound + 1)
            else { return nil }
            if form == .dotted, has(year.upperBound, "."), year.upperBound + 1 < classes.count,
                classes[year.upperBound + 1] == .digit
            {
                return nil
            }
            return Match(
                whole: start..<year.upperBound, groups: [first, second, year], dateRange: start..<year.upperBound)
        case .monthDay:
            // \b(M)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![\d:.])
            guard let month = month(at: start) else { return nil }
            var index = month.upperBound
            if has(index, ".") { index += 1 }
            guard let dayStart = spaces(at: index), let day = dayOrMonthNumber(at: dayStart) else { return nil }
            let end = afterOrdinalSuffix(day.upperBound)
            guard !isWord(end), !has(end, ":"), !has(end, ".") else { return nil }
            return Match(whole: start..<end, groups: [month, day], dateRange: start..<end)
        case .dayMonth:
            // \b(\d{1,2})(?:st|nd|rd|th)?\s+(M)\b
            guard let day = dayOrMonthNumber(at: start),
                let monthStart = spaces(at: afterOrdinalSuffix(day.upperBound)),
                let month = month(at: monthStart)
            else { return nil }
            return Match(whole: start..<month.upperBound, groups: [day, month], dateRange: start..<month.upperBound)
        case .year:
            // \b(?:in|of|since|until|by|from|to)\s+(1[89]\d\d)\b
            guard let word = yearLeadWords.first(where: { $0.lowerBound == start }),
                let yearStart = spaces(at: word.upperBound)
            else { return nil }
            let year = digits(at: yearStart)
            guard year.count == 4, units[yearStart] == 0x31,
                units[yearStart + 1] == 0x38 || units[yearStart + 1] == 0x39,
                !isWord(year.upperBound)
            else { return nil }
            return Match(whole: start..<year.upperBound, groups: [year], dateRange: year)
        }
    }
}
