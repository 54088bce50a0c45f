import Testing
@testable import TeigramCore

/// Correspondent phrases of titles, headings and routing lines, taken apart into person, office, place
/// and number.
@Suite("Correspondent phrases")
struct CorrespondentReaderTests {
    @Test func anOfficeWithItsOfficeHolderInParentheses() {
        let read = CorrespondentReader.read("the Czechoslovak Embassy in Havana (Pavlíček)")
        #expect(
            read
                == Correspondent(
                    person: "Pavlíček", office: "Czechoslovak Embassy in Havana", place: "Havana", isTitled: true))
    }

    @Test func aPersonWithThePlaceInParentheses() {
        #expect(CorrespondentReader.read("Maneli (Saigon)") == Correspondent(person: "Maneli", place: "Saigon"))
    }

    @Test func aRoleWithTheOfficeHolderInParentheses() {
        // The role is no office, and "the Soviet Union" no place of dispatch.
        let read = CorrespondentReader.read("The Chargé in the Soviet Union (Thurston)")
        #expect(read == Correspondent(person: "Thurston", isTitled: true))
    }

    @Test func aTitledPersonWithThePlaceInParentheses() {
        let read = CorrespondentReader.read("Ambassador Suezawa Shoji (Mongolia)")
        #expect(read == Correspondent(person: "Suezawa Shoji", place: "Mongolia", isTitled: true))
    }

    @Test func theNumberInBracketsIsTheTelegramsNumber() {
        let read = CorrespondentReader.read("Spasowski (Warsaw) [Ciphergram No. 12768]")
        #expect(read == Correspondent(person: "Spasowski", place: "Warsaw", number: "12768"))
    }

    @Test func titlesInSeveralLanguagesAreNoPartOfTheName() {
        #expect(CorrespondentReader.read("Ambassador Katori").person == "Katori")
        #expect(CorrespondentReader.read("Cde. Milnikiel").person == "Milnikiel")
        #expect(CorrespondentReader.read("тов. Громыко").person == "Громыко")
        #expect(CorrespondentReader.read("Minister of Foreign Affairs Rapacki").person == "Rapacki")
    }

    @Test func telegraphicAddressesAreExpanded() {
        #expect(
            CorrespondentReader.read("AMEMBASSY SOFIA")
                == Correspondent(office: "American Embassy Sofia", place: "Sofia"))
        #expect(
            CorrespondentReader.read("SECSTATE WASHDC")
                == Correspondent(office: "Secretary of State Washington", place: "Washington"))
    }

    @Test func frusDocumentNumbersAndFootnoteMarksGo() {
        #expect(
            CorrespondentReader.read("154. Telegram From the Legation in Hungary")
                == Correspondent(office: "Legation in Hungary", place: "Hungary"))
        #expect(CorrespondentReader.read("the Department of State1") == Correspondent(office: "Department of State"))
    }

    /// The place stays in the office's name: it tells which embassy.
    @Test func anOfficeAndItsPlaceAfterAComma() {
        #expect(
            CorrespondentReader.read("Mexican Embassy, Prague")
                == Correspondent(office: "Mexican Embassy, Prague", place: "Prague"))
    }

    @Test func aNameWithAnApostropheKeepsIt() {
        #expect(
            CorrespondentReader.read("Savel'yev in Urumchi") == Correspondent(person: "Savel'yev", place: "Urumchi"))
    }
}

extension CorrespondentReaderTests {
    @Test func anEditorsIdentificationIsLeftToTheText() {
        #expect(CorrespondentReader.read("Cde. Filippov [Stalin]") == Correspondent(person: "Filippov", isTitled: true))
    }
}

extension CorrespondentReaderTests {
    @Test func aNameThenTheOfficeHeldThenThePlace() {
        let read = CorrespondentReader.read("Ion Dorobantu, Romanian Charge d’Affaires in Beijing")
        #expect(read == Correspondent(person: "Ion Dorobantu", place: "Beijing", isTitled: true))
    }

    @Test(arguments: [
        "The Chinese letter holds the date of July 1969, it is addressed",
        "Two Foreign Office telegrams reporting back",
        "KROTOV, copy",
        "FEEDBACK FROM SENATORS' VISIT",
    ])
    func proseHoldingToIsNoCorrespondent(_ phrase: String) {
        #expect(!CorrespondentReader.isCorrespondentPhrase(phrase))
    }

