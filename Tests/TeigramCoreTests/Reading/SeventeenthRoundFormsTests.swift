import Foundation
import Testing

@testable import TeigramCore

/// Forms met on the seventeenth round of documents.
@Suite("Header forms of the seventeenth round")
struct SeventeenthRoundFormsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    @Test func aTitleSayingWhoReceivedTheCableNamesNoSender() throws {
        let read = try metadata(
            """
            October 28, 1963

            Cable Received by the Ministry of Foreign Affairs

            Urgent - From the Korea Desk - No (63) 395

            A cable dated October 5 arrived with the news that the Premier received the study delegation.

            """)
        #expect(read.sender == nil)
    }

    @Test func aFlattenedTableRowGivesItsFieldsCellByCell() {
        #expect(
            MetadataReader.tableFields("To | : Minister | Reference (Copy) | : Chief of KCIA | ||")
                == ["To: Minister", "Reference (Copy): Chief of KCIA"])
        #expect(MetadataReader.isTableRow("From | : Ambassador to Germany [Illegible] |"))
        #expect(!MetadataReader.isTableRow("Telegram from Ambassador Jelen to Rapacki | Wilson Center Digital Archive"))
    }

    @Test func aFormsTableNamesTheCorrespondentsInItsFields() throws {
        let read = try metadata(
            """
            May 1975
            South Korean Telegrams on Visit to China by North Korean Leader Kim Il Sung
            MINISTRY OF FOREIGN AFFAIRS
            To | : Minister | Reference (Copy) | : Chief of KCIA | ||
            From | : Ambassador to Germany [Illegible] |
            |
            - An official from our ministry visited the Head of East Asian Affairs on the 22nd.

            """)
        #expect(read.sender?.hasPrefix("Ambassador to Germany") == true)
        #expect(read.recipient == "Minister")
        // An envoy's post is inferred as the origin, never stated; the writer drops a country so inferred.
        #expect(read.origin == nil || read.originIsInferred)
    }
}
