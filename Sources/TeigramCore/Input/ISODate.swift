/// ISO 8601 calendar dates as TEI's `@when` takes them here.
public enum ISODate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally `THH:MM(:SS)` — with real month and day values.
    public static func isValid(_ value: String) -> Bool {
        let parts = value.split(separator: "T", maxSplits: 1)
        guard let datePart = parts.first else { return false }
        let fields = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields[0].count == 4, let year = Int(fields[0]) else { return false }
        if fields.count >= 2 {
            guard fields[1].count == 2, let month = Int(fields[1]), (1...12).contains(month) else { return false }
            if fields.count == 3 {
                guard fields[2].count == 2, let day = Int(fields[2]), day >= 1,
                    day <= DateRecognizer.daysIn(month: month, year: year)
                else { return false }
            }
        }
        if parts.count == 2 {
            guard fields.count == 3, isValidTime(String(parts[1])) else { return false }
        }
        return true
    }

    /// `HH:MM` or `HH:MM:SS`.
    public static func isValidTime(_ value: String) -> Bool {
        let fields = value.split(separator: ":")
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0.count == 2 && Int($0) != nil }),
            let hour = Int(fields[0]), let minute = Int(fields[1]), hour < 24, minute < 60
        else { return false }
        if fields.count == 3, let second = Int(fields[2]), second >= 60 { return false }
        return true
    }

    /// The earliest day the value can mean ("1950-05" → "1950-05-01"), for ordering checks.
    public static func lowerBound(_ value: String) -> String {
        let date = String(value.prefix(10))
        switch date.count {
        case 4: return date + "-01-01"
        case 7: return date + "-01"
        default: return date
        }
    }

    /// The latest day the value can mean ("1950-05" → "1950-05-31").
    public static func upperBound(_ value: String) -> String {
        let date = String(value.prefix(10))
        switch date.count {
        case 4: return date + "-12-31"
        case 7:
            let year = Int(date.prefix(4)) ?? 2000
            let month = Int(date.suffix(2)) ?? 12
            return date + "-" + String(DateRecognizer.daysIn(month: month, year: year))
        default: return date
        }
    }
}

/// A day of the proleptic Gregorian calendar, for reckoning intervals between dates a document gives.
public struct CalendarDay: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a day; `nil` unless the month and day exist in that year.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= DateRecognizer.daysIn(month: month, year: year) else {
            return nil
        }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// The day of an ISO value with a day (`YYYY-MM-DD`, a time after it ignored); `nil` for coarser values.
    public init?(iso: String) {
        let fields = iso.prefix(10).split(separator: "-")
        guard iso.count >= 10, fields.count == 3, let year = Int(fields[0]), let month = Int(fields[1]),
            let day = Int(fields[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var iso: String { DateRecognizer.isoDay(year: year, month: month, day: day) }

    /// Days from 1 March of year 0 (a day count in which leap days fall at the end of a year).
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let shiftedMonth = (month + 9) % 12
        return 365 * shiftedYear + shiftedYear / 4 - shiftedYear / 100 + shiftedYear / 400
            + (153 * shiftedMonth + 2) / 5 + day - 1
    }

    /// Days from `other` to this day (negative when this day is earlier).
    public func days(since other: CalendarDay) -> Int { dayNumber - other.dayNumber }
}
