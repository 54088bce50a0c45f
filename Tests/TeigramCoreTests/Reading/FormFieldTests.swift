import Testing
@testable import TeigramCore

/// Markings, dispatch places and receipt dates that forms write inside other lines: opening sentences,
/// number lines, portion markings, rows of cells.
@Suite("Form fields inside lines")
struct FormFieldTests {
    static func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    @Test func aClassificationValueSplitsIntoTerms() {
        #expect(
            MetadataReader.classificationTerms("Extremely Urgent, Advance Dispatch") == [
                "Extremely Urgent", "Advance Dispatch",
            ])
        #expect(MetadataReader.classificationTerms("Top Secret Top Urgent") == ["Top Secret", "Top Urgent"])
        #expect(MetadataReader.classificationTerms("secret\nurgent") == ["secret", "urgent"])
        #expect(MetadataReader.classificationTerms("Most Secret and Personal") == ["Most Secret and Personal"])
        #expect(MetadataReader.classificationTerms("Extra Urgent / From the Moscow Desk").isEmpty)
    }

    @Test func markingsThatOpenAParagraphAreRead() {
        #expect(
            MetadataReader.openingClassification("MOST SECRET AND PERSONAL. Following from Prime Minister.") == [
                "MOST SECRET AND PERSONAL"
            ])
        #expect(
            MetadataReader.openingClassification("Flash: Secret. – For Ambassador Stadelhofer.") == ["Flash", "Secret"])
        // A field's label is no marking; prose is none either.
        #expect(MetadataReader.openingClassification("Priority: Urgent") == ["Urgent"])
        #expect(MetadataReader.openingClassification("Secretary Rusk said that the talks were urgent.").isEmpty)
    }

    @Test func aPortionMarkingForTheWholeTextGivesItsLevel() {
        #expect(MetadataReader.portionMarking("1. (S—Entire text).") == "Secret")
        #expect(MetadataReader.portionMarking("1. (C) ENTIRE TEXT.") == "Confidential")
        #expect(MetadataReader.portionMarking("(LOU) Entire text") == "Limited Official Use")
        // A paragraph's own marking is not the document's.
        #expect(MetadataReader.portionMarking("2. (C) The Minister said that the plan was ready.") == nil)
    }

    @Test func aNumberLinesMarkingsAreRead() {
        #expect(
            MetadataReader.classificationAfterNumber("Number 1340 Top Secret Top Urgent Q36RA") == [
                "Top Secret", "Top Urgent",
            ])
        #expect(
            MetadataReader.classificationAfterNumber("No. 956 Secret Urgent (Priority Processing)") == [
                "Secret", "Urgent",
            ])
        #expect(MetadataReader.classificationAfterNumber("No. 284 of the Embassy").isEmpty)
    }

    @Test func aFlattenedFormRowIsReadCellByCell() {
        #expect(
            MetadataReader.formCells("Level: Extra Urgent / From the Moscow Desk / Received (65) No. 587") == [
                "Level: Extra Urgent", "From the Moscow Desk", "Received (65) No. 587",
            ])
        #expect(
            MetadataReader.formCells("August 13, 1991 | Sent [from] Mongolia |") == [
                "August 13, 1991", "Sent [from] Mongolia",
            ])
        #expect(MetadataReader.formCells("Moscow/Washington talks") == ["Moscow/Washington talks"])
    }

    @Test func aDispatchCellNamesThePlaceOfOrigin() {
        #expect(MetadataReader.dispatchCellPlace("Sent: China 00:45 Year Month 25") == "China")
        #expect(MetadataReader.dispatchCellPlace("Sent [from] Mongolia") == "Mongolia")
        #expect(MetadataReader.dispatchCellPlace("From the Moscow Desk") == "Moscow")
        #expect(MetadataReader.dispatchCellPlace("Dispatched from Havana on 05.29.1962 at 12:30") == "Havana")
        // An office or an office-holder is no place.
        #expect(MetadataReader.dispatchCellPlace("From the Embassy") == nil)
        #expect(MetadataReader.dispatchCellPlace("From Ambassador Popa") == nil)
    }

    @Test func aRowWithAnArrivalCellGivesTheReceiptDate() throws {
        let read = try Self.metadata(
            """
            August 13, 1991
            Cable No. 956 from Ambassador Suezawa Shoji (Mongolia) to the Minister of Foreign Affairs
            Secret
            August 13, 1991 [time blacked out] | Sent [from] Mongolia |
            August 13, 1991 [time blacked out] | Arrived [at] Ministry |
            On August 10, at a reception hosted by Premier Li Peng, a remark was made by the Premier on a visit.

            """)
        #expect(read.receivedDate?.iso == "1991-08-13")
        #expect(read.origin == "Mongolia")
    }

    @Test func aReceiptLaterInATransmissionLineIsRead() throws {
        let read = try Self.metadata(
            """
            May 29, 1962
            Telegram from Polish Embassy in Havana (Jeleń), 29 May 1962
            Ciphergram No. 7980
            Dispatched from Havana on 05.29.1962 at 12:30 and received at 05.30.1962 at 20:24
            Came to the Decoding Department at 05.30.1962 at 23:00
            To: [Director General Jerzy] MICHALOWSKI, URGENT, Eyes Only
            Today's newspapers have published the information about the farewell visit of the ambassador.

            """)
        #expect(read.receivedDate?.iso == "1962-05-30")
        #expect(read.origin == "Havana")
        // The transmission note is no correspondence line, and the editor's brackets are read through.
        #expect(read.sender != "Came")
        #expect(read.recipient?.contains("[") == false)
        #expect(read.recipient?.contains("MICHALOWSKI") == true)
    }

    @Test func aTitlesBareNumberIsNoPartOfItsCorrespondents() throws {
        let read = try Self.metadata(
            """
            177 Department of External Affairs to Mackay
            Cablegram 282 CANBERRA, 29 July 1947
            Your 397. While appreciating your administrative difficulties delay in report has placed us in an embarrassing position.

            """)
        #expect(read.sender == "Department of External Affairs")
        #expect(read.number == "282")
        #expect(read.date?.iso == "1947-07-29")
        #expect(read.origin == "CANBERRA")
    }

    @Test func aTitlesNumberInGroupsIsNoPartOfTheSender() throws {
        let read = try Self.metadata(
            """
            April 14, 1978
            TELEGRAM 066.621 from the Romanian Embassy in Pyongyang to the Romanian Ministry of Foreign Affairs
            On April 13th 1978, in a conversation with Ambassador Dumitru Popa, the Vice-Prime Minister said that a delegation was in Colombo.

            """)
        #expect(read.sender?.hasPrefix("066") == false)
        #expect(read.number == "066.621")
    }

    @Test func aPagesUpdateStampIsChrome() {
        #expect(PageReader.isUpdateStamp("Last Updated: 11 September 2013"))
        #expect(!PageReader.isUpdateStamp("Last week the minister updated the cabinet on the talks."))
    }
}

/// Correspondence lines that an edition numbers.
@Suite("Numbered correspondence lines")
struct NumberedCorrespondenceLineTests {
    @Test func aLineAfterAnEditionsNumberNamesTheCorrespondents() throws {
        let read = MetadataReader.read(
            PageReader.read(
                try SourceText(
                    bytes: Array(
                        """
                        Skip to main content
                        Historical documents
                        338 High Commission in New Delhi to Department of External Affairs
                        Cablegram 261 NEW DELHI, 5 April 1949, 7.05 p.m.
                        Our 255. Discussion will now take place on April 13th, according to a letter received from the minister.

                        """.utf8), path: "t.txt")))
        #expect(read.sender == "High Commission in New Delhi")
        #expect(read.recipient == "Department of External Affairs")
    }
}
