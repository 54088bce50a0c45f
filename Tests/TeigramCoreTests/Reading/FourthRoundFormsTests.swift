import Testing
import Foundation

@testable import TeigramCore

/// Header forms met on the fourth round of corpus documents: roles named before or instead of a name,
/// addressee and sender fields beside the title's offices, dispatch and receipt fields of forms, FRUS
/// receipt times, US precedence markings, and footnotes numbered in brackets.
@Suite("Header forms of the fourth round")
struct FourthRoundFormsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    @Test func aPhraseEndingInAnOfficeHoldersNounIsARole() {
        let read = CorrespondentReader.read("the Polish Ambassador in the DPRK")
        #expect(read.role == "Polish Ambassador in the DPRK")
        #expect(read.person == nil)
        #expect(CorrespondentReader.read("East German Ambassador, Moscow").role == "East German Ambassador")
        // A military rank or a royal title ends a name ("John Major"): no role.
        #expect(CorrespondentReader.read("John Major").person == "John Major")
    }

    @Test func aRoleThenItsHolderNamesTheHolder() {
        let read = CorrespondentReader.read(
            "East German Secretary of State (First Deputy Foreign Minister) Otto Winzer")
        #expect(read.person == "Otto Winzer")
        #expect(read.isTitled)
        #expect(CorrespondentReader.holderAfterRole("Soviet Ambassador Ivan Ivanov") == "Ivan Ivanov")
        // A phrase that opens with its title is left to stripTitles; a name alone has no role.
        #expect(CorrespondentReader.holderAfterRole("Ambassador Ivan Ivanov") == nil)
        #expect(CorrespondentReader.holderAfterRole("Ivan Petrovich Ivanov") == nil)
    }

    @Test func aCompoundOfTitleWordsIsATitle() {
        #expect(CorrespondentReader.stripTitles("Comrade Vice-Minister Naszkowski") == "Naszkowski")
        #expect(CorrespondentReader.stripTitles("Comrade Rodríguez-Ortega") == "Rodríguez-Ortega")
    }

    @Test func anAddresseeFieldNamesThePersonBesideTheTitlesOffice() throws {
        let read = try metadata(
            """
            September 28, 1955

            Letter from the Polish Ambassador in the DPRK to the Polish Ministry of Foreign Affairs

            To: Comrade Vice-Minister Naszkowski

            I would like to point out some questions regarding our current work in the country.

            """)
        #expect(read.recipientParts.count == 1)
        #expect(read.recipientParts.first?.office == "Polish Ministry of Foreign Affairs")
        #expect(read.recipientParts.first?.person == "Naszkowski")
    }

    @Test func anAddresseeFieldsPersonIsATitledName() {
        #expect(
            MetadataReader.titledPerson(inField: "the Romanian Ministry of Foreign Affairs, to comrade Ion Ciubotaru")
                == "Ion Ciubotaru")
        // Another field run on, a role alone, an office: no person.
        #expect(MetadataReader.titledPerson(inField: "The Foreign Minister From: Ambassador Katori") == nil)
        #expect(MetadataReader.titledPerson(inField: "The Foreign Minister") == nil)
        #expect(MetadataReader.titledPerson(inField: "the Ministry of Foreign Affairs") == nil)
    }

    @Test func aTitleWhoseLastToBelongsToItsSubjectSplitsAtTheFirst() {
        var read = TelegramMetadata()
        #expect(
            MetadataReader.readCorrespondents(
                "Telegram 066764 from the Romanian Embassy in Pyongyang to the Romanian Ministry of Foreign Affairs, "
                    + "Pol Pot’s Visit to the DPRK", into: &read))
        #expect(read.sender == "the Romanian Embassy in Pyongyang")
        #expect(read.recipient == "the Romanian Ministry of Foreign Affairs")
    }

    @Test func anInformationsSubjectAfterReIsNoCorrespondent() {
        var read = TelegramMetadata()
        _ = MetadataReader.readCorrespondents(
            "Information from BG Embassy in DPRK re: visit of Romanian Delegation in North Korea, 28 June 1971",
            into: &read)
        #expect(read.sender == "BG Embassy in DPRK")
    }

    @Test func aFromLineNamingAPersonIsTheSignatoryNotThePlace() throws {
        let read = try metadata(
            """
            June 28, 1971

            Information from BG Embassy in DPRK re: visit of Romanian Delegation in North Korea

            From Apostol M. Apostolov

            First Secretary at the Embassy

            Following your directions I asked for a meeting and I was received today by the deputy chief.

            """)
        #expect(read.senderParts.office == "BG Embassy in DPRK")
        #expect(read.senderParts.person == "Apostol M. Apostolov")
        #expect(read.origin != "Apostol M. Apostolov")
        #expect(CorrespondentReader.namesPerson("Apostol M. Apostolov"))
        #expect(CorrespondentReader.namesPerson("Ambassador Ogawa"))
        #expect(!CorrespondentReader.namesPerson("New York City"))
    }

    @Test func aPlaceOfMissionFieldIsTheOriginAndNoOffice() throws {
        let read = try metadata(
            """
            December 19, 1986

            Telegram, 'Re: Chinese Expectations before Comrade Havasi's Visit'

            Place of mission: New York City

            Strictly confidential!

            I kept in touch with the source of information between 1974-76, and our contact has been reactivated.

            """)
        #expect(read.origin == "New York City")
        #expect(read.sender == nil)
    }

    @Test func aSenderFieldNamingAPlaceIsThePlaceOfDispatch() throws {
        let encoded = try encodeFixture(
            """
            March 25, 1988

            Code message from Mieczysław Dedo to Stawiarski

            SECRET

            From: Pyongyang

            Com. Dedo reports that the Chinese ambassador confirmed a cooling of relations.

            """)
        let sent = try #require(encoded.xml.range(of: #"<correspAction type="sent">"#))
        let end = try #require(encoded.xml.range(of: "</correspAction>", range: sent.upperBound..<encoded.xml.endIndex))
        #expect(
            encoded.xml[sent.upperBound..<end.lowerBound].contains(
                ##"<placeName ref="#pyongyang">Pyongyang</placeName>"##))
    }

    @Test func aReceiptFieldGivesTheReceiptDate() {
        let recognizer = DateRecognizer()
        #expect(
            MetadataReader.labelledReceiptDate(
                "Received: MOFA, January 4, 1974, 21:45", recognizer: recognizer, documentDate: nil)?.date.iso
                == "1974-01-04")
        #expect(
            MetadataReader.labelledReceiptDate("Received 3 September 1988", recognizer: recognizer, documentDate: nil)?
                .date.iso == "1988-09-03")
        // A sentence reporting a receipt is no field.
        #expect(
            MetadataReader.labelledReceiptDate(
                "Received your telegram of 3 May 1962", recognizer: recognizer, documentDate: nil) == nil)
        #expect(MetadataReader.opensWithReceiptLabel("ARRIVED: 31.10.62"))
        #expect(!MetadataReader.opensWithReceiptLabel("Regarding the receipt"))
    }

    @Test func aReceiptWithoutItsYearIsReadInTheDocumentsYear() throws {
        let sent = try #require(DateRecognizer().firstFullDate(in: "2 November 1956"))
        let receipt = MetadataReader.yearlessReceiptDate(
            "Received: 4 November at 19:25; printed: 5 November at 0:55", documentDate: sent)
        #expect(receipt?.iso == "1956-11-04")
        #expect(receipt?.certainty == "medium")
        // A receipt in January of a December telegram is the next year's; more than 60 days after is none.
        let december = try #require(DateRecognizer().firstFullDate(in: "30 December 1956"))
        #expect(MetadataReader.yearlessReceiptDate("Received: 2 January", documentDate: december)?.iso == "1957-01-02")
        #expect(MetadataReader.yearlessReceiptDate("Received: 4 March", documentDate: december) == nil)
    }

    @Test func aFRUSReceiptTimeAloneWasReceivedOnTheDatelinesDay() throws {
        let read = try metadata(
            """
            740.61112A/2–2445: Telegram
            The Ambassador in the Soviet Union (Harriman) to the Secretary of State
            Moscow, February 24, 1945—1 p.m.
            [Received 3:56 p.m.]
            538. Head of American Section of Foreign Office has now replied to Kennan’s letters of November 25.

            """)
        #expect(read.receivedDate?.iso == "1945-02-24")
        #expect(read.receivedDateText == "3:56 p.m.")
    }

    @Test func aFormsDispatchLineIsATransmissionLine() {
        #expect(
            PageReader.frameKind("From…Moscow…dispatched on 02.13.63 at 20:40 hours…", position: .opener)
                == .transmission)
        #expect(
            PageReader.frameKind("Came in to the Decoding Department…02.13.63 at 23:45 hours", position: .opener)
                == .transmission)
        #expect(PageReader.frameKind("From the conversation with Andropov:", position: .opener) != .transmission)
    }

    @Test func aUSPrecedenceMarkingIsOneTerm() {
        #expect(MetadataReader.classificationTerms("secret\nu.s. urgent") == ["secret", "u.s. urgent"])
        #expect(MetadataReader.classificationTerms("top secret   niact") == ["top secret", "niact"])
        #expect(PageReader.isClassification("us urgent"))
    }

    @Test func aBracketedNumberBelowTheTextIsAFootnote() {
        let line = "[1] It had earlier been raised that advisor Xie Feng should return to China."
        #expect(PageReader.frameKind(line, position: .closer) == .footnote)
        #expect(FrameLine(kind: .footnote, unit: TextUnit(line: 1, text: line)).footnoteMark?.number == "1")
        #expect(PageReader.frameKind(line, position: .opener) != .footnote)
    }

    @Test func aBracketedNumberIsAFootnoteMark() {
        func kinds(_ text: String) -> [BracketSpan.Kind] {
            BracketScanner.spans(in: UTF16Text.units(of: text)).map(\.kind)
        }
        #expect(kinds("does not now have to come home.[1]") == [.footnoteMark(number: "1")])
        #expect(kinds("the former President Lu Ping[3] is") == [.footnoteMark(number: "3")])
        // After a space too, and a note's own label at the line's start.
        #expect(kinds("According to a letter [2] received this morning") == [.footnoteMark(number: "2")])
        #expect(kinds("[1] In fact it was the eighth.") == [.footnoteMark(number: "1")])
        // A year, or a number with a letter, is supplied by the editor.
        #expect(kinds("in [1949] the talks") == [.supplied])
        #expect(kinds("Cablegram S[W] 20") != [.footnoteMark(number: "20")])
    }

    @Test func aFootnoteMarkStaysTextAndEndsTheNameBeforeIt() {
        let xml = encodeInline("where also the former President Lu Ping[3] is said to be interned")
        #expect(!xml.contains("supplied"))
        #expect(xml.contains("</persName>[3] is said"))
    }

    @Test func aRussianTitleWhoseSenderPhraseEndsInANameNamesThePerson() {
        let reading = RussianDocumentTitle.read(
            "Телеграмма полномочного представителя СССР в Великобритании И. М. Майского в Народный комиссариат "
                + "иностранных дел СССР")
        #expect(reading.sender == "И. М. Майский")
        #expect(reading.recipient == "Народный комиссариат иностранных дел СССР")
        // A role without a name stays the role, in the nominative.
        #expect(
            RussianDocumentTitle.read("Телеграмма Полномочного Представителя СССР в Польше в Народный Комиссариат")
                .sender == "Полномочный Представитель СССР в Польше")
    }

    @Test func aRoleInTheTitleTakesItsHolderFromALaterCorrespondenceLine() throws {
        let read = try metadata(
            """
            October 26, 1962

            Telegram from East German Ambassador, Moscow, to East German Secretary of State Otto Winzer

            COPY

            Telegram nr.172/62 Comrade [Rudolf] Dölling, Moscow to Secretary of State Winzer 26.10.1962

            On October 26th, comrade Kuznetzov asked the ambassadors of the socialist countries to attend a meeting.

            """)
        #expect(read.senderParts.person == "Rudolf Dölling")
        #expect(read.senderParts.role == nil)
        #expect(read.senderParts.place == "Moscow")
    }

    @Test func aCorrespondenceLineMayEndInItsDateButATransmissionNoteIsNone() throws {
        let lines = MetadataReader.correspondenceLines(
            try PageReader.read(
                SourceText(
                    bytes: Array(
                        """
                        October 26, 1962

                        Telegram from the Embassy

                        Telegram nr.172/62 Comrade Dölling, Moscow to Secretary of State Winzer 26.10.1962

                        Came to the Decoding Department 27.10.1962

                        Sent to the Minister at 10:30

                        The ambassadors of the socialist countries met today.

                        """.utf8), path: "t.txt")))
        #expect(lines == ["Telegram nr.172/62 Comrade Dölling, Moscow to Secretary of State Winzer 26.10.1962"])
    }

    @Test func aPersonalAddresseeLosesTheOfficeCodesAndMarksAfterTheName() throws {
        var read = TelegramMetadata()
        MetadataReader.readPersonalAddressees(
            [TextUnit(line: 1, text: "2505. Personal for Thompson1 EE. For immediate action. Unless Dept objects.")],
            into: &read)
        #expect(read.recipientParts.first?.person == "Thompson")
    }
}

