import Testing
import TeigramXML

@testable import TeigramCore

/// Names found by the conventions of a language: Russian capitals inside a sentence, Russian adjective
/// and noun names declining together, Vietnamese persons referred to by their personal name.
@Suite("Russian and Vietnamese names")
struct RussianAndVietnameseNameTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPerson>
          <person xml:id="ngo-dinh-diem"><persName type="standard">Ngo Dinh Diem</persName>
            <persName type="surname">Ngo</persName></person>
          <person xml:id="ngo-dinh-can"><persName type="standard">Ngo Dinh Can</persName></person>
          <person xml:id="ho-chi-minh"><persName type="standard">Ho Chi Minh</persName></person>
        </listPerson>
        <listPlace>
          <place xml:id="moscow"><placeName type="standard">Москва</placeName></place>
          <place xml:id="soviet-union"><placeName type="standard">Советский Союз</placeName></place>
          <place xml:id="usa"><placeName type="standard">Соединенные Штаты</placeName></place>
        </listPlace>
        """)

    func mentions(_ text: String) throws -> [EntityMention] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1963)
        return tagger.mentions(in: UTF16Text.units(of: text), state: &state)
    }

    func texts(_ text: String, kind: AuthorityEntry.Kind) throws -> [String] {
        try mentions(text).filter { $0.kind == kind }.map { UTF16Text.substring(text, $0.range) }
    }

    @Test func aVietnamesePersonIsReferredToByThePersonalName() throws {
        #expect(Authority.vietnameseReferenceName("Ngo Dinh Diem") == "Diem")
        #expect(Authority.vietnameseReferenceName("Pham Van Dong") == "Dong")
        // Not a Vietnamese middle name; an English word; not three words.
        #expect(Authority.vietnameseReferenceName("Ho Chi Minh") == nil)
        #expect(Authority.vietnameseReferenceName("Ngo Dinh Can") == nil)
        #expect(Authority.vietnameseReferenceName("Dean Rusk") == nil)
        let text = "I do not see advantage of frequent conversations with Diem if I have nothing new to say."
        #expect(try mentions(text).contains { $0.ref == "ngo-dinh-diem" })
    }

    @Test func aRussianAbbreviationAfterATitleIsNoName() throws {
        // "СССР" after "Посол" is the country's abbreviation; a name after the title is still one.
        let text = "Сегодня Посол СССР в Польше встретился с послом Залесским, который сообщил об этом."
        #expect(try !texts(text, kind: .person).contains { $0.contains("СССР") })
        #expect(
            try texts("Вчера посол Л. Карахан говорил с ним о переговорах и о торговле.", kind: .person)
                .contains("Л. Карахан"))
    }

    @Test func anAdjectiveAndNounNameDeclinesTogether() {
        #expect(RussianInflection.phraseForms(of: ["советскии", "союз"]).contains(["советского", "союза"]))
        #expect(RussianInflection.phraseForms(of: ["советскии", "союз"]).contains(["советскому", "союзу"]))
        #expect(RussianInflection.phraseForms(of: ["красная", "армия"]).contains(["краснои", "армии"]))
        #expect(RussianInflection.phraseForms(of: ["соединенные", "штаты"]).contains(["соединенными", "штатами"]))
        #expect(RussianInflection.phraseForms(of: ["москва"]).isEmpty)
    }

    @Test func aDeclinedPlaceOfTwoWordsIsFound() throws {
        let text = "Переговоры между Советским Союзом и Соединенными Штатами продолжаются уже второй месяц подряд."
        #expect(try texts(text, kind: .place) == ["Советским Союзом", "Соединенными Штатами"])
    }

    @Test func capitalisedRussianWordsInsideASentenceArePersons() throws {
        let text =
            "Беседовал с Залесским, который сообщил, что принято решение о поездке Соколовского и Голувко в Москву."
        let persons = try texts(text, kind: .person)
        #expect(persons == ["Залесским", "Соколовского", "Голувко"])
    }

    @Test func aCapitalisedRussianWordOpeningASentenceOrQuotationIsNoPerson() throws {
        let text = "Сегодня посол уехал в Москву. Газета «Правда» пишет, что поездка была долгой и трудной для всех."
        #expect(try texts(text, kind: .person).isEmpty)
    }

    @Test func aWordAfterAnEllipsisOrANotesAsterisksOpensASentence() throws {
        let text =
            "Войска должны перейти железную дорогу через две недели… Возможно, в первых числах они выйдут. "
            + "*** Министры иностранных дел соответствующих стран были извещены об этом заранее."
        #expect(try texts(text, kind: .person).isEmpty)
    }

    @Test func aWordsOwnNoteMarkBeforeANameOpensNoSentence() throws {
        let text = "В сегодняшнем разговоре** Иден коснулся также дальневосточных дел и сообщил о них подробно."
        #expect(try texts(text, kind: .person) == ["Иден"])
    }

    @Test func politePronounsAndATitleCaseHeadingGiveNoPerson() throws {
        let polite = try texts(
            "Прошу Вас передать Вашей супруге мой сердечный привет и наилучшие пожелания.", kind: .person)
        #expect(polite.isEmpty)
        #expect(
            try texts(
                "Телеграмма Полномочного Представителя СССР в Польше в Народный Комиссариат Иностранных Дел СССР",
                kind: .person
            ).isEmpty)
    }
}
