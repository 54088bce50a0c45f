import Testing

@testable import TeigramCore

@Suite("Calendar days")
struct CalendarDayTests {
    @Test func daysAcrossALeapDayAndAYearEnd() throws {
        let start = try #require(CalendarDay(iso: "1964-02-28"))
        #expect(try #require(CalendarDay(iso: "1964-03-01")).days(since: start) == 2)
        #expect(
            try #require(CalendarDay(iso: "1965-01-01")).days(since: try #require(CalendarDay(iso: "1964-12-31"))) == 1)
    }

    @Test func aDayThatDoesNotExistIsNone() {
        #expect(CalendarDay(year: 1963, month: 2, day: 29) == nil)
        #expect(CalendarDay(iso: "1963-05") == nil)
    }
}