    @Test(arguments: [
        "123. Telegram From the Embassy in the Soviet Union", "the Ministry of foreign affairs",
        "Chargé d'Affaires a.i. Kovalev", "тов. Громыко", "Secretary of State for External Affairs",
    ])
    func namesAndOfficesAreCorrespondents(_ phrase: String) {
        #expect(CorrespondentReader.isCorrespondentPhrase(phrase))
    }
}

extension CorrespondentReaderTests {
    @Test func aPlaceAfterTheOfficeHoldersParenthesis() {
        let read = CorrespondentReader.read("Brazilian Delegation at the UN General Assembly (Afonso Arinos), New York")
        #expect(
            read
                == Correspondent(
                    person: "Afonso Arinos", office: "Brazilian Delegation at the UN General Assembly",
                    place: "New York", isTitled: true))
    }
}

/// Office-holders named by role alone, and Russian edition titles.
@Suite("Roles and Russian titles")
struct RoleAndRussianTitleTests {
    @Test func anOfficeHolderNamedByRoleAloneIsARoleNotAnOffice() {
        #expect(
            CorrespondentReader.read("High Commissioner in Great Britain").role == "High Commissioner in Great Britain")
        #expect(CorrespondentReader.read("High Commissioner in Great Britain").office == nil)
        #expect(CorrespondentReader.read("the Foreign Minister").role != nil)
        #expect(CorrespondentReader.read("Временный Поверенный в Делах СССР в Польше").role != nil)
        // An institution stays an office.
        #expect(CorrespondentReader.read("Embassy in the Soviet Union").office == "Embassy in the Soviet Union")
        #expect(CorrespondentReader.read("Embassy in the Soviet Union").role == nil)
    }

    @Test func aRussianInstitutionIsAnOffice() {
        let read = CorrespondentReader.read("Народный Комиссариат Иностранных Дел СССР")
        #expect(read.office == "Народный Комиссариат Иностранных Дел СССР")
        #expect(read.person == nil)
    }

    @Test func aRolesPlaceAfterACommaIsItsPlace() {
        let read = CorrespondentReader.read("Foreign Minister, Bucharest")
        #expect(read.role == "Foreign Minister")
        #expect(read.place == "Bucharest")
    }

    @Test func aRussianTitleGivesTheSenderInTheNominativeAndTheInstitution() {
        let reading = RussianDocumentTitle.read(
            "Телеграмма Полномочного Представителя СССР в Польше в Народный Комиссариат Иностранных Дел СССР")
        #expect(reading.sender == "Полномочный Представитель СССР в Польше")
        #expect(reading.recipient == "Народный Комиссариат Иностранных Дел СССР")
    }

    @Test func aRussianTitlesAddresseeInTheDativeGivesTheName() {
        let reading = RussianDocumentTitle.read(
            "Письмо Заместителя Народного Комиссара Иностранных Дел СССР Временному Поверенному в Делах СССР в Финляндии Н. Г. Позднякову"
        )
        #expect(reading.sender == "Заместитель Народного Комиссара Иностранных Дел СССР")
        #expect(reading.recipient == "Н. Г. Поздняков")
    }

    @Test func aRussianTitlesDateAfterThePhraseIsNoPartOfIt() {
        let reading = RussianDocumentTitle.read(
            "Телеграмма Временного Поверенного в Делах СССР в Польше в Народный Комиссариат Иностранных Дел СССР. 1 декабря 1937 г."
        )
        #expect(reading.sender == "Временный Поверенный в Делах СССР в Польше")
        #expect(reading.recipient == "Народный Комиссариат Иностранных Дел СССР")
    }

    @Test(arguments: ["131.", "ПО."])
    func anEditionsDocumentNumberBeforeARussianTitleIsNoPartOfIt(number: String) {
        let reading = RussianDocumentTitle.read(
            number + " Нота Народного Комиссара Иностранных Дел СССР Послу Турции в СССР Апайдыну")
        #expect(reading.sender == "Народный Комиссар Иностранных Дел СССР")
    }

    @Test func aRussianOfficeHoldersTitleInCapitalsIsARoleNotAName() {
        let read = CorrespondentReader.read("Народный Комиссар Иностранных Дел СССР")
        #expect(read.role == "Народный Комиссар Иностранных Дел СССР")
        #expect(read.person == nil)
    }

    @Test func otherRussianTextIsNoTitle() {
        #expect(RussianDocumentTitle.read("Беседовал с Залесским, который сообщил о поездке в Москву.").sender == nil)
        #expect(RussianDocumentTitle.read("Telegram from the Embassy to the Ministry").recipient == nil)
    }
}
