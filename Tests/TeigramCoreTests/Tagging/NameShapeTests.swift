import Testing
import TeigramXML

@testable import TeigramCore

/// How a person's name is written, whatever the document: parts found by several rules are one name,
/// a hyphen joins a given name's syllables or a double surname, an initial's period and a generational
/// suffix close a name, a footnote's number and an apostrophe's "s" end it, and a Slavic, Romanian,
/// Georgian or Armenian ending marks a surname.
@Suite("The shape of a person's name")
struct NameShapeTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPerson>
          <person xml:id="tsedenbal"><persName type="standard">Yumjaagiin Tsedenbal</persName>
            <persName type="surname">Tsedenbal</persName></person>
          <person xml:id="ulanhu"><persName type="standard">Ulanfu</persName></person>
          <person xml:id="molotov"><persName type="standard">Vyacheslav Molotov</persName>
            <persName type="surname">Molotov</persName></person>
          <person xml:id="ribbentrop"><persName type="standard">Joachim von Ribbentrop</persName>
            <persName type="surname">Ribbentrop</persName></person>
          <person xml:id="leitao-da-cunha"><persName type="standard">Vasco Leitão da Cunha</persName>
            <persName type="variant">LEITÃO DA CUNHA</persName></person>
        </listPerson>
        """)

    func persons(_ text: String) throws -> [String] {
        try mentions(text).filter { $0.kind == .person }.map { UTF16Text.substring(text, $0.range) }
    }

    func mentions(_ text: String) throws -> [EntityMention] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1960)
        return tagger.mentions(in: UTF16Text.units(of: text), state: &state)
    }

    @Test func namePartsFoundApartAreOneName() throws {
        let text = "Later I met Pak Jeong-ae and Tran Chi Hien at the reception."
        #expect(try persons(text).contains("Pak Jeong-ae"))
        #expect(try persons(text).contains("Tran Chi Hien"))
    }

    @Test func twoKnownPersonsWithoutACommaStayTwo() throws {
        #expect(
            try persons("In his conversation with Tsedenbal Ulanfu announced the decision.") == ["Tsedenbal", "Ulanfu"])
    }

    @Test func unknownGivenNamesBeforeAKnownSurnameKeepItsLink() throws {
        let found = try mentions("VASCO TRISTÃO LEITÃO DA CUNHA").filter { $0.kind == .person }
        #expect(found.count == 1)
        #expect(found.first?.ref == "leitao-da-cunha")
    }

    @Test func surnamesListedWithoutCommasStayApart() throws {
        #expect(
            try persons("Deciphered at 1530 3 December 1946. Two copies printed. Belova Smirova Novoselova").count == 3)
    }

    @Test func aCyrillicGivenNameTakesItsHyphenatedSyllable() {
        let text = "Переговоры Чан Кай-ши с японцами"
        let units = UTF16Text.units(of: text)
        let start = text.utf16.count - "Кай-ши с японцами".utf16.count
        let range = EntityTagger.personNameRange(start..<(start + 3), units: units, textLanguage: "ru")
        #expect(UTF16Text.substring(text, range) == "Кай-ши")
    }

    @Test func aDoubleSurnameIsOneName() throws {
        #expect(try persons("The Federal Councillor M. Pilet-Golaz received the envoy.").contains("M. Pilet-Golaz"))
    }

    @Test func twoKnownPersonsJoinedByAHyphenStayTwo() throws {
        #expect(try persons("They signed the Molotov-Ribbentrop pact.") == ["Molotov", "Ribbentrop"])
    }

    @Test(arguments: [
        ("Present was Thomas J. Coolidge, Jr., who said", "Thomas J. Coolidge, Jr."),
        ("Present was Alexander Haig Jr at the meeting", "Alexander Haig Jr"),
        ("Comrade Szabó F. reported that", "Szabó F."),
    ])
    func aNameTakesInWhatClosesIt(text: String, name: String) throws {
        #expect(try persons(text).contains(name))
    }

    @Test func aFootnotesNumberIsNoPartOfAName() throws {
        #expect(NameTokenizer.tokens(of: "Черлюнчавич1").map(\.folded) == ["черлюнчавич", "1"])
        #expect(try persons("Met with President Yahya 10 minutes before the session.") == ["Yahya"])
    }

    @Test func aModifierLetterApostropheBeforeSIsAPossessive() {
        #expect(NameTokenizer.tokens(of: "Yahyaʼs aide").map(\.folded) == ["yahya", "s", "aide"])
        #expect(NameTokenizer.tokens(of: "Molotovʹs deputy").first?.folded == "molotov")
    }

    @Test func aSurnamesEndingNamesAPerson() throws {
        #expect(try persons("The counsellor said that Sadovsky had left for Prague.") == ["Sadovsky"])
        #expect(try persons("Balashova and Skachkov were present.") == ["Balashova", "Skachkov"])
    }

    @Test func anEndingAloneDoesNotMakeANationalityOrAGlossAPerson() throws {
        #expect(try persons("The Uruguayan delegate spoke.").isEmpty)
        #expect(try persons("The Soviet TU [Tupolev] should depart normally.").isEmpty)
    }

    @Test(arguments: [("sadovsky", true), ("balashova", true), ("munteanu", true), ("kov", false), ("geneva", false)])
    func surnameEndings(word: String, isSurname: Bool) {
        #expect(EntityTagger.hasSurnameEnding(word) == isSurname)
    }
}
