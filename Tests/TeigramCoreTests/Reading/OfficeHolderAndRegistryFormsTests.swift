import Foundation
import Testing

@testable import TeigramCore

/// An office-holder named by titles alone ("The Secretary of State"), a US mission's telegraphic address, a
/// registry's number lines ("– 157 –", "1689 15.II.63", "Nº 2 – to Stalin"), a date line or a title broken
/// across lines, a list of persons and an office, and a scan's "3" for the Cyrillic initial "З".
@Suite("Office-holders and registry forms")
struct OfficeHolderAndRegistryFormsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    func sentAction(_ text: String) throws -> String {
        let encoded = try TelegramEncoder(authority: Shared.fixtureAuthority).encode(
            bytes: Array(text.utf8), path: "t.txt", documentID: "t")
        let sent = try #require(encoded.xml.range(of: "<correspAction type=\"sent\">"))
        return encoded.xml[sent.upperBound...].components(separatedBy: "</correspAction>")[0]
    }

    @Test(arguments: ["Secretary of State", "Acting Secretary of State", "the Foreign Minister"])
    func anOfficeHolderNamedByTitlesAloneIsARole(phrase: String) {
        let read = CorrespondentReader.read(phrase)
        #expect(read.role != nil)
        #expect(read.office == nil)
    }

    @Test func aCablesSecretaryOfStateStationIsTheOffice() {
        let read = CorrespondentReader.read("SECSTATE WASHDC")
        #expect(read.office == "Secretary of State Washington")
        #expect(read.role == nil)
    }

    @Test func theSecretaryWhoSignsIsTheSenderAndNoOrganisation() throws {
        let action = try sentAction(
            """
            396.1 GE/5–1754: Telegram
            The Secretary of State to the Embassy in France
            Washington, May 17, 1954—7:37 p.m.
            4117. In your discussions with Laniel please bear in mind the following points.
            Dulles
            """)
        #expect(action.contains(">Dulles</persName>"))
        #expect(!action.contains("<orgName"))
        #expect(!action.contains(">Secretary of State<"))
    }

    @Test func aUSMissionsAddressIsExpandedAsTheStateDepartmentWritesIt() {
        #expect(CorrespondentReader.read("USMISSION GENEVA").office == "US Mission Geneva")
        #expect(CorrespondentReader.read("USDEL SECRETARY").office == "US Delegation Secretary")
    }

    @Test func aNumberAloneBetweenDashesInTheCloserIsTheTelegramsNumber() {
        var part = TelegramPart()
        part.closer = [FrameLine(kind: .heading, unit: TextUnit(line: 9, text: "– 157 –"))]
        #expect(MetadataReader.closingNumber(part) == "157")
    }

    @Test func aNumberAloneBetweenDashesEndingTheTextIsNoTelegramsNumber() {
        var part = TelegramPart()
        part.body = [.paragraph(TextUnit(line: 9, text: "– 12 –"))]
        #expect(MetadataReader.closingNumber(part) == nil)
    }

    @Test(arguments: [
        ("1689 15.II.63 at 12:10 hours", "1689"), ("2045 11 October 1991", "2045"),
    ])
    func aRegistryLineOfNumberAndDateGivesTheNumber(line: String, number: String) throws {
        let read = try metadata(
            """
            Ciphergram from Warsaw

            \(line)

            Your conversations with Gromyko and Andropov were reported.
            """)
        #expect(read.number == number)
    }

    @Test func aNumberBeforeADateWithoutItsDayIsNoRegistryLine() throws {
        let read = try metadata(
            """
            Ciphergram from Warsaw

            12 October 1962 was a quiet day.
            """)
        #expect(read.number == nil)
    }

    @Test func aCopysNumberInADistributionListIsNoSender() {
        #expect(!CorrespondentReader.isCorrespondentPhrase("Nº 2"))
        #expect(CorrespondentReader.isCorrespondentPhrase("Tehran"))
    }

    @Test func aNumberAfterTheCorrespondentIsTheTelegramsNumber() {
        let read = CorrespondentReader.read("Tehran Nº 31343/31353")
        #expect(read.number == "31343/31353")
        #expect(read.office == nil && read.role == nil)
        #expect(read.person == "Tehran" || read.place == "Tehran")
    }

    @Test func aDateLineBrokenBeforeItsDayIsOneLine() {
        #expect(PageReader.continuesDateBeforeDay("Tokyo, November", "13, 1936—5 p.m."))
        #expect(PageReader.continuesDateBeforeDay("Tokyo, May", "3, 1936"))
        #expect(!PageReader.continuesDateBeforeDay("Tokyo, November", "13 people came"))
        #expect(!PageReader.continuesDateBeforeDay("He came in November", "13, 1936"))
    }

    @Test func aTitleBrokenInsideTheAddresseesNameIsOneLine() {
        #expect(
            PageReader.continuesTitleAddressee(
                "Dearg code telegram from the Department of External Affairs to Robert", "Brennan (Washington)"))
        #expect(!PageReader.continuesTitleAddressee("Telegram to Robert Brennan", "(No. 77)"))
        #expect(!PageReader.continuesTitleAddressee("The meeting went well.", "Brennan (Washington)"))
    }

    @Test func theBrokenTitleNamesTheWholeAddressee() throws {
        let read = try metadata(
            """
            Dearg code telegram from the Department of External Affairs to Robert
            Brennan (Washington)
            (No. 77)

            DUBLIN, 15 March 1944

            Your telegram 94 received.
            """)
        #expect(read.recipientParts.first?.person == "Robert Brennan")
    }

    @Test func personsAndAnOfficeListedWithCommasAreEachAnAddressee() {
        #expect(
            MetadataReader.correspondentPhrases("Mao Zedong, Liu Shaoqi, and CCP Central Committee")
                == ["Mao Zedong", "Liu Shaoqi", "CCP Central Committee"])
    }

    @Test func anOfficeAndItsPlaceAfterACommaStayWhole() {
        #expect(
            MetadataReader.correspondentPhrases("Mexican Embassy, Rio de Janeiro") == [
                "Mexican Embassy, Rio de Janeiro"
            ])
    }

    @Test func aScannedInitialKeysTheSameProvisionalPersonAsItsLetter() {
        var state = TaggingState()
        let header = state.provisionalID(name: "Я. З. Суриц", kind: .person)
        #expect(state.provisionalID(name: "Я. 3. Сурицу", kind: .person) == header)
    }

    @Test func aSpellingWithAScannedDigitIsNoStandardName() {
        var entry = ProvisionalEntry(
            id: "prov.surits", kind: .person, names: ["Я. З. Суриц"], keyWords: ["я", "з", "суриц"])
        entry.add("Я. 3. Сурицу", keyWords: ["я", "з", "суриц"])
        #expect(entry.standardName == "Я. З. Суриц")
    }

    @Test func initialsWrittenTogetherNameAPersonMoreFully() {
        #expect(TEIWriter.namesMoreFully("G.F. Kunadze", than: "G. Kunadze"))
        #expect(TEIWriter.namesMoreFully("B.N. Vereshchagin", than: "B. VERESHCHAGIN"))
        #expect(!TEIWriter.namesMoreFully("G. Kunadze", than: "G.F. Kunadze"))
        #expect(!TEIWriter.namesMoreFully("G.F. Smith", than: "G. Kunadze"))
    }

    @Test func aSignatoryTheTitleNamesMoreFullyIsWrittenWithTheFullerName() throws {
        let action = try sentAction(
            """
            October 8, 1991
            Record of Conversation between G.F. Kunadze and Yu Hongliang

            The Ambassador noted that the approaches of our countries coincide.

            G. Kunadze
            """)
        #expect(action.contains(">G.F. Kunadze</persName>"))
        #expect(!action.contains(">G. Kunadze</persName>"))
    }

    @Test func anOfficeWhoseNameHoldsAndStaysWholeWithoutAComma() {
        let phrase = "Defend World Peace and Combat U.S. Aggression and the Chinese Ministry of Foreign Affairs"
        #expect(MetadataReader.correspondentPhrases(phrase) == [phrase])
    }

    @Test func aScannedDigitThreeBetweenCyrillicInitialsIsTheLetterZe() {
        #expect(RussianHeading.withScannedInitialsRepaired("в Турции Я- 3. Сурицу") == "в Турции Я. З. Сурицу")
        #expect(RussianHeading.withScannedInitialsRepaired("в Турции Я. 3. Сурицу") == "в Турции Я. З. Сурицу")
        #expect(RussianHeading.withScannedInitialsRepaired("пункт 3. Сурицу") == "пункт 3. Сурицу")
    }

    @Test func aRussianTitlesAddresseeWithAScannedInitialIsRead() {
        let reading = RussianDocumentTitle.read(
            "Телеграмма Народного Комиссара Иностранных Дел СССР Полномочному Представителю СССР в Турции Я. 3. Сурицу")
        #expect(reading.recipient == "Я. З. Суриц")
    }

    @Test func aCyrillicNamesMentionTakesInAScannedInitial() {
        let units = UTF16Text.units(of: "в Турции Я. 3. Сурицу")
        let surname = units.count - "Сурицу".utf16.count
        let extended = EntityTagger.extendedOverInitials(surname..<units.count, units: units, textLanguage: "ru")
        #expect(extended.lowerBound == "в Турции ".utf16.count)
    }

    @Test func aLatinNameTakesInNoDigit() {
        let units = UTF16Text.units(of: "point 3. Smith")
        let surname = units.count - "Smith".utf16.count
        let extended = EntityTagger.extendedOverInitials(surname..<units.count, units: units)
        #expect(extended.lowerBound == surname)
    }
}
