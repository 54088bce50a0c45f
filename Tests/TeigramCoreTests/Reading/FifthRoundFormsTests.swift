import Foundation
import Testing

@testable import TeigramCore
import TeigramXML

/// Forms met on the fifth round of corpus documents: event names that hold a place's name, an edition's
/// bracketed descriptions (FRUS's "[Telegram]", "[Received …]", "[Page 9]", "[… not declassified]"), FRUS
/// numbers and receipts in the older layout, a cablegram's number line with its markings, Russian extracts'
/// titles, "by" titles, office complements after a title, address lines without a colon, and a site's
/// footer lines.
@Suite("Header and text forms of the fifth round")
struct FifthRoundFormsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    func page(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
    }

    func kinds(_ text: String) -> [BracketSpan.Kind] {
        BracketScanner.spans(in: UTF16Text.units(of: text)).map(\.kind)
    }

    @Test func aPlaceThatNamesAnEventIsNotTagged() {
        #expect(!encodeInline("since the Moscow Conference the attitude changed").contains("placeName"))
        #expect(!encodeInline("the breaking of the Moscow Peace Treaty").contains("placeName"))
        // Its words are no unknown person's either.
        #expect(!encodeInline("since the Moscow Conference the attitude changed").contains("persName"))
        // A place in other company stays a place.
        #expect(encodeInline("the conference in Moscow ended").contains("placeName"))
        #expect(encodeInline("the Moscow Conference Hall was full").contains("placeName"))
    }

    @Test func anEventNameEndsAtItsNoun() {
        func end(_ text: String) -> Int? {
            let units = UTF16Text.units(of: text)
            return EntityTagger.eventNameEnd(after: 6, in: units)
        }
        #expect(end("Geneva Accords, but") == 14)
        #expect(end("Geneva-Moscow Talks") == 19)
        #expect(end("Geneva Peace Conference.") == 23)
        #expect(end("Geneva War Department") == nil)
        #expect(end("Geneva accords") == nil)
        #expect(end("Geneva Embassy") == nil)
    }

    @Test func anOrdinaryWordIsNoMisspeltPlace() {
        let tagger = EntityTagger(authority: Shared.corpusAuthority)
        var state = TaggingState()
        let mentions = tagger.mentions(
            in: UTF16Text.units(of: "The Minister of Finance authorized the Russian chargé."), state: &state)
        #expect(!mentions.contains { $0.kind == .place })
    }

    @Test func anEditionsBracketedDescriptionIsNoSuppliedWord() {
        #expect(kinds("[Telegram]") == [.description(type: "editorial")])
        #expect(kinds("[Paraphrase]") == [.description(type: "editorial")])
        #expect(kinds("[Received May 13, 7 a.m.]") == [.description(type: "editorial")])
        #expect(kinds("1288. Ref: [1 line of source text not declassified].") == [.description(type: "editorial")])
        #expect(kinds("I suspect that [Page 191] Kunosi") == [.description(type: "editorial")])
        // In running text a bracketed word is the editor's supplied word.
        #expect(kinds("your [telegram] of May 3") == [.supplied])
        #expect(kinds("the [Telegram] of May 3") == [.supplied])
    }

    @Test func aFRUSReceiptLineInBracketsGivesTheReceiptDay() throws {
        let read = try metadata(
            """
            File No. 861.51/145
            The Ambassador in Russia (Francis) to the Secretary of State
            [Telegram]
            Petrograd, May 11,
            1917, midnight.
            [Received May 13, 7 a.m.]
            1275. For Secretary of the Treasury:
            Your 1386 received to-day.

            """)
        #expect(read.receivedDate?.iso == "1917-05-13")
        #expect(read.number == "1275")
    }

    @Test func aFileNumberIsNoTelegramNumber() throws {
        let read = try metadata(
            """
            File No. 861.51/145
            The Ambassador in Russia (Francis) to the Secretary of State
            Petrograd, May 11, 1917.
            Your 1386 received to-day.

            """)
        #expect(read.number == nil)
    }

    @Test func aCablegramsNumberLineGivesItsMarkings() {
        #expect(MetadataReader.classificationAfterNumber("2154. EMERGENCY SECRET") == ["EMERGENCY SECRET"])
        #expect(MetadataReader.classificationAfterNumber("12. Secret talks were held") == [])
        #expect(MetadataReader.classificationAfterNumber("1. SECRET") == [])
    }

    @Test func aRussianTitlesClosingFromPhraseIsThePlaceOfDispatch() {
        let reading = RussianDocumentTitle.read(
            "Телеграмма Заместителя Народного Комиссара Иностранных Дел СССР в Народный Комиссариат Иностранных Дел "
                + "СССР, из Анкары")
        #expect(reading.origin == "Анкары")
        #expect(reading.recipient == "Народный Комиссариат Иностранных Дел СССР")
    }

    @Test func aRussianExtractsTitleNamesItsCorrespondents() {
        let reading = RussianDocumentTitle.read("Из телеграммы полномочного представителя СССР в ЧСР в НКИД СССР")
        #expect(reading.sender == "полномочный представитель СССР в ЧСР")
        #expect(reading.recipient == "НКИД СССР")
    }

    @Test func aCompoundPrepositionsToNamesNoAddressee() {
        var read = TelegramMetadata()
        #expect(
            !MetadataReader.readCorrespondents(
                "Documents Relating to New Zealand's Participation in the Second World War", into: &read))
        #expect(read.sender == nil)
        #expect(read.recipient == nil)
    }

    @Test func anOfficesComplementAfterItsTitleIsNoName() {
        let read = CorrespondentReader.read("The Governor-General of New Zealand")
        #expect(read.person == nil)
        #expect(read.role == "Governor-General of New Zealand")
        // A name after the office's own words is the holder.
        #expect(CorrespondentReader.read("Minister of Foreign Affairs Rapacki").person == "Rapacki")
    }

    @Test func aTitleByAnOfficeNamesTheSender() {
        var read = TelegramMetadata()
        _ = MetadataReader.readCorrespondents(
            "Note by the East German Embassy in Hanoi on a Conversation of Comrade Jarck with the Attache",
            into: &read)
        #expect(read.sender == "the East German Embassy in Hanoi")
    }

    @Test func anAddressLineNamingAnOfficeNeedsNoColon() throws {
        let page = try page(
            """
            September 6, 1953

            Minutes of Meeting between R.K. Nehru and Ambassador Yuan

            To the Ministry of Foreign Affairs

            R.K. Nehru had a meeting with me yesterday and the meeting minutes are as follows.

            """)
        #expect(MetadataReader.receivingOffice(page) == "Ministry of Foreign Affairs")
    }

    @Test func anAddresseeFieldNamesTheOfficeWhenTheTitlesAddresseeIsAPlace() throws {
        let encoded = try TelegramEncoder(authority: Shared.corpusAuthority).encode(
            bytes: Array(
                """
                April 14, 1976

                Telegram from Washington to Bucharest, SECRET, Regular, No. 083.895

                Sender: Washington

                To:  the Ministry of Foreign Affairs, Second Direction – Relations

                Robert Martens told Comrade Petre Anghel that the situation remains tense.

                """.utf8), path: "t.txt", documentID: "t")
        let xml = String(decoding: encoded.bytes, as: UTF8.self)
        let received = try #require(xml.range(of: "<correspAction type=\"received\">"))
        let action = xml[received.upperBound...].prefix(400)
        #expect(action.contains("Ministry of Foreign Affairs"))
        #expect(action.contains("Bucharest"))
    }

    @Test func aRoleAloneIsNoSignatorysName() {
        #expect(!encodeInline("Полпред", context: .signature).contains("persName"))
        #expect(PageReader.frameKind("Примечания", position: .closer) == .heading)
        #expect(PageReader.frameKind("Notes:", position: .closer) == .heading)
    }

    @Test func bulletedFootnotesAreNumberedInOrderAndTheSourceNoteIsOne() throws {
        let page = try page(
            """
            154. Telegram From the Legation in Hungary to the Department of State1
            Budapest, November 1, 1956—9 p.m.
            209. Legation comment Legtel 208.2 Following possibilities suggest themselves.
            Barnes
            - Source: Department of State, Central Files, 661.68/11–156. Confidential; Niact.↩
            - Telegram 208 from Budapest, November 1, summarized telegram 213.↩

            """)
        let notes = try #require(page.parts.first).closer.filter { $0.kind == .footnote }
        #expect(notes.compactMap(\.footnoteMark?.number) == ["1", "2"])
        #expect(notes.map(\.isSourceNote) == [true, false])
        // A mark the page kept is the number.
        #expect(
            FrameLine(kind: .footnote, unit: TextUnit(line: 1, text: "2. Not printed.")).footnoteMark?.number == "2")
    }

    @Test func anEastAsianFamilyNameBeforeAHyphenatedGivenNameIsAPerson() {
        #expect(
            encodeInline("the Minister of Railways Kim Byeong-seon arrived").contains(
                ">Kim Byeong-seon</persName>"))
        #expect(encodeInline("the letter of Chang Tso-lin was read").contains(">Chang Tso-lin</persName>"))
        // A hyphenated word after another capitalised word is no name.
        #expect(!encodeInline("the Anglo-French talks and the Sino-soviet split").contains("persName"))
    }

    @Test func aMeetingOfABodyIsNoOrganisationOfItsOwn() {
        let xml = encodeInline("at the Plenum of the Polish Party Central Committee it was said")
        #expect(xml.contains(">Polish Party Central Committee</orgName>"))
        #expect(!xml.contains("Plenum of the Polish"))
    }

    @Test func aDocumentCopiesAnEntrysNamesInItsOwnLanguageOnly() throws {
        let russia = try #require(Shared.corpusAuthority.entries["russia"])
        #expect(russia.variantLanguages.isSuperset(of: ["ru", "de"]))
        func languages(_ element: XML.Element) -> Set<String> {
            Set(element.childElements.compactMap { $0[attribute: "xml:lang"] })
        }
        #expect(languages(russia.element(forTextIn: "en")).isEmpty)
        #expect(languages(russia.element(forTextIn: "ru")) == ["ru"])
        // The standard name and the identifiers stay.
        #expect(russia.element(forTextIn: "en").childElements.contains { $0.name == "idno" })
        #expect(
            russia.element(forTextIn: "en").childElements.filter { $0.name == "placeName" }.count
                < russia.element.childElements.filter { $0.name == "placeName" }.count)
    }

    @Test func aStatesOfficialNameOrAbbreviationIsItsPlaceAndAGovernmentsAbbreviationNoOrganisation() {
        let tagger = EntityTagger(authority: Shared.corpusAuthority)
        func kinds(_ text: String) -> [(String, AuthorityEntry.Kind)] {
            var state = TaggingState()
            let units = UTF16Text.units(of: text)
            return tagger.mentions(in: units, state: &state).map { (UTF16Text.string(units[$0.range]), $0.kind) }
        }
        #expect(kinds("talks between the SRV and the ČSSR went on").map(\.1) == [.place, .place])
        #expect(kinds("the Socialist Republic of Romania and the PRB signed").map(\.1) == [.place, .place])
        #expect(kinds("the USG told the GOI in the morning").isEmpty)
    }

    @Test func aBodyNamedByItsNounAloneIsNoOrganisation() {
        #expect(!encodeInline("The Delegation will vote against the resolution.").contains("orgName"))
        #expect(!encodeInline("the Party and the Cabinet agreed").contains("orgName"))
        #expect(encodeInline("the Polish Delegation will vote").contains("orgName"))
    }

    @Test func anAddressOfACablesListOnItsOwnLineIsRouting() {
        #expect(TaggingContext.routing(for: "AMEMBASSY WARSAW") == .routing)
        #expect(TaggingContext.routing(for: "AMEMBASSY PRETORIA IMMEDIATE 1234") == .routing)
        #expect(TaggingContext.routing(for: "USMISSION GENEVA") == .routing)
        // Prose that names an embassy is no routing line.
        #expect(TaggingContext.routing(for: "AMEMBASSY WARSAW REPORTS THAT THE TALKS WILL RESUME ON MONDAY") == nil)
        #expect(TaggingContext.routing(for: "American Embassy Warsaw") == nil)
    }

    @Test func aSitesCopyrightLineIsItsRightsAndItsNavigationIsChrome() {
        #expect(PageReader.isCopyrightLine("© USA-HISTORY.RU, 2001-2020"))
        #expect(PageReader.isCopyrightLine("Copyright 2019 The Library"))
        #expect(!PageReader.isCopyrightLine("Copyright law in the Soviet Union was discussed at length."))
        #expect(PageReader.isPageNavigation("Предыдущая страница К оглавлению Следующая страница"))
        #expect(PageReader.isPageNavigation("Previous page | Next page"))
        #expect(!PageReader.isPageNavigation("Next to the page"))
    }
}
