import Testing

@testable import TeigramCore

/// Titles and pages of document editions: a FRUS memorandum's office-holder in parentheses, a German
/// edition's numbered title and its trailing date, a writer's possessive before the kind of document, a
/// title's date after a semicolon, a summary's reporter behind a title in lower-case words, and a wiki's
/// tagline above the text.
@Suite("Numbered headings and wiki pages")
struct NumberedHeadingAndWikiPageTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    static let body = "Soviet Embassy Minister-Counselor Isakov invited Mark to a working lunch today."

    @Test(arguments: [
        "295. Information Memorandum From the Assistant Secretary of State for European and Canadian Affairs (Burt) to Secretary of State Shultz1",
        "Memorandum From the Assistant Secretary of State (Burt) to Secretary of State Shultz",
        "296. Action Memorandum From the Assistant Secretary of State (Burt) to Secretary of State Shultz",
    ])
    func aFRUSMemorandumsSenderIsTheOfficeHolderInParentheses(title: String) throws {
        let read = try metadata(title + "\n\n" + Self.body + "\n")
        #expect(read.senderParts.person == "Burt")
    }

    @Test func aRoleThatEndsInATitleWordIsNoNameBeforeItsParenthesis() {
        #expect(CorrespondentReader.endsWithTitleWord("Assistant Secretary of State"))
        #expect(CorrespondentReader.endsWithTitleWord("Secretary of State for External Affairs"))
        #expect(!CorrespondentReader.endsWithTitleWord("Ambassador Smith"))
    }

    @Test func aGermanEditionsNumberedTitleGivesItsCorrespondentsWithoutNumberOrDate() throws {
        let pair = EuropeanTitle.split("Nr. 156. Der Botschafter in Rom an das Auswärtige Amt, 25. Juli 1914")
        #expect(pair?.sender == "Botschafter in Rom")
        #expect(pair?.recipient == "Auswärtige Amt")
    }

    @Test func amtIsAnOfficeWord() {
        #expect(CorrespondentReader.isOffice("Auswärtige Amt"))
    }

    @Test(arguments: [
        ("Ambassador R.K. Nehru's Letter to Chairman Mao", "R. K. Nehru"),
        ("Ambassador R.K. Nehru’s Telegram to Chairman Mao", "R. K. Nehru"),
    ])
    func aWritersPossessiveBeforeTheKindOfDocumentNamesTheSender(title: String, sender: String) throws {
        let read = try metadata(title + "\n\n" + Self.body + "\n")
        #expect(read.senderParts.person == sender)
    }

    @Test func aTitlesDateAfterASemicolonIsNoPartOfTheAddressee() throws {
        let read = try metadata(
            "The German Ambassador in the Soviet Union (Schulenburg) to the German Foreign Office; May 29, 1940\n\n"
                + Self.body + "\n")
        #expect(read.recipient?.hasSuffix("German Foreign Office") == true)
    }

    @Test(arguments: [
        ("Chargé d’ affaires ad interim Miklós Vass reports on secret documents.", "Miklós Vass"),
        ("Saul reports on the aftermath of the events.", "Saul"),
    ])
    func aSummarysReporterMayFollowATitleInLowerCaseWords(summary: String, person: String) {
        #expect(MetadataReader.summaryReporter([TextUnit(line: 1, text: summary)]) == person)
    }

    @Test(arguments: [
        "The Chinese ambassador to India reports on the talks.",  // a role and its post, no name
        "This cable reports on the talks.",
    ])
    func aSummaryOpeningWithoutANameNamesNoReporter(summary: String) {
        #expect(MetadataReader.summaryReporter([TextUnit(line: 1, text: summary)]) == nil)
    }

    @Test func aWikisTaglineIsChrome() {
        #expect(PageReader.isWikiTagline("From World War I Document Archive\nJump to navigation Jump to search"))
        #expect(PageReader.isWikiTagline("From Wikisource\nJump to navigation\nJump to search"))
        #expect(!PageReader.isWikiTagline("From Moscow to Warsaw"))
    }

    @Test func aWikisTaglineNamesNoOrigin() throws {
        let read = try metadata(
            """
            Nr. 156. Der Botschafter in Rom an das Auswärtige Amt, 25. Juli 1914

            From World War I Document Archive
            Jump to navigation Jump to search

            In mehrstündiger ziemlich erregter Konferenz mit Ministerpräsident Salandra führte letzterer aus.

            """)
        #expect(read.origin != "World War I Document Archive")
    }

    @Test(arguments: [
        ("dodis.ch/48692Notiz des Generalsekretärs", "dodis.ch/48692"),
        ("dodis.ch/45445 Der schweizerische Geschäftsträger", "dodis.ch/45445"),
    ])
    func aRecordIdentifierRunIntoTheTitleEndsBeforeIt(line: String, identifier: String) {
        #expect(PageReader.leadingRecordIdentifierEnd(line).map { String(line[..<$0]) } == identifier)
    }

    @Test func aRecordIdentifierAloneOrAnAddressInProseIsNoLeadingIdentifier() {
        #expect(PageReader.leadingRecordIdentifierEnd("dodis.ch/44005") == nil)
        #expect(PageReader.leadingRecordIdentifierEnd("see dodis.ch/44005 for the text") == nil)
    }

    @Test func aGermanTitleAfterARecordIdentifierGivesItsCorrespondents() throws {
        let read = try metadata(
            "dodis.ch/48692Notiz des Generalsekretärs des Politischen Departements, A. Weitnauer, an den "
                + "Vorsteher des Politischen Departements, P. Graber1\n\n"
                + "Botschafter Gerassimow sucht mich am 18. Februar 1977 um 18 Uhr auf.\n")
        #expect(read.senderParts.person == "A. Weitnauer")
        #expect(read.recipientParts.first?.person == "P. Graber")
    }
}