/// The byte tests in front of the correspondent reader's word lookups hold to the plain code they guard.
@Suite("Correspondent reader fast paths")
struct CorrespondentFastPathTests {
    static let phrases = [
        "AMEMBASSY SOFIA", "amembassy sofia", "Amembassy Sofia", "SECSTATE WASHDC", "AMEMBASSYX SOFIA", "Ambassador",
        "USDEL GENEVA", "USMISSION USUN NEW YORK", "", " AMEMBASSY", "ÄMEMBASSY SOFIA", "Secretary of State",
    ]

    @Test func theTelegraphicAddressTestAgreesWithTheLookup() {
        for phrase in Self.phrases {
            let first = phrase.split(separator: " ").first.map(String.init) ?? ""
            let known = CorrespondentReader.telegraphicAddresses.contains { $0.0 == first.uppercased() }
            #expect((CorrespondentReader.expandTelegraphic(phrase) != phrase) == known, "\(phrase)")
        }
    }

    @Test func aFoldedWordIsTheWordLowerCasedWithoutPeriodsAndCommas() {
        for word in ["Amb.", "Minister,", ".,Ambassador.,", "(Thurston)", "Chargé", "", "...", "Vice-Minister."] {
            #expect(
                CorrespondentReader.foldedWord(Substring(word))
                    == word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,")), "\(word)")
            #expect(
                CorrespondentReader.foldedWord(Substring(word), parentheses: true)
                    == word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,()")), "\(word)")
        }
    }
}
