import Foundation
import Testing

@testable import TeigramCore

/// Forms met on the corpus and the thirteenth round of documents: an edition site's page in its German or
/// Italian interface, French titles with the holder after the role, a ciphergram's form fields below a
/// title that names offices, a Chinese cable's one-field paragraphs, a copy list headed "Received by:".
@Suite("Header forms of the thirteenth round")
struct ThirteenthRoundFormsTests {
    func page(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
    }

    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(try page(text))
    }

    @Test(arguments: [
        ("Language: French", "fr"), ("Sprache: Französisch", "fr"), ("Lingua: francese", "fr"),
        ("Langue: allemand", "de"),
    ])
    func aLanguageFieldInTheSitesLanguageNamesTheDocumentsLanguage(line: String, tag: String) throws {
        let name = try #require(PageReader.languageField(line))
        #expect(LanguageName.tag(for: name) == tag)
    }

    @Test(arguments: ["Zitierempfehlung: Kopieren", "Raccomandazione di citazione: Copiare", "Abgedruckt in"])
    func anEditionSitesButtonsAndLabelsInGermanAndItalianAreChrome(line: String) {
        #expect(PageReader.isRecordChrome(line))
    }

    @Test(arguments: ["19.9.1928 (mercoledì)", "8.6.1944 (Donnerstag)", "24.8.1918 (Saturday)"])
    func aDateLineMayNameItsWeekdayInTheSitesLanguage(line: String) {
        #expect(PageReader.dateIfDateOnly(line, recognizer: DateRecognizer()) != nil)
    }

    @Test func aPageInTheSitesItalianInterfaceHasItsTitleAfterTheDateLine() throws {
        let read = try metadata(
            """
            Lingua: francese
            19.9.1928 (mercoledì)
            Der schweizerische Geschäftsträger in Rom, T. von Sonnenberg, an den Vorsteher des Politischen Departementes, G. Motta
            Lettera (L)

            Je vous confirme mon télégramme.

            """)
        #expect(read.title.hasPrefix("Der schweizerische Geschäftsträger"))
        #expect(read.senderParts.person == "T. von Sonnenberg")
        #expect(read.originalLanguage == "fr")
    }

    @Test(arguments: [
        ("T. von Sonnenberg", "T. von Sonnenberg"), ("M. Pilet-Golaz", "M. Pilet-Golaz"), ("A.Dunant", "A. Dunant"),
        ("Monsieur Motta", nil),
    ])
    func initialsBeforeAParticleOrADoubleNameAreAPerson(text: String, name: String?) {
        #expect(CorrespondentReader.initialsAndSurname(text) == name)
    }

    @Test func aFrenchTitleNamesTheHolderAfterTheRole() throws {
        let read = try metadata(
            """
            dodis.ch/47750
            Le Chef du Département politique, M. Pilet-Golaz, au Ministre de Suisse à Washington, K. Bruggmann1

            Numéro 448. Pour Ministre Bruggmann.

            """)
        #expect(read.senderParts.person == "M. Pilet-Golaz")
        #expect(read.recipientParts.first?.person == "K. Bruggmann")
    }

    static let ciphergram = """
        May 29, 1962

        Telegram from Polish Foreign Ministry to Polish Embassy, Washington, 29 May 1962

        Ciphergram No. 6543

        Warsaw, 29 May 1962

        From: [Director General in the Foreign Ministry Przemysław] Ogrodziński1

        To: [Ambassador Edward] DROŻNIAK2 - WASHINGTON [D.C.]

        Rapacki is going to make an official visit to Cuba.

        Received by:

        Comrade Rapacki

        Comrade Winiewicz

        """

    @Test func theHolderInAFormsFromFieldSignsBelowATitleNamingTheMinistry() throws {
        let read = try metadata(Self.ciphergram)
        #expect(read.senderLine?.person == "Przemysław Ogrodziński")
    }

    @Test func theAddresseeInAFormsToFieldLosesTheFootnoteMarkAndThePost() throws {
        let read = try metadata(Self.ciphergram)
        #expect(read.addresseeLine?.person == "Edward DROŻNIAK")
    }

    @Test func thePlaceAfterAnAddresseeMissionIsItsPostNotTheOrigin() throws {
        #expect(try metadata(Self.ciphergram).origin == "Warsaw")
    }

    @Test func aListHeadedReceivedByNamesReadersNotTheSigner() throws {
        let closer = try #require(try page(Self.ciphergram).parts.first?.closer)
        #expect(closer.filter { $0.kind == .signature }.isEmpty)
        #expect(closer.filter { $0.kind == .copies }.count == 3)
    }

    @Test(arguments: [
        ("Aleksander KRAJEWSKI1", "Aleksander KRAJEWSKI"), ("Ogrodziński1", "Ogrodziński"), ("B52", "B52"),
    ])
    func aFootnoteMarkAfterANameGoes(text: String, name: String) {
        #expect(CorrespondentReader.withoutFootnoteMarks(text) == name)
    }

    @Test func aRussianAddresseeLineMayNameThePostBetweenItsDativeTitles() {
        let line = "Председателю Совета министров Союза Советских Социалистических Республик товарищу И.В. Сталину"
        #expect(RussianHeading.read(line).recipient == "И. В. Сталин")
        #expect(
            RussianHeading.read("Совета министров Союза Советских Социалистических Республик И.В. Сталину").recipient
                == nil)
    }

    @Test func aChineseCablesOneFieldParagraphsGiveItsLevelAndNumber() throws {
        let read = try metadata(
            """
            March 21, 1960

            Cable from the Chinese Ministry of Foreign Affairs

            […]

            Sent to: India

            Approved by: Liao Chengzhi, Han Nianlong

            Level: Urgent, advance

            Response No.

            Dispatch No. 1108

            To the Embassy in India:

            Please reserve two tickets.

            """)
        #expect(read.classification == ["Urgent", "advance"])
        #expect(read.number == "1108")
    }

    @Test func aNotesMarkAloneWhereThePageWasCutOffIsAFootnote() throws {
        let closer = try #require(
            try page(
                """
                Telegram from A to B

                The text of the telegram, long enough to be prose and not a heading of any kind at all.

                Comrade Krajewski

                [1] Przemysław Ogrodziński (1918 – 1980), Polish diplomat.

                [2]

                """
            ).parts.first?.closer)
        #expect(closer.last?.kind == .footnote)
    }
}
