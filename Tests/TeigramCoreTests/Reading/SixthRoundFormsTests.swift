import Foundation
import Testing

@testable import TeigramCore

/// Forms met on the sixth round of documents and on the corpus's Russian originals: capitalised Russian
/// adjectives and sentence openings that name no person, a surname's nominative matched to its other cases,
/// titles in "Letter of …", "Memo of Meeting Between …" and "Kind, Office, 'Title'", an editor's bracket
/// identifying the writer, and the addressees and sender of a cable's "FOR … FROM …" line.
@Suite("Header and text forms of the sixth round")
struct SixthRoundFormsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    @Test func aRussianAdjectiveBeforeItsNounIsNoPerson() {
        let xml = encodeInline(
            "Работа велась в странах Юго-Восточной Европы, и против Советской власти тоже велась давно.")
        #expect(!xml.contains("persName"))
        // A surname in an oblique case stays a person.
        #expect(
            encodeInline("Беседовал с Залесским, который сообщил, что принято решение о поездке в Москву.").contains(
                ">Залесским</persName>"))
    }

    @Test func aSentenceEndingInAShortWordOpensTheNext() {
        // "дня." ends a sentence; only a title's abbreviation ("тов.") runs on into the name.
        #expect(
            !encodeInline("Он пригласил меня только в час дня. Начал он с извинений по поводу того, что было.")
                .contains("persName"))
        #expect(
            encodeInline("Письмо было передано вчера тов. Залесскому через наше посольство в городе.").contains(
                ">Залесскому</persName>"))
    }

    @Test func aSurnamesNominativeSharesTheStemOfItsOtherCases() {
        #expect(RussianInflection.stem("залесскии") == RussianInflection.stem("залесским"))
        #expect(RussianInflection.stem("залесскии") == RussianInflection.stem("залесского"))
        // A noun's genitive in "-ии" keeps the stem of its nominative.
        #expect(RussianInflection.stem("германии") == RussianInflection.stem("германия"))
    }

    @Test func aLetterOfAnOfficeHolderNamesTheHolderAndEndsTheAddresseeAtTheSubject() throws {
        let read = try metadata(
            """
            October 22, 1959

            Letter of Hungarian Ambassador Sándor Nógrádi to the Hungarian Foreign Ministry on the Meeting of Hungarian President István Dobi and Mao Zedong

            Dear Comrades!

            In brief, I report the following.

            """)
        #expect(read.senderParts.person == "Sándor Nógrádi")
        #expect(read.recipient == "the Hungarian Foreign Ministry")
    }

    @Test func aLowerCaseOnBeforeABodysNameStays() {
        var read = TelegramMetadata()
        _ = MetadataReader.readCorrespondents(
            "Letter from the Polish Embassy to the Committee on the Peaceful Uses of Outer Space", into: &read)
        #expect(read.recipient == "the Committee on the Peaceful Uses of Outer Space")
    }

    @Test func aMeetingsParticipantsAreNoCorrespondents() {
        var read = TelegramMetadata()
        _ = MetadataReader.readCorrespondents(
            "Memo of Meeting Between Bulgarian Deputy Foreign Minister, Maria Zaharieva, and North Korean "
                + "Ambassador to Bulgaria, Ha Dong-yun", into: &read)
        #expect(read.sender == nil)
        #expect(read.recipient == nil)
    }

    @Test func anEditorsBracketAfterMyNamesTheWriter() throws {
        let read = try metadata(
            """
            January 6, 1965

            Note No. 2/65 on Conversations with Comrade Shcherbakov about the Developmental Tendencies

            During my [GDR ambassador to the DRV, Wolfgang Bertold] conversation with the Soviet ambassador, Comrade Shcherbakov explained that some changes have been felt.

            """)
        #expect(read.senderParts.person == "Wolfgang Bertold")
        // A bracket after "my" that names no person gives none.
        let other = try metadata(
            """
            January 6, 1965

            Note No. 2/65 on Conversations with Comrade Shcherbakov

            During my [first] conversation with the Soviet ambassador, Comrade Shcherbakov explained the changes.

            """)
        #expect(other.senderParts.person == nil)
    }

    @Test func anOfficeAfterTheKindOfDocumentAndBeforeAQuotedTitleSends() {
        #expect(
            MetadataReader.officeBeforeQuotedTitle(
                "Intelligence Note, Polish Embassy in Bucharest, 'Regarding Soviet-Romanian Treaty'")
                == "Polish Embassy in Bucharest")
        // Words other than a kind of document before the office are no kind.
        #expect(
            MetadataReader.officeBeforeQuotedTitle(
                "Soviet-Romanian Relations, Polish Embassy in Bucharest, 'Regarding the Treaty'") == nil)
    }

    @Test func aCablesForAndFromLineNamesItsPersons() {
        var read = TelegramMetadata()
        read.recipientParts = [Correspondent(office: "American Embassy Warsaw")]
        MetadataReader.readCableForFromLine(
            [TextUnit(line: 1, text: "EYES ONLY\nFOR ASSISTANT SECRETARY HARTMAN FROM LOWENSTEIN\n1. TRAVEL PLANS.")],
            into: &read)
        #expect(read.recipientParts.map(\.person) == ["Hartman"])
        #expect(read.recipientParts.first?.office == "American Embassy Warsaw")
        #expect(read.senderParts.person == "Lowenstein")
    }

    @Test func aCablesAddressListDropsBureauCodesAndTitles() {
        #expect(
            MetadataReader.personsOfAddressList("SAUNDERS, NEA, AND CURRAN, ICA/NEA", inCapitals: true) == [
                "Saunders", "Curran",
            ])
        #expect(MetadataReader.personsOfAddressList("AMB. AND PAO", inCapitals: true).isEmpty)
    }

    @Test func aCablesRoutingLineForAPostNamesNoPerson() {
        var read = TelegramMetadata()
        MetadataReader.readCableForFromLine(
            [TextUnit(line: 1, text: "FOR DACCA: PLEASE PASS FROM EMBASSY TO FOREIGN OFFICE")], into: &read)
        #expect(read.recipientParts.isEmpty)
        #expect(read.senderParts.person == nil)
    }

    @Test func aReferenceBeforeTheAddresseesIsPassedOver() {
        var read = TelegramMetadata()
        read.recipientParts = [Correspondent(office: "Department of State")]
        MetadataReader.readPersonalAddressees(
            [TextUnit(line: 1, text: "3746. Ref: State 199836.2 For Under Secretary Rostow from Ambassador.")],
            into: &read)
        #expect(read.recipientParts.first?.person == "Rostow")
    }
}

