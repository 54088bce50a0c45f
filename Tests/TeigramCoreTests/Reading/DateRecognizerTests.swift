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
