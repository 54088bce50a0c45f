import Foundation
import Testing

@testable import TeigramCore

/// Forms met on the corpus and the fourteenth round of documents: an office and its writer before the kind
/// of document, a Hungarian registry line, a form's count of copies, a cable in capitals cut off after a
/// line break, a holder named after a qualified role, a title that gives its subject.
@Suite("Header forms of the fourteenth round")
struct FourteenthRoundFormsTests {
    func page(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
    }

    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(try page(text))
    }

    @Test(arguments: [
        (
            "Hungarian Embassy in Havana (Beck), Report on Conversation with Cuban Foreign Ministry Official",
            "Hungarian Embassy in Havana (Beck)"
        ),
        (
            "Hungarian Embassy in Canada, Ciphered Telegram, 8 June 1979. Subject: Relations.",
            "Hungarian Embassy in Canada"
        ),
    ])
    func anOfficeBeforeTheKindOfDocumentWroteIt(title: String, office: String) {
        #expect(MetadataReader.officeWithWriterBeforeKind(title) == office)
    }

    @Test(arguments: ["Conversation with Kim, Report on the Visit", "Document 24.2 TERENTI SHTYKOV, Telegram"])
    func aTitleWithoutAnOfficeBeforeTheKindNamesNoWriter(title: String) {
        #expect(MetadataReader.officeWithWriterBeforeKind(title) == nil)
    }

    @Test func aTitleThatGivesItsSubjectIsATitleNotASentence() throws {
        let read = try metadata(
            """
            June 8, 1979
            Hungarian Embassy in Canada, Ciphered Telegram, 8 June 1979. Subject: Vietnamese-DPRK relations.
            On June 6th, the Vietnamese ambassador said the following about the attitude of the DPRK.

            """)
        #expect(read.senderParts.office == "Hungarian Embassy in Canada")
        #expect(read.origin != "Ciphered Telegram")
    }

    static let hungarianForm = """
        March 12, 1963

        Hungarian Embassy in Havana (Beck), Report on Conversation with Cuban Foreign Ministry Official

        Written: in four copies

        Three to Center

        One to Embassy

        The Embassy of the Hungarian People’s Republic

        131/1963/top secret

        Havana, 12 March 1963

        On 6 March, Comrades Görög and Sütő invited to a dinner the head of the Third Political Department.

        """

    @Test func aHungarianRegistryLineGivesTheNumberAndTheMarking() throws {
        let read = try metadata(Self.hungarianForm)
        #expect(read.number == "131/1963")
        #expect(read.classification == ["top secret"])
    }

    @Test func theWriterInBracketsSignsTheReport() throws {
        let read = try metadata(Self.hungarianForm)
        #expect(read.senderParts.person == "Beck")
        #expect(read.senderParts.office == "Hungarian Embassy in Havana")
    }

    @Test(arguments: [("Three to Center", true), ("One to Embassy", true), ("Mao to Stalin", false)])
    func aFormsCountOfCopiesNamesNoCorrespondents(line: String, isCount: Bool) {
        #expect(MetadataReader.isCopyCount(line) == isCount)
    }

    @Test func aCableInCapitalsCutAfterALineBreakEndsInItsParagraph() throws {
        let closer = try #require(
            try page(
                """
                FM AMEMBASSY ADDIS ABABA
                TO SECSTATE WASHDC IMMEDIATE 2043

                4. FOLLOWING THE DISCUSSION OF THE COMPENSATION ISSUE, THERE WAS A BRIEF DISCUSSION OF THE
                ZIMBABWE QUESTION AND THE POSSIBLE FORTHCOMING FRONT

                LINE CHIEF

                """
            ).parts.first?.closer)
        #expect(!closer.contains { $0.kind == .signature })
    }

    @Test func theHolderAfterAQualifiedRoleAndACommaIsTheCorrespondent() {
        #expect(
            CorrespondentReader.read("Bulgarian Minister of Foreign Affairs, Peter Mladenov").person == "Peter Mladenov"
        )
        #expect(
            CorrespondentReader.holderAfterRole(role: "Ministry of Foreign Affairs", holder: "Second Department") == nil
        )
    }

    @Test func sirIsATitle() {
        #expect(CorrespondentReader.stripTitles("Sir Geoffrey Whiskard") == "Geoffrey Whiskard")
    }
}

/// A body's noun or the adjective of an institution's name is no part of a person's name.
@Suite("Institutions' words are no persons' names")
struct InstitutionWordsAreNoNamesTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPerson>
          <person xml:id="chen-yi"><persName type="standard">Chen Yi</persName></person>
          <person xml:id="reis-malile"><persName type="standard">Reis Malile</persName></person>
        </listPerson>
        """)

    func texts(_ text: String, kind: AuthorityEntry.Kind) throws -> [String] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1961)
        return tagger.mentions(in: UTF16Text.units(of: text), state: &state).filter { $0.kind == kind }.map {
            UTF16Text.substring(text, $0.range)
        }
    }

    @Test func aBodysNounInAListOfPersonsIsNoPerson() throws {
        let text = "Chen Yi, Politburo member and minister of foreign affairs, and Reis Malile discussed relations."
        #expect(try texts(text, kind: .person) == ["Chen Yi", "Reis Malile"])
    }

    @Test func aForeignOfficeWithItsCountryIsOneOrganisation() throws {
        let text = "3, German Foreign Office has stated that it would not reply."
        #expect(try texts(text, kind: .person).isEmpty)
        #expect(try texts(text, kind: .org) == ["German Foreign Office"])
    }
}

/// A correspondent links to an authority person only when the person lived at the document's date.
@Suite("Correspondents and the dates of their entries")
struct CorrespondentDatesTests {
    @Test func aPersonWhoDiedBeforeTheDocumentIsNotItsAddressee() throws {
        let authority = try testAuthority(
            """
            <listPerson>
              <person xml:id="kimon-georgiev"><persName type="standard">Kimon Georgiev</persName>
                <persName type="surname">Georgiev</persName><birth when="1882"/><death when="1969"/></person>
            </listPerson>
            """)
        let encoded = try TelegramEncoder(authority: authority).encode(
            bytes: Array(
                """
                June 28, 1971

                Letter from the Bulgarian Embassy in the DPRK to Ambassador Georgiev

                The delegation arrived yesterday and was received by the Premier.

                """.utf8), path: "t.txt", documentID: "t")
        let xml = String(decoding: encoded.bytes, as: UTF8.self)
        let received = try #require(xml.range(of: "<correspAction type=\"received\">"))
        let action = xml[received.upperBound...].prefix(300)
        #expect(action.contains("Georgiev"))
        #expect(!action.contains("#kimon-georgiev"))
    }

    @Test func aFormsToFieldNamesTheHolderAfterTheRole() throws {
        let read = try MetadataReader.read(
            PageReader.read(
                try SourceText(
                    bytes: Array(
                        """
                        October 24, 1962

                        Ciphergram No. 15677

                        To: [Foreign Ministry Director General Maria] WIERNA, URGENT, EYES ONLY

                        From: PASZKOWSKI

                        The talks went well and will go on tomorrow in the morning at the ministry.

                        """.utf8), path: "t.txt")))
        #expect(read.recipient == "Maria WIERNA")
    }
}
