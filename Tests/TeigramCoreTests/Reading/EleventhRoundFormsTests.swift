import Foundation
import Testing

@testable import TeigramCore

/// Forms met on the corpus and the eleventh round of documents: a journal's keeper as its writer, a role
/// with its post before the holder's initials, German titles ("Telegramm des … an …"), a site's search
/// label above the title.
@Suite("Header forms of the eleventh round")
struct EleventhRoundFormsTests {
    func page(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
    }

    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(try page(text))
    }

    @Test(arguments: [
        (
            "Journal of Soviet Ambassador in the DPRK A. M. Puzanov for 18 May 1958",
            "Soviet Ambassador in the DPRK A. M. Puzanov"
        ),
        ("From the Journal of M.G. Podol’sky, 'Record of a Conversation with R. Berthold'", "M.G. Podol’sky"),
        ("Diary of P. F. Yudin for the period 1 through 10 March 1956", "P. F. Yudin"),
    ])
    func aJournalsKeeperIsItsWriter(title: String, keeper: String) {
        #expect(MetadataReader.journalKeeper(title) == keeper)
    }

    @Test(arguments: ["Journalists of the Soviet Press to the Editor", "Record of Conversation with Kim Il Sung"])
    func aTitleOfAnotherKindNamesNoKeeper(title: String) {
        #expect(MetadataReader.journalKeeper(title) == nil)
    }

    @Test func aJournalsTitleGivesItsSenderWithoutAnAddressee() throws {
        let read = try metadata(
            """
            May 18, 1958

            Journal of Soviet Ambassador in the DPRK A. M. Puzanov for 18 May 1958

            I was at a lunch held by Kim Il Sung.

            """)
        #expect(read.senderParts.person == "A. M. Puzanov")
        #expect(read.recipient == nil)
    }

    @Test func theInitialsAfterARoleAndItsPostAreTheHolder() {
        #expect(
            CorrespondentReader.initialledHolderAfterRole("Soviet Ambassador in the DPRK A. M. Puzanov")
                == "A. M. Puzanov")
        #expect(CorrespondentReader.initialledHolderAfterRole("Embassy of the USSR in the PRC S. Chervonenko") == nil)
    }

    @Test(arguments: [
        (
            "13.4.1959: Telegramm des DDR-Botschafters in Moskau an Otto Winzer", "DDR-Botschafter in Moskau",
            "Otto Winzer"
        ),
        (
            "Telegramm des DDR-Botschafters in Prag, Helmut Ziebart, an DDR-Außenminister Oskar Fischer, 8.11.1989",
            "DDR-Botschafter in Prag, Helmut Ziebart", "DDR-Außenminister Oskar Fischer"
        ),
        (
            "Schreiben des Ministerrates der DDR an SED-Generalsekretär Erich Honecker, 29. September 1989",
            "Ministerrat der DDR", "SED-Generalsekretär Erich Honecker"
        ),
    ])
    func aGermanTitleNamesItsSenderInTheNominative(title: String, sender: String, recipient: String) {
        let pair = EuropeanTitle.split(title)
        #expect(pair?.sender == sender)
        #expect(pair?.recipient == recipient)
    }

    @Test func aCountrysOfficeHolderInACompoundIsATitle() {
        let read = CorrespondentReader.read("DDR-Außenminister Oskar Fischer")
        #expect(read.person == "Oskar Fischer")
    }

    @Test func aSearchLabelAboveTheTitleIsNoTitle() throws {
        let read = try page(
            """
            Suche:

            13.4.1959: Telegramm des DDR-Botschafters in Moskau an Otto Winzer

            Streng vertraulich!

            Das betreffende Ziel im Punkt 8 ist sehr hochgestellt.

            """)
        #expect(read.titleLine?.text == "13.4.1959: Telegramm des DDR-Botschafters in Moskau an Otto Winzer")
    }

    @Test(arguments: ["from the journal", "from the diary of p. f. yudin", "from the minutes"])
    func aLineNamingTheRecordExcerptedIsNoOrigin(line: String) {
        #expect(PageReader.isExcerptHeading(line))
    }

    @Test(arguments: ["from moscow", "from the embassy in hanoi", "from journalists' reports"])
    func aLineNamingAPlaceOrOfficeIsNoExcerptHeading(line: String) {
        #expect(!PageReader.isExcerptHeading(line))
    }

    @Test func aToThatJoinsATitleToItsPostNamesNoAddressee() throws {
        let read = try metadata(
            """
            July 27, 1953

            Report from the Czechoslovak Ambassador to Rome, Oldzhich Kaiser, on the Egyptian government’s interest in Czech military and agricultural equipment

            In both formal visits the Egyptian ambassador spoke very amicably to me about international problems.

            """)
        #expect(read.senderParts.person == "Oldzhich Kaiser")
        #expect(read.recipient == nil)
    }

    @Test func aToBeforeAnAddresseeStillSeparates() {
        #expect(!MetadataReader.isPostOfTitle(sender: "Soviet Ambassador", recipient: "Foreign Minister Gromyko"))
        #expect(MetadataReader.isPostOfTitle(sender: "the Czechoslovak Ambassador", recipient: "Rome, Oldzhich Kaiser"))
    }

    @Test(arguments: [("Prag", "prague"), ("Moskau", "moscow"), ("Varsovie", "warsaw"), ("Bukarest", "bucharest")])
    func aCitysNameInAnotherLanguageLinksToTheCity(name: String, id: String) {
        var state = TaggingState()
        let tagger = EntityTagger(authority: Shared.corpusAuthority)
        let mentions = tagger.mentions(in: UTF16Text.units(of: "Die Botschaft in \(name) meldet."), state: &state)
        // "Botschaft in Prag" is an embassy, an organisation with the city nested in it.
        #expect(mentions.filter { $0.kind == .place }.map(\.ref) == [id])
    }

    static let readingRoomPage = """
        ADDITIONAL INFORMATION ITEMS

        Document Type:

        Collection:

        Document Number (FOIA) /ESDN (CREST):

        LOC-HAK-549-1-28-1

        Publication Date:

        February 7, 1974

        Content Type:

        CABLE

        Body:

        OP IMMED

        O 071304Z FEB 74

        FM THE SITUATION ROOM //TOHAK 003//

        TO PETER RODMAN FOR SECRETARY KISSINGER

        A FRIENDLY ATMOSPHERE PREVAILS IN PANAMA.

        """

    @Test func aReadingRoomRecordsFieldsArePreface() throws {
        let read = try page(Self.readingRoomPage)
        #expect(read.titleLine?.text == "ADDITIONAL INFORMATION ITEMS")
        #expect(read.preface.last?.text == "Body:")
        #expect(read.preface.count == 9)
    }

    @Test func aReadingRoomRecordsCableIsReadBelowItsFields() throws {
        let read = try metadata(Self.readingRoomPage)
        #expect(read.date?.iso == "1974-02-07T13:04:00Z")
        #expect(read.number == "TOHAK 003")
    }

    /// The subject's key, made in one pass, is the plain code's: lower case, one apostrophe, no plural "s".
    @Test(arguments: [
        "India’s Reactions to China's Nuclear Test", "Cable from the Chinese Embassy in India, 'India's Reactions'",
        "ÖSTERREICHS Botschaft  in Wien", "Reports   on the Talks", "",
    ])
    func theSubjectsKeyIsThePlainCodes(text: String) {
        let plain = text.lowercased().replacingOccurrences(of: "’", with: "'").split(separator: " ").map { word in
            word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : String(word)
        }.joined(separator: " ")
        #expect(MetadataReader.subjectKey(text) == plain)
    }

    @Test func aHeadingRepeatingTheQuotedSubjectInAnotherNumberIsNoCorrespondenceLine() throws {
        let read = try page(
            """
            October 18, 1964

            Cable from the Chinese Embassy in India, 'India's Reactions to China's Nuclear Test'

            India’s Reaction to Our Nuclear Test

            To the Foreign Ministry:

            1. Government leaders had all slandered us.

            """)
        #expect(!MetadataReader.correspondenceLines(read).contains("India’s Reaction to Our Nuclear Test"))
    }

    @Test func aRussianTitlesAddresseeMayOpenWithATitleInLowerCase() {
        let reading = RussianDocumentTitle.read(
            "Письмо заместителя наркома иностранных дел СССР Н. Н. Крестинского полпреду СССР во Франции В. С. Довгалевскому. 26 декабря 1930 г."
        )
        #expect(reading.sender == "Н. Н. Крестинский")
        #expect(reading.recipient == "В. С. Довгалевский")
    }

    @Test func aCopyListRunsOnAfterItsComma() {
        var closer = ["Copies: Stalin (2), Molotov, Malenkov, Beria,", "Mikoyan, Kaganovich, Bulga"].enumerated().map {
            FrameLine(
                kind: PageReader.frameKind($0.element, position: .closer),
                unit: TextUnit(line: $0.offset, text: $0.element))
        }
        PageReader.markDistribution(&closer)
        #expect(closer.map(\.kind) == [.copies, .copies])
    }

    @Test func aFormsHandlingFieldsAfterThePlaceAreNoPartOfIt() throws {
        let read = try metadata(
            """
            September 13, 1950

            Ciphered telegram, Shtykov to Ministry of Foreign Affairs, Moscow

            From Pyongyang Sent 13.9.50 Received

            Extremely urgent.

            In connection with the forthcoming session we consider it advisable to recommend it.

            """)
        #expect(read.origin == "Pyongyang")
    }

    @Test func theWhiteHousesRoomsAreOffices() {
        #expect(CorrespondentReader.read("THE SITUATION ROOM").office != nil)
        #expect(CorrespondentReader.read("Map Room").office == "Map Room")
    }

    @Test func aCablesAddresseeAndTheOneItIsForAreBothAddressees() throws {
        let read = try metadata(Self.readingRoomPage)
        #expect(read.recipientParts.count == 2)
        #expect(read.recipientParts.first?.person == "PETER RODMAN")
    }
}
