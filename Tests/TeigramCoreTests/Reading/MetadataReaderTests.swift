import Testing
@testable import TeigramCore

/// Header facts read from titles, routing blocks, file numbers and source notes of layouts beyond the
/// Wilson Center's.
@Suite("Header facts")
struct MetadataReaderTests {
    static func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    static let cable = """
        SECRET
        PAGE 01 SOFIA 01611 111105Z
        P 110913Z SEP 74
        FM AMEMBASSY SOFIA
        TO SECSTATE WASHDC PRIORITY 8591
        INFO AMEMBASSY MOSCOW
        S E C R E T SOFIA 1611
        E.O. 11652: GDS
        SUBJECT: A MESSAGE
        1. AS REPORTED REFTEL, THE FOREIGN MINISTER INFORMED ME THAT THE DEPUTY PREMIER WILL BE
        CARRYING A MESSAGE TO WASHINGTON WHICH HIS GOVERNMENT WISHES HIM TO PRESENT.
        MOORE

        """

    @Test func aCablesRoutingBlockGivesCorrespondentsDateTimeAndNumber() throws {
        let read = try Self.metadata(Self.cable)
        #expect(read.senderParts == Correspondent(office: "American Embassy Sofia", place: "Sofia"))
        #expect(read.recipientParts == [Correspondent(office: "Secretary of State Washington", place: "Washington")])
        #expect(read.date?.iso == "1974-09-11T09:13:00Z")
        #expect(read.origin == "Sofia")
        #expect(read.number == "1611")
    }

    @Test func severalAddresseesOfACable() throws {
        let text = Self.cable.replacingOccurrences(
            of: "TO SECSTATE WASHDC PRIORITY 8591\n", with: "TO AMEMBASSY AMMAN IMMEDIATE\nAMEMBASSY DACCA\n")
        let read = try Self.metadata(text)
        #expect(read.recipientParts.map(\.office) == ["American Embassy Amman", "American Embassy Dacca"])
    }

    @Test func aFrusFileNumberDatesAnUndatedTelegram() throws {
        let read = try Self.metadata(
            "860h.00/11–1945: Telegram\n\nThe Ambassador in the Soviet Union (Harriman) to the Secretary of State\n\n3898. Acknowledging my letter of November 6 informing Molotov of the note, Vyshinski replied today as follows.\n"
        )
        #expect(read.date?.iso == "1945-11-19")
        #expect(read.date?.certainty == "medium")
        #expect(read.senderParts.person == "Harriman")
        #expect(read.recipientParts.first?.office == "Secretary of State")
        #expect(read.number == "3898")
    }

    @Test func aClassificationAtTheHeadOfTheTitle() throws {
        let read = try Self.metadata(
            "May 31, 1963\n\nSecret Telegram from Maneli (Saigon) to Spasowski (Warsaw) [Ciphergram No. 7353]\n\nI met the premier today and we talked about the future government of the south for a long time.\n"
        )
        #expect(read.classification == ["Secret"])
        #expect(read.number == "7353")
        #expect(read.origin == "Saigon")
        #expect(read.receivedPlace == "Warsaw")
    }

    @Test func aSourceNotesClassificationSentence() throws {
        let read = try Self.metadata(
            "Moscow, April 21, 1964, 2 p.m.\n\n29. Telegram From the Embassy in the Soviet Union to the Department of State\n\nThe talks went on for a long time today and the minister said very little about them.\n\nSource: National Archives, RG 59, Central Files 1964–66, POL 1 US–USSR. Secret; Exdis. Repeated to Paris.\n"
        )
        #expect(read.classification == ["Secret", "Exdis"])
    }

    @Test func aSubjectInSingleQuotesIsNoCorrespondent() throws {
        let read = try Self.metadata(
            "March 25, 1984\n\nAmbassador Katori to the Foreign Minister, 'Prime Minister Visit to China'\n\nThe visit went well and the talks covered many questions of the region for a long time.\n"
        )
        #expect(read.senderParts.person == "Katori")
        #expect(read.recipientParts.first == Correspondent(office: "Foreign Minister"))
    }
}

extension MetadataReaderTests {
    @Test func aFrusFileNumberIsTheArchivalReference() throws {
        let read = try Self.metadata(
            "124.616/381: Telegram\n\nThe Chargé in the Soviet Union (Thurston) to the Secretary of State\n\n741. The Foreign Office has just announced that relations will be resumed, and the talks went on today.\n"
        )
        #expect(read.fileNumber == "124.616/381")
        #expect(read.senderParts.person == "Thurston")
    }
}
