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
}
