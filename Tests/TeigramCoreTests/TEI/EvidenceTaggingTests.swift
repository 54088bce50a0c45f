import Testing
@testable import TeigramCore
import TeigramXML

/// One paragraph encoded with the fixture authority (``encodeInline(_:contextYear:)``).
private func tagged(_ text: String) -> String { encodeInline(text, contextYear: 1962) }

/// People and organisations the authority does not know, found from evidence in the text, each linked
/// to a provisional entry.
@Suite("Names from evidence")
struct EvidenceTaggingTests {
    @Test func initialsBeforeASurname() {
        #expect(
            tagged("a letter from A. Drozniak came")
                == ##"a letter from <persName ref="#prov.a-drozniak">A. Drozniak</persName> came"##)
    }

    @Test func aGivenNameBeforeASurname() {
        #expect(
            tagged("we met Eugeniusz Milnikiel there")
                == ##"we met <persName ref="#prov.eugeniusz-milnikiel">Eugeniusz Milnikiel</persName> there"##)
    }

    @Test func givenNamesThatAreEnglishWordsAreNoEvidence() {
        #expect(tagged("We Will Rock the boat") == "We Will Rock the boat")
    }

    @Test func noGivenNameEvidenceInTextWrittenInCapitals() {
        // (No word of conversation before it either: "MEETING WITH ZAMAN" is evidence of its own.)
        #expect(!tagged("THE NOTE ON ZAMAN BROUGHT NOTHING NEW TO US AT ALL").contains("persName"))
    }

    @Test func apposition() {
        #expect(
            tagged("the Swiss ambassador, Lindt, said")
                == ##"the Swiss ambassador, <persName ref="#prov.lindt">Lindt</persName>, said"##)
    }

