import Testing
@testable import TeigramCore

@Suite("Dates in every form the corpus uses")
struct DateRecognizerTests {
    let recognizer = DateRecognizer(contextYear: 1949)

    @Test(arguments: [
        ("May 15, 1949", "1949-05-15", nil as String?),
        ("Jan 13 1950", "1950-01-13", nil),
        ("15 May 1949", "1949-05-15", nil),
        ("8 January 1949.", "1949-01-08", nil),
        ("the end of March 1950", "1950-03", nil),
        ("10.IV.50. [A.] IGNATIEV", "1950-04-10", nil),
        ("28.VII.1948", "1948-07-28", nil),
        ("13/5-50. Roshchin", "1950-05-13", nil),
        ("13.1.1951", "1951-01-13", nil),
        ("13.1.51 ROSHCHIN", "1951-01-13", nil),
        ("directive dated 13.10.50 I had", "1950-10-13", nil),
        ("Sent by wire on 10/14/50 at 03:15", "1950-10-14", nil),
        ("received at 2300 23 October 1949", "1949-10-23", nil),
        ("on 23 October the", "1949-10-23", "medium"),
        ("Today on May 13, at 23 hours", "1949-05-13", "medium"),
        ("in 1947 he was", "1947", nil),
        ("[date left blank] October 1948", "1948-10", nil),
        ("on 5/4/50", "1950-04-05", "low"),
    ])
    func recognises(_ text: String, _ iso: String, _ certainty: String?) throws {
        let date = try #require(recognizer.dates(in: text).first, "no date found in '\(text)'")
        #expect(date.iso == iso)
        #expect(date.certainty == certainty)
    }

    @Test func impossibleDatesAreNotRecognised() {
        #expect(recognizer.dates(in: "on 31 June 1950").isEmpty)
        #expect(recognizer.dates(in: "30.II.50").isEmpty)
        #expect(recognizer.dates(in: "13/13/50").isEmpty)
    }

    @Test func yearIsNeverGuessedWithoutContext() {
        #expect(DateRecognizer(contextYear: nil).dates(in: "on 23 October the").isEmpty)
    }

    @Test func numbersThatAreNotDatesStayNumbers() {
        #expect(recognizer.dates(in: "No. 1443 and 18,000 kilometers, the 38th parallel").isEmpty)
        #expect(recognizer.dates(in: "we may be ready").isEmpty)
    }

    @Test func isoValidation() {
        #expect(ISODate.isValid("1950-05-13"))
        #expect(ISODate.isValid("1950"))
        #expect(ISODate.isValid("1950-02"))
        #expect(!ISODate.isValid("1950-02-30"))
        #expect(!ISODate.isValid("15.05.1949"))
        #expect(ISODate.isValid("1950-05-13T23:30:00"))
        #expect(!ISODate.isValid("1950-05-13T25:30"))
    }
}

@Suite("Full dates with month names of other languages")
struct ForeignMonthDateTests {
    let recognizer = DateRecognizer()

    @Test(arguments: [
        ("16 апреля 1936 г.", "1936-04-16", "16 апреля 1936 г."),
        ("6 мая 1942 года.", "1942-05-06", "6 мая 1942 года"),
        ("Berlin, den 28. Oktober 1969", "1969-10-28", "28. Oktober 1969"),
        ("La Habana, 26 de octubre de 1962", "1962-10-26", "26 de octubre de 1962"),
        ("Rio de Janeiro, 3 de outubro de 1962", "1962-10-03", "3 de outubro de 1962"),
        ("Warszawa, 3 października 1963", "1963-10-03", "3 października 1963"),
        ("Praha 31. října 1962", "1962-10-31", "31. října 1962"),
        ("Budapest, 1962. október 26.", "1962-10-26", "1962. október 26"),
        ("Paris, le 12 décembre 1956", "1956-12-12", "12 décembre 1956"),
        ("Berlin, den 29. September 1989", "1989-09-29", "29. September 1989"),
        ("Bonn, 3.April 1990", "1990-04-03", "3.April 1990"),
    ])
    func aFullDateIsRecognised(text: String, iso: String, written: String) throws {
        let date = try #require(recognizer.firstFullDate(in: text))
        #expect(date.iso == iso)
        #expect(UTF16Text.substring(text, date.range) == written)
    }

    @Test func anImpossibleDayIsNoDate() {
        #expect(recognizer.firstFullDate(in: "31 июня 1950") == nil)
    }

    @Test func aMonthWordWithoutDayAndYearIsNoDate() {
        #expect(recognizer.dates(in: "mai 12 hommes et 1950 femmes").isEmpty)
        #expect(recognizer.dates(in: "в марте было 1950 человек").isEmpty)
    }

    @Test func aGermanDateWinsOverTheEnglishMonthAndYearInsideIt() {
        let dates = recognizer.dates(in: "Brief an Erich Honecker, 29. September 1989; im September 1989")
        #expect(dates.map(\.iso) == ["1989-09-29", "1989-09"])
    }

    @Test func anEnglishDateKeepsItsOwnForm() throws {
        let dates = recognizer.dates(in: "On 28 April 1969 and 16 апреля 1936")
        #expect(dates.map(\.iso) == ["1969-04-28", "1936-04-16"])
    }
}
