import Testing

@testable import TeigramCore

/// An edition database's record page (the layout of Dodis, the Diplomatic Documents of Switzerland): a
/// language field, a date line with the day of the week, a title in French or German, the record block, and
/// the text under the title repeated.
@Suite("Edition record pages")
struct EditionRecordPageTests {
    static let page = """
        Language: French
        24.8.1918 (Saturday)
        La Légation de Suisse à Pétrograd à la Division des Affaires étrangères du Département politique
        Telegram (T)
        Selon Tchitcherine, Berzine serait chargé d’entrer en pourparlers pour négocier un nouveau traité de commerce.
        Thematische Zuordung Serie 1848–1945:
        22. Russland
        How to cite: Copy

        Printed in

        Jacques Freymond et al. (ed.)

        Diplomatic Documents of Switzerland, vol. 6, doc. 442

        volume link

        Bern 1981

        Repository

        dodis.ch/43717
        La Légation de Suisse à Pétrograd à la Division des Affaires étrangères du Département politique1

        Un télégramme reçu aujourd’hui nous annonce que les négociateurs sont chargés d’entrer en pourparlers avec vous pour la négociation d’un nouveau traité de commerce, et nous avons

        """

    func page() throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(Self.page.utf8), path: "t.txt"))
    }

    @Test func theLanguageFieldIsAFieldNotTheTitle() throws {
        let page = try page()
        #expect(page.footerFields.contains { $0.label == "Language" && $0.value.text == "French" })
        #expect(page.titleLine?.text.hasPrefix("La Légation") == true)
    }

    @Test func aDateLineMayNameTheDayOfTheWeek() throws {
        #expect(try page().dateLine?.text == "24.8.1918 (Saturday)")
        #expect(PageReader.dateIfDateOnly("24.8.1918 (Saturday)", recognizer: DateRecognizer())?.iso == "1918-08-24")
        #expect(PageReader.dateIfDateOnly("24.8.1918 (Saturday talks)", recognizer: DateRecognizer()) == nil)
    }

    @Test func theRecordBlockGoesToFieldsSummaryCitationAndChrome() throws {
        let page = try page()
        #expect(page.footerFields.contains { $0.label == "Type" && $0.value.text == "Telegram (T)" })
        #expect(page.footerFields.contains { $0.label == "Thematische Zuordung Serie 1848–1945" })
        #expect(
            page.summary.map(\.text) == [
                "Selon Tchitcherine, Berzine serait chargé d’entrer en pourparlers pour négocier un nouveau traité de commerce."
            ])
        #expect(page.citation.map(\.text).contains("Diplomatic Documents of Switzerland, vol. 6, doc. 442"))
        #expect(page.citation.map(\.text).contains("dodis.ch/43717"))
        #expect(page.chrome.map(\.text).contains("volume link"))
        #expect(page.parts.first?.heading?.text.hasSuffix("politique1") == true)
        #expect(page.parts.first?.body.units.first?.text.hasPrefix("Un télégramme") == true)
    }

    @Test func fieldsAboveTheTextDoNotMakeACutPageWhole() throws {
        #expect(try page().isTruncated)
    }

    @Test func theTitlesCorrespondentsAreRead() throws {
        let metadata = MetadataReader.read(try page())
        #expect(metadata.senderParts.office == "Légation de Suisse à Pétrograd")
        #expect(metadata.origin == "Pétrograd")
        #expect(metadata.recipientParts.first?.office == "Division des Affaires étrangères du Département politique")
        #expect(metadata.textLanguage == "fr")
        #expect(metadata.originalLanguage == "fr")
    }

    @Test(arguments: [
        (
            "La Légation de Suisse à Pétrograd à la Division des Affaires étrangères du Département politique",
            "Légation de Suisse à Pétrograd", "Division des Affaires étrangères du Département politique"
        ),
        (
            "Der Vorsteher des Politischen Departementes, G. Motta, an den schweizerischen Gesandten in Paris, A.Dunant",
            "Vorsteher des Politischen Departementes, G. Motta", "schweizerischen Gesandten in Paris, A.Dunant"
        ),
        (
            "Il Ministro di Svizzera a Roma, G. Wagnière, al Capo del Dipartimento politico, G. Motta",
            "Ministro di Svizzera a Roma, G. Wagnière", "Capo del Dipartimento politico, G. Motta"
        ),
        (
            "Le Ministre de Suisse au Japon, C. Gorgé, au Chef du Département politique, G. Motta",
            "Ministre de Suisse au Japon, C. Gorgé", "Chef du Département politique, G. Motta"
        ),
    ])
    func aEuropeanTitleNamesSenderAndAddressee(title: String, sender: String, recipient: String) {
        let pair = EuropeanTitle.split(title)
        #expect(pair?.sender == sender)
        #expect(pair?.recipient == recipient)
    }

    @Test func anEnglishTitleOrASentenceIsNoEuropeanTitle() {
        #expect(EuropeanTitle.split("Memorandum of Conversation between the Ambassador and Gromyko") == nil)
        #expect(EuropeanTitle.split("Le Conseil fédéral a décidé à la majorité de ne pas répondre.") == nil)
    }

    @Test func aRoleThenInitialsAndSurnameIsThePerson() {
        let read = CorrespondentReader.read("schweizerischen Gesandten in Paris, A.Dunant")
        #expect(read.person == "A. Dunant")
        #expect(read.place == "Paris")
        #expect(CorrespondentReader.initialsAndSurname("Н. Г. Поздняков") == "Н. Г. Поздняков")
        #expect(CorrespondentReader.initialsAndSurname("Paris") == nil)
    }
}