/// The Australian edition's cablegrams: a series letter before the number, a precedence before the
/// security level, notes numbered without brackets below the text, the archive's reference in brackets.
@Suite("The Australian edition's cablegram forms")
struct AustralianCablegramFormsTests {
    @Test func aPrecedenceBeforeTheLevelIsATermOfItsOwn() {
        #expect(MetadataReader.classificationTerms("IMPORTANT CONFIDENTIAL") == ["IMPORTANT", "CONFIDENTIAL"])
        #expect(MetadataReader.classificationTerms("Top Secret") == ["Top Secret"])
    }

    @Test func aSeriesLetterOpensTheCablegramsNumber() throws {
        let text = """
            468 Department of External Affairs to Hodgson

            Cablegram P298 CANBERRA, 25 December 1948, 6 p.m.

            IMPORTANT CONFIDENTIAL

            The explanation of our in clear telegram [1] was radio report you were amending Soviet resolution.

            """
        let read = MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
        #expect(read.number == "P298")
        #expect(read.origin == "CANBERRA")
        #expect(MetadataReader.datelinePlace("Cablegram P298 CANBERRA,") == "CANBERRA")
    }

    @Test func aNumberedLineBelowTheTextIsTheNoteOfItsMark() throws {
        let text = """
            Cablegram 282 CANBERRA, 29 July 1947

            Please reply [1] Wednesday morning Canberra time, as we discussed in our earlier telegram today.

            1 Document 176.

            """
        let part = try #require(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")).parts.first)
        #expect(part.closer.map(\.kind) == [.footnote])
        #expect(part.closer.first?.footnoteMark?.number == "1")
    }

    @Test func aLineWithoutItsMarkInTheTextIsNoNote() {
        var closer = [FrameLine(kind: .signature, unit: TextUnit(line: 9, text: "2 Secretaries"))]
        PageReader.markNumberedNotes(&closer, marks: ["1"])
        #expect(closer.map(\.kind) == [.signature])
    }

    @Test func anArchivesReferenceOnItsOwnLineIsASourceNote() {
        func kinds(_ text: String) -> [BracketSpan.Kind] {
            BracketScanner.spans(in: UTF16Text.units(of: text)).map(\.kind)
        }
        #expect(kinds("time.\n[AA:A5009/2, A7/3/13, i]\n") == [.description(type: "source")])
        #expect(kinds("time.\n[AA : A1838, 854/10/4/3, iv]") == [.description(type: "source")])
        // Inside a sentence, or without a digit, it is no reference.
        #expect(kinds("the [AA:A5009/2] file") != [.description(type: "source")])
        #expect(kinds("[NB: see above]") != [.description(type: "source")])
    }

    /// The end of the Australian edition's cablegram of 25 December 1948 (DFAT, vol. 14), as the page gives it.
    static let cablegramEnd = """
        Cablegram P298 CANBERRA, 25 December 1948, 6 p.m.

        6. Your 286. [3] Agree re Shann.

        7. Please cable any information or suggestion you have to make
        regarding advice to Washington, Ottawa, Batavia, London or
        elsewhere. We are trying to co-ordinate all but cannot always
        judge what can help best specially what you want contained Good
        Office reports.

        3 Dispatched on 23 December, it requested that Shann remain in
        Paris for another week.


        [AA:A1838, 854/10/4/3, iiib]

        """

    @Test func aNotesNextLineJoinsItAndTheArchivesReferenceIsTheCitation() throws {
        let page = PageReader.read(try SourceText(bytes: Array(Self.cablegramEnd.utf8), path: "t.txt"))
        let part = try #require(page.parts.first)
        #expect(part.citation?.text.trimmedText == "[AA:A1838, 854/10/4/3, iiib]")
        let notes = part.closer.filter { $0.kind == .footnote }
        #expect(notes.count == 1)
        #expect(notes.first?.unit.text.hasSuffix("Paris for another week.") == true)
    }

    @Test func aLineEndingASentenceBrokenOffInALowerCaseWordIsNoClosingLine() throws {
        let page = PageReader.read(try SourceText(bytes: Array(Self.cablegramEnd.utf8), path: "t.txt"))
        let part = try #require(page.parts.first)
        #expect(!part.closer.contains { $0.unit.text.hasPrefix("Office reports") })
    }
}
