import Testing

@testable import TeigramCore

/// A FRUS source note's codewords, "Official Use Only", a registry line's markings, a dispatch cell's date
/// that is no place, a dateline's year after a comma without a space, a FRUS telegram's number below a
/// long opener, and an image's alternative text that is site chrome.
@Suite("Markings and dispatch lines")
struct MarkingsAndDispatchLineTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    @Test func aSourceNotesCodewordsAreMarkingsAfterItsSecurityLevel() {
        #expect(
            MetadataReader.sourceNoteMarkings("Top Secret; Priority; Alpha; Limit Distribution")
                == ["Top Secret", "Priority", "Alpha", "Limit Distribution"])
    }

    @Test(arguments: [
        "Secret; Drafted by Smith",  // a lower-case word: no marking
        "Alpha; Priority",  // no security level first
        "Repeated to London; Paris",
    ])
    func aSourceNoteSentenceOfOtherWordsHasNoMarkings(sentence: String) {
        #expect(MetadataReader.sourceNoteMarkings(sentence).isEmpty)
    }

    @Test func officialUseOnlyIsAClassification() {
        #expect(PageReader.isClassification("official use only"))
        #expect(!PageReader.isClassification("official"))
    }

    @Test func aRegistryLinesMarkingsAfterAFileReferenceAreRead() {
        #expect(
            MetadataReader.classificationAfterNumber("114-12489/74 strictly confidential") == ["strictly confidential"])
        #expect(MetadataReader.classificationAfterNumber("114-12489/74 strictly speaking").isEmpty)
    }

    @Test func immediatelyIsAHandlingTerm() {
        #expect(PageReader.isClassification("immediately"))
    }

    @Test(arguments: [
        ("London, 16 August 19561", "London, 16 August 1956"),
        ("Fiuggi, den 24. Juli 19142", "Fiuggi, den 24. Juli 1914"),
        ("London, 16 August 195612 ", "London, 16 August 1956"),
    ])
    func aFootnoteMarkAfterADatelinesYearIsLeftOut(line: String, expected: String) {
        #expect(MetadataReader.withoutFootnoteMarkAfterYear(line) == expected)
    }

    @Test(arguments: ["Telegram No. 23561", "Ciphergram 1934567", "Room 3012", "London, 16 August 1956", "No.19561"])
    func aLineWithoutAYearAndAMarkIsUnchanged(line: String) {
        #expect(MetadataReader.withoutFootnoteMarkAfterYear(line) == line)
    }

    @Test func aDatelineWithAFootnoteMarkAfterItsYearGivesTheDateAndThePlace() throws {
        let read = try metadata(
            """
            Letter from Frank Biggar to Seán Murphy (Dublin)

            London, 16 August 19561

            I had a conversation yesterday evening with Mr. Rumbold about the Conference.

            1 The letter is in the Department's files.
            """)
        #expect(read.date?.iso == "1956-08-16")
        #expect(read.origin == "London")
    }

    @Test func aGermanTelegramsNumberIsReadAndTheEditionsNumberIsNot() throws {
        let read = try metadata(
            """
            Nr. 156. Der Botschafter in Rom an das Auswärtige Amt, 25. Juli 1914

            Nr. 156

            Telegramm 20                               Fiuggi, den 24. Juli 1914

            In mehrstündiger Konferenz mit Ministerpräsident Salandra führte er aus, daß nichts geschehen sei.
            """)
        #expect(read.number == "20")
    }

    @Test(arguments: [("Moscow", "Moscow"), ("Cuba", nil)])
    func aMinistrysDeskNamesThePlaceOfDispatchOnlyAsAPost(desk: String, origin: String?) throws {
        let text = """
            Cable from the Chinese Embassy, 'On the Situation'

            From the \(desk) Desk

            The talks went on in good order and the embassy reports the following.
            """
        let read = try metadata(text)
        #expect(read.origin == desk)
        #expect(read.originIsInferred)
        let encoded = try TelegramEncoder(authority: Shared.corpusAuthority).encode(
            bytes: Array(text.utf8), path: "t.txt", documentID: "t")
        let sent = try #require(encoded.xml.range(of: "<correspAction type=\"sent\">"))
        let action = encoded.xml[sent.upperBound...].components(separatedBy: "</correspAction>")[0]
        #expect(action.contains(">\(desk)</placeName>") == (origin != nil))
    }

    @Test func aDispatchCellsDateIsNoPlace() {
        #expect(MetadataReader.dispatchCellPlace("Sent: June 14, 1974, 08:55 hours") == nil)
        #expect(MetadataReader.dispatchCellPlace("Sent: China 00:45 Year Month 25") == "China")
    }

    @Test func aDatelinesYearAfterACommaWithoutASpaceIsRead() throws {
        let date = try #require(DateRecognizer().firstFullDate(in: "PETROGRAD, November 16,1917."))
        #expect(date.iso == "1917-11-16")
    }

    /// An Avalon copy of a FRUS telegram: the site's image text, the volume's heading, the file number, the
    /// title, the editor's "[Telegram]" and receipt lines, then the text opening with the number.
    static let avalonTelegram = """
        Logo
        Foreign Relations of the United States : 1918 The November Revolution
        The Ambassador in Russia (Francis) to the Secretary of State

        File No. 861.00/678

        The Ambassador in Russia (Francis) to the Secretary of State(1)

        [Telegram]

        PETROGRAD, November 16,1917.

        [Received November 19, 4.20 p.m.]

        1983. Last cable from Department unnumbered, dated November 3. Situation here mixed, forces composed \
        of soldiers and sailors command the city. Comparative quiet prevails here.

        FRANCIS
        """

    @Test func aFRUSTelegramsNumberOpensItsTextBelowALongOpener() throws {
        #expect(try metadata(Self.avalonTelegram).number == "1983")
    }

    @Test func anImagesAlternativeTextIsNoTitle() throws {
        let title = try metadata(Self.avalonTelegram).title
        #expect(!title.isEmpty)
        #expect(!title.contains("Logo"))
    }
}
