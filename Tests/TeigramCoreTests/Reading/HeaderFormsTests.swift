import Testing

@testable import TeigramCore

/// Header forms met on the third round of corpus documents: a FRUS dateline broken before its year and
/// time, a title that names its sender only, a signature's label, a supplied signature, a distribution
/// list's label, a record identifier heading the page, a title broken after a preposition, and the
/// documents of a Soviet edition's page.
@Suite("Header forms")
struct HeaderFormsTests {
    func page(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
    }

    @Test func aDatelineBrokenBeforeItsYearAndTimeIsOneLine() {
        #expect(PageReader.continuesDateBeforeYear("Cairo, May 23,", "1956—11 p.m."))
        #expect(PageReader.continuesDateBeforeYear("Saigon, September 13,", "1963, 7 p.m."))
        #expect(!PageReader.continuesDateBeforeYear("Cairo, May 23,", "19567 people"))
    }

    @Test func aSourceNotesReceiptIsReadInTheDocumentsYear() throws {
        let sent = try #require(DateRecognizer().firstFullDate(in: "Cairo, May 23, 1956"))
        let note =
            "Source: Department of State, Central Files, 674.84A/5–2356. Secret; Priority. Received at 11:45 p.m.. May 25."
        let receipt = MetadataReader.sourceNoteReceiptDate(note, documentDate: sent)
        #expect(receipt?.date.iso == "1956-05-25")
        #expect(receipt?.date.certainty == "high")
        #expect(receipt?.text == "May 25")
        // Before the document's date: no receipt.
        #expect(MetadataReader.sourceNoteReceiptDate("Received at 8:37 a.m., May 2.", documentDate: sent) == nil)
        #expect(
            MetadataReader.sourceNoteReceiptDate("Received at 8:37 a.m. and passed to CIA.", documentDate: sent) == nil)
    }

    @Test func aTitleWithASubjectAfterTheSenderNamesTheSenderOnly() throws {
        var metadata = TelegramMetadata()
        _ = MetadataReader.readCorrespondents(
            "Untitled report from Mieczysław Dedo, Polish Ambassador to the DPRK, following his conversation with "
                + "the Chinese ambassador in North Korea", into: &metadata)
        #expect(metadata.sender == "Mieczysław Dedo, Polish Ambassador to the DPRK")
        #expect(metadata.recipient == nil)
        #expect(CorrespondentReader.read("Mieczysław Dedo, Polish Ambassador to the DPRK").person == "Mieczysław Dedo")
    }

    @Test func aSignaturesLabelIsNoName() throws {
        let tagger = EntityTagger(authority: try #require(try? testAuthority("<listPerson/>")))
        var state = TaggingState()
        let text = "Signed: N. Popa"
        let names = tagger.mentions(in: UTF16Text.units(of: text), context: .signature, state: &state).map {
            UTF16Text.substring(text, $0.range)
        }
        #expect(names == ["N. Popa"])
    }

    @Test func aBracketedNameBelowTheTextIsTheSuppliedSignature() {
        #expect(PageReader.frameKind("[Трояновский]", position: .closer) == .signature)
        #expect(PageReader.frameKind("[Трояновский]", position: .opener) == .bracketed)
        #expect(PageReader.frameKind("[The rest of the text is illegible]", position: .closer) == .bracketed)
    }

    @Test func aRecipientsLabelOpensADistributionList() {
        #expect(PageReader.frameKind("Recipients:", position: .closer) == .copies)
    }

    @Test func aShriIsATitle() {
        #expect(CorrespondentReader.read("Shri Gurbachan Singh").person == "Gurbachan Singh")
    }

    @Test func aRecordIdentifierHeadingThePageIsCitedNotTheTitle() throws {
        let page = try page(
            """
            dodis.ch/44005
            La Division des Affaires étrangères du Département politique à la Légation de Suisse à
            Paris 1
            Bern, 18. März 1919
            Ihr Telegramm 75.2 Im Einvernehmen mit Delegierten für auswärtige Angelegenheit bittet Sie Volkswirtschaft.

            """)
        #expect(page.citation.map(\.text) == ["dodis.ch/44005"])
        #expect(page.titleLine?.text.hasSuffix("Suisse à\nParis 1") == true)
        let metadata = MetadataReader.read(page)
        #expect(metadata.sender == "Division des Affaires étrangères du Département politique")
        #expect(metadata.recipient == "Légation de Suisse à Paris")
    }

    @Test func aLineEndingWithAPrepositionGoesOn() {
        #expect(PageReader.endsWithJoiningWord("La Division à la Légation de Suisse à"))
        #expect(PageReader.endsWithJoiningWord("Telegram from the Embassy in Moscow to the"))
        #expect(!PageReader.endsWithJoiningWord("Telegram from the Embassy in Moscow"))
    }

    @Test func aSovietEditionsPageHoldsADocumentAfterEachSourceNote() throws {
        let page = try page(
            """
            Телеграмма Полномочного Представителя СССР в Афганистане в Народный Комиссариат Иностранных Дел СССР

            14 декабря 1928 г.

            Я говорил с падишахом относительно роли англичан в восстании, и он ответил мне определённо.

            Старк

            Печат. по арх.

            Телеграмма Заместителя Народного Комиссара Иностранных Дел СССР Полномочному Представителю СССР в Монголии А. Я. Охтину

            14 декабря 1928 г.

            1 января кончается срок действия телеграфного соглашения с Монголией.

            """)
        #expect(page.parts.count == 2)
        #expect(page.parts[1].heading?.text.hasPrefix("Телеграмма Заместителя") == true)
        let metadata = MetadataReader.read(page)
        #expect(metadata.parts.count == 2)
        #expect(metadata.parts[0].date?.iso == "1928-12-14")
        #expect(metadata.parts[1].sender == "Заместитель Народного Комиссара Иностранных Дел СССР")
    }

    /// The next document's title carries the edition's number ("131. Нота …"); the signature then closes
    /// the first document and gives its signatory.
    @Test func aNumberedTitleAfterASourceNoteOpensTheNextDocument() throws {
        let page = try page(
            """
            Телеграмма Народного Комиссара Иностранных Дел СССР Полномочному Представителю СССР в Турции Л. М. Карахану

            16 апреля 1936 г.

            Сегодня я вручил послу ответную ноту, которая передается Вам отдельно.

            Литвинов

            Печат. по арх.

            131. Нота Народного Комиссара Иностранных Дел СССР Послу Турции в СССР Апайдыну

            16 апреля 1936 г.

            Господин Посол,

            """)
        #expect(page.parts.count == 2)
        #expect(page.parts[0].closer.map(\.kind).contains(.signature))
    }
}