    @Test func aSurnameAloneAfterTheFullNameIsThatPerson() {
        #expect(
            tagged("Edward Drozniak came. Drozniak said")
                == ##"<persName ref="#prov.edward-drozniak">Edward Drozniak</persName> came. <persName ref="#prov.edward-drozniak">Drozniak</persName> said"##
        )
    }

    @Test func aNameBeforeAVerbOfSpeech() {
        #expect(
            tagged("Yesterday Marjai said nothing")
                == ##"Yesterday <persName ref="#prov.marjai">Marjai</persName> said nothing"##)
    }

    @Test func aNameBeforeAVerbOfSpeechAfterAuxiliaries() {
        #expect(
            tagged("Maisky has now proposed a text")
                == ##"<persName ref="#prov.maisky">Maisky</persName> has now proposed a text"##)
    }

    @Test func aNameAfterAVerbThatTakesAPerson() {
        #expect(
            tagged("he told Ostrowski that")
                == ##"he told <persName ref="#prov.ostrowski">Ostrowski</persName> that"##)
    }

    @Test func aNameAfterAWordOfConversation() {
        #expect(
            tagged("in talks with Lozovski yesterday")
                == ##"in talks with <persName ref="#prov.lozovski">Lozovski</persName> yesterday"##)
    }

    @Test func aNameInAListWithAKnownPerson() {
        #expect(
            tagged("from Stalin, or Lozovski as to")
                == ##"from <persName ref="#stalin">Stalin</persName>, or <persName ref="#prov.lozovski">Lozovski</persName> as to"##
        )
    }

    @Test func nationalitiesAndDescriptionsBeforeAVerbOfSpeechAreNoPersons() {
        #expect(!tagged("Have asked British to delay. The Chinese said no.").contains("persName"))
    }

    @Test func englishWordsBeforeAVerbOfSpeechAreNoPersons() {
        #expect(!tagged("Nobody said a word. Everyone agreed.").contains("persName"))
    }

    @Test func aTitleInsideAnEditorsBracketLeavesTheNameAfterIt() {
        #expect(
            tagged("talks with [Soviet Ambassador Aleksandr] Alekseev were long")
                .contains(##"Aleksandr</supplied> <persName ref="#prov.alekseev">Alekseev</persName>"##))
    }

    @Test func aPeriodAfterAWordEndsATitledName() {
        #expect(
            tagged("exclusive for Admiral Felt. Deptel 391 arrived")
                .contains(##"Admiral <persName ref="#prov.felt">Felt</persName>. Deptel"##))
    }

    @Test func theEmbassyAloneIsADescription() {
        #expect(!tagged("the Embassy reported that the Legation agreed").contains("orgName"))
    }

    @Test func telegraphicNamesOfInstitutions() {
        #expect(
            tagged("Pls express to FonOff Dept’s view")
                == ##"Pls express to <orgName ref="#prov.fonoff">FonOff</orgName> <orgName ref="#prov.dept">Dept</orgName>’s view"##
        )
    }

    @Test func ministriesInACableWrittenInCapitals() {
        let xml = tagged("HE WAS CALLED TO FOREIGN MINISTRY AND THE TREASURY DEPARTMENT AGREED")
        #expect(xml.contains(##">FOREIGN MINISTRY</orgName>"##))
        #expect(xml.contains(##">TREASURY DEPARTMENT</orgName>"##))
    }

    @Test func aMinistryWithItsPortfolioInACableWrittenInCapitals() {
        #expect(
            tagged("WE CALLED AT THE MINISTRY OF FOREIGN AFFAIRS TODAY")
                .contains(##">MINISTRY OF FOREIGN AFFAIRS</orgName> TODAY"##))
    }

    @Test func theDepartmentAloneInACableWrittenInCapitalsButNotTheEmbassy() {
        let xml = tagged("THE DEPARTMENT NOTES THAT THE EMBASSY HAS NOT BEEN INFORMED")
        #expect(xml.contains(##">DEPARTMENT</orgName>"##))
        #expect(!xml.contains(##">EMBASSY</orgName>"##))
    }

    @Test func aNameAfterAnAddressVerbInACableWrittenInCapitals() {
        #expect(
            tagged("THE TALK WENT ON AND WE TOLD VADASZ THAT THE MAJOR ISSUE WAS CHINA")
                .contains(##"TOLD <persName ref="#prov.vadasz">VADASZ</persName> THAT"##))
    }

    @Test func verbOfSpeechEvidenceInACableWrittenInCapitalsOnlyForAWordOpeningASentence() {
        #expect(
            tagged("THE TALK WENT ON. HOANG ANSWERED THAT THE MAJOR ISSUE WAS CHINA")
                .contains(##"<persName ref="#prov.hoang">HOANG</persName> ANSWERED"##))
        // Inside a sentence any word may stand before the verb, and a short one is an abbreviation's.
        #expect(!tagged("THE TALK WENT ON AND HOANG ANSWERED THAT THE MAJOR ISSUE WAS CHINA").contains("persName"))
        #expect(!tagged("THE TALK WENT ON. GOI ANSWERED THAT THE MAJOR ISSUE WAS CHINA").contains("persName"))
    }

    @Test func noListEvidenceInACableWrittenInCapitals() {
        #expect(
            !tagged("DURING INTIAL PLESANTRIES, STALIN EXPRESSED REGRET THAT I WAS DEPARTING")
                .contains(">INTIAL PLESANTRIES</persName>"))
    }

    @Test func russianTitlesInLowerCase() {
        #expect(tagged("беседа с тов. Громыко") == ##"беседа с тов. <persName ref="#prov.gromyko">Громыко</persName>"##)
    }

    @Test func inflectedRussianSurnamesAreOnePerson() {
        let xml = tagged("тов. Бачинин сказал. Бачинину ответили")
        #expect(xml.components(separatedBy: ##"ref="#prov.bachinin""##).count == 3)
    }

    @Test func institutionsByTheirNoun() {
        #expect(
            tagged("the Czechoslovak Embassy reported")
                == ##"the <orgName ref="#prov.czechoslovak-embassy">Czechoslovak Embassy</orgName> reported"##)
    }

    @Test func aPlaceInsideAnInstitutionsNameIsNested() {
        #expect(
            tagged("the Embassy of Korea in Beijing said")
                == ##"the <orgName ref="#prov.embassy-of-korea-in-beijing">Embassy of <placeName ref="#korea">Korea</placeName> in <placeName ref="#beijing">Beijing</placeName></orgName> said"##
        )
    }

    @Test(arguments: ["'", "\u{2019}"])
    func aPossessiveBetweenCapitalisedWordsStaysInAnInstitutionsName(_ apostrophe: String) {
        let name = "Embassy of the Polish People\(apostrophe)s Republic"
        #expect(tagged("the \(name) wrote").contains(">\(name)</orgName> wrote"))
    }

    @Test func aPossessiveBeforeALowerCaseWordEndsAnInstitutionsName() {
        #expect(tagged("the Planning Commission's report came").contains(">Planning Commission</orgName>'s report"))
    }

    @Test func aRoleBeforeAnInstitutionIsNoPartOfIt() {
        #expect(
            tagged("the Chief of the Planning Commission spoke")
                == ##"the Chief of the <orgName ref="#prov.planning-commission">Planning Commission</orgName> spoke"##)
    }

    @Test func anInstitutionOfAKnownOrganisationNestsIt() {
        #expect(
            tagged("the Central Committee of the CCP decided")
                == ##"the <orgName ref="#prov.central-committee-of-the-ccp">Central Committee of the <orgName ref="#ccp">CCP</orgName></orgName> decided"##
        )
    }

    @Test func aKnownOrganisationBeforeAnInstitutionsWordsIsPartOfItsName() {
        #expect(
            tagged("the CCP International Department replied")
                == ##"the <orgName ref="#prov.ccp-international-department"><orgName ref="#ccp">CCP</orgName> International Department</orgName> replied"##
        )
    }

    @Test func aKnownOrganisationBeforeWordsThatNameNoInstitutionStandsAlone() {
        #expect(
            tagged("the CCP Chairman replied") == ##"the <orgName ref="#ccp">CCP</orgName> Chairman replied"##)
    }

    @Test func andBeforeASecondInstitutionSplitsTwoCompleteNames() {
        #expect(
            tagged("between the Department and the Czechoslovak Embassy")
                == ##"between the <orgName ref="#prov.department">Department</orgName> and the <orgName ref="#prov.czechoslovak-embassy">Czechoslovak Embassy</orgName>"##
        )
    }

    @Test func andInsideOneInstitutionsNameKeepsIt() {
        #expect(
            tagged("a stamp of the Foreign Ministry Soviet and East Europe Department")
                .contains(##"<orgName ref="#prov.foreign-ministry-soviet-and-east-europe-department">"##))
    }

    @Test func andBeforeAPersonsTitleEndsAnInstitutionsName() {
        #expect(
            tagged("Deputy Premier of the Council of State and Minister of Foreign Affairs")
                .contains(##">Council of State</orgName> and Minister"##))
    }

    @Test func aDateAfterAnInstitutionIsNoPartOfItsName() {
        #expect(tagged("the National Assembly on October 5 voted").contains(">National Assembly</orgName> on <date"))
    }

    /// "Cannon" is two letters from "Canton": after a title, and after the person's first mention, it is
    /// the person and no misspelt place (on the project's authority, which has the gazetteer).
    @Test func aPersonsNameIsNoMisspeltPlace() {
        let encoder = InlineEncoder(
            tagger: EntityTagger(authority: Shared.corpusAuthority), dates: DateRecognizer(contextYear: 1948))
        var state = TaggingState()
        let first = encoder.encode("In this telegram Ambassador Cannon summarized the note.", state: &state)
        let later = encoder.encode("The Department notified Cannon of the replies.", state: &state)
        for nodes in [first, later] {
            let names = nodes.compactMap { node -> String? in
                if case .element(let element) = node, element.textContent == "Cannon" { element.name } else { nil }
            }
            #expect(names == ["persName"])
        }
    }

    @Test func routingLinesOfACableAreNotTagged() {
        var state = TaggingState()
        let tagger = EntityTagger(authority: Shared.fixtureAuthority)
        let line = "FM AMEMBASSY MOSCOW"
        let context = TaggingContext.routing(for: line)
        #expect(context == .routing)
        #expect(tagger.mentions(in: UTF16Text.units(of: line), context: .routing, state: &state).isEmpty)
    }
}

/// Russian case forms for names of the authority.
@Suite("Russian inflection")
struct RussianInflectionTests {
    @Test func feminineNounsInA() {
        #expect(Set(RussianInflection.forms(of: "москва")).isSuperset(of: ["москвы", "москве", "москву", "москвои"]))
        #expect(RussianInflection.forms(of: "прага").contains("праги"))
    }

    @Test func nounsInIya() {
        #expect(RussianInflection.forms(of: "германия") == ["германии", "германию", "германиеи"])
    }

    @Test func masculineNounsInAConsonant() {
        #expect(RussianInflection.forms(of: "берлин") == ["берлина", "берлину", "берлином", "берлине"])
    }

    @Test func indeclinableAndLatinWordsHaveNoForms() {
        #expect(RussianInflection.forms(of: "токио").isEmpty)
        #expect(RussianInflection.forms(of: "moscow").isEmpty)
    }

    @Test func stemsJoinTheFormsOfASurname() {
        let stems = Set(["сталин", "сталина", "сталину", "сталиным"].map(RussianInflection.stem))
        #expect(stems == ["сталин"])
    }
}

/// The given-name list as the tagger uses it.
@Suite("Given names")
struct GivenNamesTests {
    @Test func namesOfTheSourcesLanguagesAreIn() {
        for name in ["andrzej", "eugeniusz", "jozsef", "gheorghe", "wolfgang", "vyacheslav", "joao", "averell"] {
            #expect(GivenNames.contains(name), "\(name)")
        }
    }

    @Test func namesThatAreEnglishWordsAreOut() {
        for word in ["will", "mark", "may", "the", "you"] { #expect(!GivenNames.contains(word), "\(word)") }
    }

    @Test func theByteFoldingEqualsTheTokenizers() {
        for name in ["Andrzej", "EDWARD", "mArk"] {
            let byBytes = String(decoding: name.utf8.map { $0 | 0x20 }, as: UTF8.self)
            #expect(NameTokenizer.tokens(of: name).first?.folded == byBytes)
        }
    }
}

extension EvidenceTaggingTests {
    @Test func aHyphenatedSyllableBelongsToTheGivenName() {
        #expect(
            tagged("Ambassador Choe Hak-geun said")
                == ##"Ambassador <persName ref="#prov.choe-hak-geun">Choe Hak-geun</persName> said"##)
    }

    @Test func aHyphenBeforeAnotherWordIsNoSyllableOfTheName() {
        let units = UTF16Text.units(of: "Stalin-Roosevelt talks")
        #expect(EntityTagger.extendedOverHyphenatedSyllable(0..<6, units: units) == 0..<6)
        let compound = UTF16Text.units(of: "Kim-led talks")
        #expect(EntityTagger.extendedOverHyphenatedSyllable(0..<3, units: compound) == 0..<3)
        let syllable = UTF16Text.units(of: "Jong-gap said")
        #expect(EntityTagger.extendedOverHyphenatedSyllable(0..<4, units: syllable) == 0..<8)
    }
}

extension EvidenceTaggingTests {
    @Test func twoMinistriesJoinedByAndAreTwoNames() {
        let text = tagged("a letter to the Ministry of Foreign Affairs and the Ministry of Higher Education today")
        #expect(text.contains(##">Ministry of Foreign Affairs</orgName> and the <orgName"##))
    }

    @Test func aMinistrysPortfolioEndsItsName() {
        let text = tagged("the Ministry of Foreign Affairs Ha Van Lau said")
        #expect(text.contains(##">Ministry of Foreign Affairs</orgName> Ha Van Lau"##))
    }
}

extension EvidenceTaggingTests {
    @Test func anAdjectiveTitleAfterAnArticleInCapitalsIntroducesNoName() {
        #expect(!tagged("HE ANSWERED THAT THE MAJOR ISSUE WAS THE BORDER AND NOTHING ELSE AT ALL").contains("persName"))
    }

    @Test func theCIAsReleaseStampNamesNoOrganisation() {
        #expect(
            TaggingContext.routing(
                for: "Sanitized Copy Approved for Release 2010/11/16: CIA-RDP87M00539R001101440026-0")
                == .routing)
        #expect(TaggingContext.routing(for: "CIA-RDP87M00539R001101440026-0") == .routing)
    }

    @Test func aDeclassificationStampIsNoPartOfAName() {
        #expect(
            !tagged("Sheryl P. Walter Declassified/Released US Department of State").contains("Declassified</persName>")
        )
    }
}

extension EvidenceTaggingTests {
    @Test func anOrdinaryWordAfterAKnownSurnameDoesNotMakeItALongerName() {
        #expect(tagged("Subject: Shtykov Trip.").contains(##"<persName ref="#shtykov">Shtykov</persName> Trip"##))
    }

    @Test func anOrdinaryWordAfterATitleInCapitalsIsNoName() {
        #expect(
            !tagged("THE AMBASSADOR HAD SAID THAT THE TALKS WOULD GO ON NEXT WEEK IN THE CAPITAL").contains("persName"))
    }

    @Test func theEnglishWordListHoldsOrdinaryWordsAndNoProperNames() {
        #expect(EnglishWords.contains("trip") && EnglishWords.contains("asked"))
        #expect(!EnglishWords.contains("brezhnev") && !EnglishWords.contains("moscow"))
    }
}
