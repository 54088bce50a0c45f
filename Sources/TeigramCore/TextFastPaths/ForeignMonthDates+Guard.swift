extension ForeignMonthDates {
    /// A necessary condition of ``dates(in:)`` finding a date in `units`, tested without making tokens: some
    /// run of exactly four ASCII digits (the year token of both forms) has a month name of ``months`` where a
    /// form puts one, with only white space of the tokenizer between the tokens:
    ///
    /// - before it: the month, at most one "." or ",", at most one word "de", then the year
    ///   ("16 апреля 1936", "26 de octubre de 1962", "3 października, 1963");
    /// - after it: the year, ".", then the month (Hungarian "1962. október 26").
    ///
    /// Words, numbers and separators are those of ``tokenize(_:)`` (a word is a maximal run of letters, a
    /// number a maximal run of digits), and a month is recognised by the same lookup as ``dates(in:)``, so
    /// every date that function finds passes. Tokenizing every text unit with a year cost more than looking
    /// at the words around each year (see `BENCHMARKS.md`, issue 12); `FastPathTests` holds the two together
    /// on every line of the real telegrams and on generated dates.
    static func mayHoldDateAroundYear(_ units: [UInt16]) -> Bool {
        var index = 0
        while index < units.count {
            guard isDigit(units[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < units.count, isDigit(units[index]) { index += 1 }
            if index - start == 4, monthBefore(start, in: units) || monthAfter(index, in: units) { return true }
        }
        return false
    }

    /// Whether a month name ends the tokens before the year at `yearStart`: month, then at most one "." or
    /// ",", then at most one "de".
    private static func monthBefore(_ yearStart: Int, in units: [UInt16]) -> Bool {
        var end = skippingSpaceBackwards(from: yearStart, in: units)
        let last = wordStart(endingAt: end, in: units)
        if end - last == 2, units[last] | 0x20 == 0x64, units[last + 1] | 0x20 == 0x65 {
            end = skippingSpaceBackwards(from: last, in: units)
        }
        if end > 0, units[end - 1] == 0x2E || units[end - 1] == 0x2C {
            end = skippingSpaceBackwards(from: end - 1, in: units)
        }
        let word = wordStart(endingAt: end, in: units)..<end
        if isMonth(word, in: units) { return true }
        // "29. September 1989": a German month spelt as in English counts after a day's period.
        let beforeWord = skippingSpaceBackwards(from: word.lowerBound, in: units)
        return beforeWord > 0 && units[beforeWord - 1] == 0x2E && (5...9).contains(word.count)
            && germanMonthsAsInEnglish[UTF16Text.string(units[word]).lowercased()] != nil
    }

    /// Whether "." and then a month name follow the year ending at `yearEnd`.
    private static func monthAfter(_ yearEnd: Int, in units: [UInt16]) -> Bool {
        var start = skippingSpaceForwards(from: yearEnd, in: units)
        guard start < units.count, units[start] == 0x2E else { return false }
        start = skippingSpaceForwards(from: start + 1, in: units)
        var end = start
        while end < units.count, isLetter(units[end]) { end += 1 }
        return isMonth(start..<end, in: units)
    }

    /// The month lookup of ``dates(in:)``: a word of 3 to 12 units whose lower-cased form is in ``months``.
    private static func isMonth(_ word: Range<Int>, in units: [UInt16]) -> Bool {
        guard (3...12).contains(word.count) else { return false }
        return months[UTF16Text.string(units[word]).lowercased()] != nil
    }

    /// The start of the maximal run of letters that ends at `end` (`end` itself when none does).
    private static func wordStart(endingAt end: Int, in units: [UInt16]) -> Int {
        var start = end
        while start > 0, isLetter(units[start - 1]) { start -= 1 }
        return start
    }

    private static func skippingSpaceBackwards(from offset: Int, in units: [UInt16]) -> Int {
        var index = offset
        while index > 0, isSpace(units[index - 1]) { index -= 1 }
        return index
    }

    private static func skippingSpaceForwards(from offset: Int, in units: [UInt16]) -> Int {
        var index = offset
        while index < units.count, isSpace(units[index]) { index += 1 }
        return index
    }

    private static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    /// The white space ``tokenize(_:)`` skips between tokens.
    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0xA0 || unit == 0x09 || unit == 0x0A
    }
}
