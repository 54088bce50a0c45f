import Testing

@testable import TeigramCore

/// Russian headings that name the correspondents by grammatical case.
@Suite("Russian headings")
struct RussianHeadingTests {
    @Test func aNominativeThenADativeNameAreSenderAndAddressee() {
        let read = RussianHeading.read("№ 43 И. В. СТАЛИН У. ЧЕРЧИЛЛЮ* СЕКРЕТНО")
        #expect(
            read == RussianHeading.Reading(sender: "И. В. Сталин", recipient: "У. Черчилль", classification: "Секретно")
        )
    }

    @Test func fromAndTheGenitiveIsTheSender() {
        let read = RussianHeading.read("ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И.В. СТАЛИНА")
        #expect(read == RussianHeading.Reading(sender: "И. В. Сталин", classification: "Лично и секретно"))
    }

    @Test func aDativeTitleThenANameIsTheAddressee() {
        #expect(RussianHeading.read("ПРЕЗИДЕНТУ г-ну Ф. РУЗВЕЛЬТУ").recipient == "Ф. Рузвельт")
    }

    @Test func aSentenceIsNoHeading() {
        #expect(RussianHeading.read("У меня просьба к Вам.") == RussianHeading.Reading())
    }
}

/// Surnames back in the nominative.
@Suite("Russian surnames in the nominative")
struct RussianNominativeTests {
    @Test(arguments: [
        ("СТАЛИНА", RussianInflection.Case.genitive, "СТАЛИН"), ("Молотову", .dative, "Молотов"),
        ("ЧЕРЧИЛЛЮ", .dative, "ЧЕРЧИЛЛЬ"), ("Рузвельту", .dative, "Рузвельт"), ("Вышинскому", .dative, "Вышинский"),
        ("Громыко", .dative, "Громыко"),
    ])
    func obliqueFormsOfMensSurnames(written: String, grammaticalCase: RussianInflection.Case, nominative: String) {
        #expect(RussianInflection.nominative(of: written, from: grammaticalCase) == nominative)
    }
}
