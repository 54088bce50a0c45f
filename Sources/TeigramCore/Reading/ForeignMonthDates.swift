/// Full dates written with a month name in another language than English: "16 апреля 1936 г.",
/// "28. April 1969" (German), "26 de octubre de 1962", "3 października 1963", "1962. október 26." — the
/// forms of the Russian, German, French, Spanish, Portuguese, Italian, Polish, Czech, Romanian and
/// Hungarian cables and pages Teigram reads. English month names stay with ``DateRecognizer``'s forms.
///
/// Only dates with day, month and a four-digit year are taken (a month word alone is too often an
/// ordinary word: "mai", "mars", "marca"), so every match is a full date; an impossible day (31 июня) is
/// no date. Ranges are UTF-16 offsets, like every ``RecognizedDate``.
enum ForeignMonthDates {
    /// Lower-case month names and their numbers: nominative and genitive where a language declines them.
    static let months: [String: Int] = {
        let table: [(Int, [String])] = [
            (
                1,
                [
                    "января", "январь", "januar", "jänner", "janvier", "enero", "janeiro", "gennaio", "stycznia",
                    "ledna",
                    "ianuarie", "január", "січня",
                ]
            ),
            (
                2,
                [
                    "февраля", "февраль", "februar", "février", "fevrier", "febrero", "fevereiro", "febbraio", "lutego",
                    "února", "februarie", "február", "лютого",
                ]
            ),
            (
                3,
                [
                    "марта", "март", "märz", "maerz", "mars", "marzo", "março", "marco", "marca", "března", "martie",
                    "március", "березня",
                ]
            ),
            (4, ["апреля", "апрель", "avril", "abril", "aprile", "kwietnia", "dubna", "aprilie", "április", "квітня"]),
            (5, ["мая", "май", "mai", "mayo", "maio", "maggio", "maja", "května", "május", "травня"]),
            (
                6,
                [
                    "июня", "июнь", "juni", "juin", "junio", "junho", "giugno", "czerwca", "června", "iunie", "június",
                    "червня",
                ]
            ),
            (
                7,
                [
                    "июля", "июль", "juli", "juillet", "julio", "julho", "luglio", "lipca", "července", "iulie",
                    "július",
                    "липня",
                ]
            ),
            (8, ["августа", "август", "août", "aout", "agosto", "sierpnia", "srpna", "augusztus", "серпня"]),
            (
                9,
                [
                    "сентября", "сентябрь", "septembre", "septiembre", "setiembre", "setembro", "settembre", "września",
                    "září", "septembrie", "szeptember", "вересня",
                ]
            ),
            (
                10,
                [
                    "октября", "октябрь", "oktober", "octobre", "octubre", "outubro", "ottobre", "października",
                    "října",
                    "octombrie", "október", "жовтня",
                ]
            ),
            (
                11,
                [
                    "ноября", "ноябрь", "novembre", "noviembre", "novembro", "listopada", "listopadu", "noiembrie",
                    "листопада",
                ]
            ),
            (
                12,
                [
                    "декабря", "декабрь", "dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre",
                    "grudnia", "prosince", "decembrie", "грудня",
                ]
            ),
        ]
        var result: [String: Int] = [:]
        for (number, names) in table { for name in names { result[name] = number } }
        return result
    }()

    /// German month names spelt as the English ones, taken only in the German form with the day's period
    /// ("28. April 1969"); written "28 April 1969" they are English dates of ``DateRecognizer``.
    static let germanMonthsAsInEnglish: [String: Int] = ["april": 4, "august": 8, "september": 9, "november": 11]

    /// A word or a number of the text, with its UTF-16 range.
    struct Token {
        enum Kind { case number, word, period, comma, other }
        var kind: Kind
        var range: Range<Int>
    }

