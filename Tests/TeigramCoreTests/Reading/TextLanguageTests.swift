import Testing

@testable import TeigramCore

/// The language of a text, told from its function words (``TextLanguage``).
@Suite("Text language")
struct TextLanguageTests {
    func language(_ paragraphs: String...) -> String {
        TextLanguage.identify(paragraphs.enumerated().map { TextUnit(line: $0.offset + 1, text: $0.element) })
    }

    @Test(arguments: [
        (
            "en",
            "The Ambassador said that the Government of the Soviet Union was not prepared to discuss the question "
                + "of the treaty with the representatives of the other side, and that this would have to wait."
        ),
        (
            "fr",
            "Un télégramme reçu aujourd’hui nous annonce que les négociateurs sont chargés d’entrer en pourparlers "
                + "avec vous pour la négociation d’un nouveau traité de commerce. Nous avons pris connaissance de cette "
                + "lettre, et il nous paraît nécessaire que le Conseil fédéral envoie un secrétaire."
        ),
        (
            "de",
            "Motta übermittelt Dunant Instruktionen für den Fall des Versuchs einer Fühlungnahme mit dem "
                + "Gesandten. Dunant soll keine eigene Initiative ergreifen, die Annäherung aber auch nicht zurückweisen, "
                + "und wir werden sehen, ob sich die Lage ändert; das ist für uns von Bedeutung."
        ),
        (
            "it",
            "Il Ministro ha detto che la questione della frontiera non è stata risolta e che per il momento gli "
                + "accordi sono sospesi; anche il governo di Roma ritiene che questo punto sia essenziale alla pace."
        ),
        (
            "es",
            "El embajador dijo que los acuerdos firmados por el gobierno no son suficientes para la paz y que "
                + "las negociaciones con los representantes del otro país están detenidas, pero muy pronto seguirán."
        ),
        ("ru", "Беседовал с Залесским, который сообщил, что принято решение о поездке в Москву."),
    ])
    func aTextsLanguageIsToldByItsFunctionWords(expected: String, text: String) {
        #expect(language(text) == expected)
    }

    @Test func tooFewFunctionWordsLeaveEnglish() {
        #expect(language("Berzine Tchitcherine Odier Bruggmann") == "en")
        #expect(language() == "en")
    }

    @Test func aSentencesAccentedCapitalIsFolded() {
        #expect(TextLanguage.words(in: Array("Été ÉTÉ".utf8)) == ["été", "été"])
    }
}
