import Testing

@testable import TeigramCore

/// A ciphergram's reporter as its sender, a form's caveats and footnote marks after an addressee, a form's
/// sending office that is no place, Roman-numeral months before a spaced year, an OCR'd routing block's
/// lower-case precedence and its release stamp, a title that lost its names, a scan's stray marks after a
/// text's last sentence, and a person too young to correspond.
@Suite("Cipher forms and scanned fields")
struct CipherFormAndScanFieldsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    func units(_ lines: [String]) -> [TextUnit] {
        lines.enumerated().map { TextUnit(line: $0.offset + 1, text: $0.element) }
    }

    @Test(arguments: [
        ("Comrade Olszowski relays the following:", "Olszowski"),
        ("Comrade Strzałkowski in dispatch No. 65 of 2/6/69 states:", "Strzałkowski"),
        ("Cde. Jan Nowak reports as follows:", "Jan Nowak"),
    ])
    func aCiphergramsReportingComradeIsItsSender(line: String, name: String) {
        #expect(MetadataReader.reportingComradeSender(units(["To Comrade Czyrek:", line])) == name)
    }

    @Test(arguments: [
        "Comrade Olszowski relays the following",  // no colon: a sentence of the text
        "Comrade Olszowski said that the following:",  // no verb of reporting
        "Comrade the ambassador reports:",  // no name
    ])
    func otherComradeLinesNameNoSender(line: String) {
        #expect(MetadataReader.reportingComradeSender(units([line])) == nil)
    }

    static let ciphergram = """
        October 30, 1962

        Telegram from Polish Embassy in Washington (Drozniak), 30 October 1962

        Ciphergram No. 16028

        To: [Foreign Ministry Director Eugeniusz] MILNIKIEL,1 URGENT, EYES ONLY

        From: [Ambassador Edward] DROŻNIAK2

        The administration is not going to exploit the withdrawal of the missiles for propaganda purposes.
        """

    @Test func anAddresseeFieldsCaveatsAfterAFootnoteMarkAreMarkings() throws {
        let read = try metadata(Self.ciphergram)
        #expect(read.recipient == "Eugeniusz MILNIKIEL")
        #expect(read.classification.map { $0.lowercased() }.contains("urgent"))
        #expect(read.classification.map { $0.lowercased() }.contains("eyes only"))
    }

    static func yugoslavForm(sending: String) -> String {
        """
        October 28, 1962

        Telegram from Yugoslav Embassy in Rio (Barišić) to Yugoslav Foreign Ministry

        Ministry of Foreign Affairs, FPRY

        Sending: \(sending)

        Received: 29.X 62 at 07.00

        No. 405

        This evening we received the President's reply, which follows in translation.
        """
    }

    @Test func aYugoslavFormsSendingPlaceIsTheOriginAndItsReceiptIsRead() throws {
        let read = try metadata(Self.yugoslavForm(sending: "Rio de Janeiro"))
        #expect(read.origin == "Rio de Janeiro")
        #expect(read.receivedDate?.iso == "1962-10-29")
    }

    @Test func aFormsSendingOfficeIsNoOrigin() throws {
        #expect(try metadata(Self.yugoslavForm(sending: "IV department")).origin != "IV department")
    }

    @Test(arguments: [("29.X 62", "1962-10-29"), ("28.X. 1962", "1962-10-28"), ("24.III.50", "1950-03-24")])
    func aRomanMonthIsReadBeforeASpacedOrDottedYear(text: String, iso: String) throws {
        #expect(try #require(DateRecognizer().firstFullDate(in: "Received: \(text) at 07.00")).iso == iso)
    }

    /// A released cable's scan: the review's stamp above the original's marking, an OCR'd precedence in
    /// lower case, and a declassification date on the E.O. line.
    static let releasedCable = """
        UNCLASSIFIED
        RELEASED IN FULL
        CONFIDENTIAL
        PAGE 01 SARAJE 02528 01 OF 03 221623Z
        o 221607Z JUL 96
        FM AMEMBASSY SARAJEVO
        TO SECSTATE WASHDC IMMEDIATE 3216
        CON F IDE N T I A L SECTION 01 OF 03 SARAJEVO 002528
        E.O. 12958: DECL: 07/21/06
        TAGS: PREL, PGOV, BK
        SUBJECT: TALKS IN PALE
        1. (C) SUMMARY: THE DELEGATION TOLD US IN PALE JULY 22 THAT COMMITMENTS WILL BE UPHELD.
        """

    @Test func anOCRdPrecedenceInLowerCaseOpensTheDateTimeGroup() throws {
        #expect(try metadata(Self.releasedCable).date?.iso == "1996-07-22T16:07:00Z")
    }

    @Test func aReleaseStampAmongTheRoutingBlocksMarkingsIsNoClassification() throws {
        let markings = try metadata(Self.releasedCable).classification.map { $0.lowercased() }
        #expect(markings.contains("confidential"))
        #expect(!markings.contains("unclassified"))
    }

    @Test func functionWordsAloneAreNoCorrespondent() {
        #expect(!CorrespondentReader.isCorrespondentPhrase("and"))
        #expect(!CorrespondentReader.isCorrespondentPhrase("and the"))
        #expect(CorrespondentReader.isCorrespondentPhrase("Mao Zedong and Zhou Enlai"))
    }

    @Test func aScansStrayMarksAfterTheLastSentenceDoNotMakeItATitle() {
        let sentence =
            "Министр иностранных дел просил меня сообщить имена наших специалистов и занимаемые ими должности для оформления награждения ?\\"
        #expect(PageReader.isSentenceNotTitle(sentence))
        #expect(!PageReader.isSentenceNotTitle("Телеграмма Временного Поверенного в Делах СССР в Афганистане *"))
    }

    @Test func aPersonYoungerThanEighteenIsNotYetNamedInADocument() {
        let years = AuthorityEntry.years(birth: 1911, floruitFrom: nil, floruitTo: nil)
        #expect(years.earliestMention == 1929)
    }

    @Test func aCablesLineFromAPersonToAnAddresseeByTitleNamesTheSender() {
        var metadata = TelegramMetadata()
        MetadataReader.readCableForFromLine(
            units(["FOR THE SECRETARY FROM INGERSOLL", "I ATTENDED AN ECONOMIC ENERGY MEETING."]), into: &metadata)
        #expect(metadata.senderParts.person == "Ingersoll")
        #expect(metadata.recipientParts.allSatisfy { $0.person == nil })
    }

    @Test func aRussianTitlesInstitutionAfterAMisprintedPrepositionIsTheAddressee() {
        let reading = RussianDocumentTitle.read(
            "Телеграмма Временного Поверенного в Делах СССР в Афганистане к Народный Комиссариат Иностранных Дел СССР")
        #expect(reading.recipient == "Народный Комиссариат Иностранных Дел СССР")
    }

    @Test func theWhiteHousesTelegraphicAddressIsExpanded() {
        #expect(CorrespondentReader.expandTelegraphic("WHITEHOUSE WASHDC") == "White House Washington")
        #expect(CorrespondentReader.isTelegraphicAddress("WHITEHOUSE WASHDC IMMEDIATE"))
    }

    @Test func aRoutingBlockRunIntoOneLineOpensALineAtTheWhiteHouse() throws {
        let lines = try #require(
            MetadataReader.runOnRoutingLines(
                TextUnit(
                    line: 1,
                    text:
                        "PAGE 01 SANTIA 00448 FM AMEMBASSY SANTIAGO TO WHITEHOUSE WASHDC IMMEDIATE INFO SECSTATE WASHDC 4809"
                )))
        #expect(lines.contains("FM AMEMBASSY SANTIAGO"))
        #expect(lines.contains("TO WHITEHOUSE WASHDC IMMEDIATE"))
    }
}