    /// The full foreign-month dates of `units`, leftmost first, not overlapping.
    static func dates(in units: [UInt16]) -> [RecognizedDate] {
        let tokens = tokenize(units)
        /// The month a word token names, made into a string only where a date could stand.
        func month(_ index: Int) -> Int? {
            guard index < tokens.count, tokens[index].kind == .word, (3...12).contains(tokens[index].range.count) else {
                return nil
            }
            return months[UTF16Text.string(units[tokens[index].range]).lowercased()]
        }
        func isDe(_ index: Int) -> Bool {
            index < tokens.count && tokens[index].kind == .word && tokens[index].range.count == 2
                && units[tokens[index].range.lowerBound] | 0x20 == 0x64
                && units[tokens[index].range.lowerBound + 1] | 0x20 == 0x65
        }
        func number(_ index: Int, digits: ClosedRange<Int>) -> Int? {
            guard index < tokens.count, tokens[index].kind == .number, digits.contains(tokens[index].range.count) else {
                return nil
            }
            return Int(UTF16Text.string(units[tokens[index].range]))
        }
        /// "16 апреля 1936", "28. Oktober 1969", "26 de octubre de 1962", "3 października, 1963".
        func dayMonthYear(from start: Int) -> (RecognizedDate, Int)? {
            var index = start
            guard let day = number(index, digits: 1...2) else { return nil }
            index += 1
            let dayHasPeriod = index < tokens.count && tokens[index].kind == .period
            if dayHasPeriod { index += 1 }
            let afterDay = index
            if isDe(index) { index += 1 }
            // A German month spelt as in English stands right after the day's period ("29. September").
            guard let month = month(index) ?? (dayHasPeriod && index == afterDay ? germanMonthAsInEnglish(index) : nil)
            else { return nil }
            index += 1
            if index < tokens.count, tokens[index].kind == .period || tokens[index].kind == .comma { index += 1 }
            if isDe(index) { index += 1 }
            guard let year = number(index, digits: 4...4) else { return nil }
            var end = tokens[index].range.upperBound
            // The Russian year word belongs to the date: "1936 г.", "1942 года".
            if index + 1 < tokens.count, tokens[index + 1].kind == .word,
                ["г", "года", "год"].contains(UTF16Text.string(units[tokens[index + 1].range]))
            {
                index += 1
                end = tokens[index].range.upperBound
                if index + 1 < tokens.count, tokens[index + 1].kind == .period, tokens[index].range.count == 1 {
                    index += 1
                    end = tokens[index].range.upperBound
                }
            }
            let range = tokens[start].range.lowerBound..<end
            return make(year: year, month: month, day: day, range: range).map { ($0, index + 1) }
        }
        /// A German month written as in English, after a day with its period: "29. September 1989".
        func germanMonthAsInEnglish(_ index: Int) -> Int? {
            guard index < tokens.count, tokens[index].kind == .word, (5...9).contains(tokens[index].range.count) else {
                return nil
            }
            return germanMonthsAsInEnglish[UTF16Text.string(units[tokens[index].range]).lowercased()]
        }
        /// Hungarian order: "1962. október 26".
        func yearMonthDay(from start: Int) -> (RecognizedDate, Int)? {
            guard let year = number(start, digits: 4...4), start + 3 < tokens.count, tokens[start + 1].kind == .period,
                let month = month(start + 2), let day = number(start + 3, digits: 1...2)
            else { return nil }
            let range = tokens[start].range.lowerBound..<tokens[start + 3].range.upperBound
            return make(year: year, month: month, day: day, range: range).map { ($0, start + 4) }
        }
        var found: [RecognizedDate] = []
        var index = 0
        while index < tokens.count {
            if let (date, next) = dayMonthYear(from: index) ?? yearMonthDay(from: index) {
                found.append(date)
                index = next
            } else {
                index += 1
            }
        }
        return found
    }

    private static func make(year: Int, month: Int, day: Int, range: Range<Int>) -> RecognizedDate? {
        guard (1000...2999).contains(year), day >= 1, day <= DateRecognizer.daysIn(month: month, year: year) else {
            return nil
        }
        return RecognizedDate(
            range: range, iso: DateRecognizer.isoDay(year: year, month: month, day: day), certainty: nil, year: year)
    }

    /// Numbers (ASCII digits), words (runs of letters), periods, commas and other characters, by UTF-16
    /// range; white space only separates.
    static func tokenize(_ units: [UInt16]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit >= 0x30 && unit <= 0x39 {
                let start = index
                while index < units.count, units[index] >= 0x30 && units[index] <= 0x39 { index += 1 }
                tokens.append(Token(kind: .number, range: start..<index))
            } else if isLetter(unit) {
                let start = index
                while index < units.count, isLetter(units[index]) { index += 1 }
                tokens.append(Token(kind: .word, range: start..<index))
            } else if unit == 0x2E || unit == 0x2C {
                tokens.append(Token(kind: unit == 0x2E ? .period : .comma, range: index..<(index + 1)))
                index += 1
            } else if unit == 0x20 || unit == 0xA0 || unit == 0x09 || unit == 0x0A {
                index += 1
            } else {
                // Anything else separates: a token no rule accepts.
                tokens.append(Token(kind: .other, range: index..<(index + 1)))
                index += 1
            }
        }
        return tokens
    }

    /// ASCII letters, Latin-1 and Latin Extended letters, Cyrillic (no surrogates: no month name needs them).
    static func isLetter(_ unit: UInt16) -> Bool {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
            || (unit >= 0xC0 && unit <= 0x24F && unit != 0xD7
                && unit != 0xF7)
            || (unit >= 0x400 && unit <= 0x4FF)
    }
}
