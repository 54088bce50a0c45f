import Foundation
import Testing

@testable import TeigramCore

/// Addressees and the places after them ("…, Ottawa", "Washington, DC", "…, to comrade X and Y", "FOR X
/// ONLY FROM Y"), titles run into a date or a subject ("October 22, 1964 Cable from …", "… reporting on …",
/// "… to London on Franco-Indian agreement"), a report's writer ("Report of Ashurov from Tehran"), a
/// body's members, Russian titles' ciphergrams and office-holders in the dative, a dateline standing as the
/// title, an edition's number before an archive's reference, two form fields on one line, and a
/// distribution instruction.
@Suite("Addressees and title forms")
struct AddresseeAndTitleFormsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    func correspAction(_ type: String, _ text: String) throws -> String {
        let encoded = try TelegramEncoder(authority: Shared.fixtureAuthority).encode(
            bytes: Array(text.utf8), path: "t.txt", documentID: "t")
        let start = try #require(encoded.xml.range(of: "<correspAction type=\"\(type)\">"))
        return encoded.xml[start.upperBound...].components(separatedBy: "</correspAction>")[0]
    }

    @Test func aRussianCiphergramsTitleNamesItsSenderAndTheAddresseeAfterTheInstitution() {
        let reading = RussianDocumentTitle.read(
            "Шифротелеграмма секретаря ЦБ КПБ В. А. Богуцкого в ЦК РКП(б) И. В. Сталину об отсрочке суда")
        #expect(reading.sender == "В. А. Богуцкий")
        #expect(reading.recipient == "И. В. Сталин")
    }

    @Test func anInstitutionsFootnoteMarkIsNoPartOfTheAddressee() {
        let reading = RussianDocumentTitle.read(
            "Телеграмма и. о. Консула СССР в Пекине в Народный Комиссариат Иностранных Дел СССР*****")
        #expect(reading.recipient == "Народный Комиссариат Иностранных Дел СССР")
    }

    @Test func anInstitutionAddressedWithoutANameIsTheAddressee() {
        let reading = RussianDocumentTitle.read(
            "Телеграмма Полномочного Представителя СССР в Польше в Народный Комиссариат Иностранных Дел СССР")
        #expect(reading.recipient == "Народный Комиссариат Иностранных Дел СССР")
    }

    @Test(arguments: [
        ("всем Представителям РСФСР в европейских странах", "Представители РСФСР в европейских странах"),
        ("Полномочным Представителям СССР в Персии", "Полномочные Представители СССР в Персии"),
        ("Министерству Иностранных Дел Эстонии", "Министерство Иностранных Дел Эстонии"),
        ("Начальнику 5 управления РККА", "Начальник 5 управления РККА"),
        ("временному поверенному в делах", "временный поверенный в делах"),
    ])
    func anOfficeInTheDativeIsPutInTheNominative(dative: String, nominative: String) {
        let words = dative.split(separator: " ").map(String.init)
        #expect(RussianDocumentTitle.nominativeOfDativeOffice(words) == nominative)
    }

    @Test func aSurnameInTheDativeEndingTheAddresseesPhraseIsTheAddressee() {
        let reading = RussianDocumentTitle.read(
            "Письмо Народного Комиссара Иностранных Дел СССР Послу Турции в СССР Апайдыну")
        #expect(reading.recipient == "Апайдын")
    }

    @Test func anEditionsFootnoteMarkAfterTheAddresseesNameIsNoPartOfIt() {
        let reading = RussianDocumentTitle.read(
            "Письмо Народного Комиссара Иностранных Дел СССР Полномочному Представителю СССР в Польше В. А. Антонову*")
        #expect(reading.recipient == "В. А. Антонов")
    }

    @Test func officeHoldersAddressedByOfficeAloneAreTheAddressee() {
        let reading = RussianDocumentTitle.read(
            "Радиограмма Народного Комиссара Иностранных Дел РСФСР всем Представителям РСФСР в европейских странах.")
        #expect(reading.recipient == "Представители РСФСР в европейских странах")
    }

    @Test func officeHoldersNamedInThePluralAreARole() {
        let read = CorrespondentReader.read("Представители РСФСР в европейских странах")
        #expect(read.role == "Представители РСФСР в европейских странах")
        #expect(read.office == nil)
    }

    @Test func aPlaceAfterTheAddresseesIsWhereTheyReceiveIt() throws {
        let received = try correspAction(
            "received",
            """
            April 3, 1944

            Cipher No. 105 the Canadian Ambassador to the U.S.S.R. to the Secretary of State for External Affairs, Beijing

            The conversations with the Commissar were friendly and the questions were answered in detail.
            """)
        #expect(received.contains(">Secretary of State for External Affairs</rs>"))
        #expect(received.contains("Beijing</placeName>"))
        #expect(!received.contains("<persName"))
    }

    @Test func washingtonDCIsOnePlace() {
        #expect(CorrespondentReader.read("Washington, DC").place == nil)
        #expect(MetadataReader.correspondentPhrases("Washington, DC") == ["Washington, DC"])
    }

    @Test func toRepeatedBeforeALaterAddresseeIsNoPartOfIt() {
        #expect(
            MetadataReader.correspondentPhrases(
                "the Romanian Ministry of Foreign Affairs, to comrade Constantin Oancea and Ion Ciubotaru")
                == ["the Romanian Ministry of Foreign Affairs", "comrade Constantin Oancea", "Ion Ciubotaru"])
    }

    @Test func onlyRestrictsAnAddresseeOfAForAndFromLine() throws {
        let read = try metadata(
            """
            CONFIDENTIAL

            FM AMEMBASSY TEL AVIV
            TO AMEMBASSY JIDDA IMMEDIATE

            FOR ATHERTON ONLY FROM TOON

            1. THE GOVERNMENT HAS NOT YET DECIDED ON ITS POLICY AND WILL MEET AGAIN NEXT WEEK.
            """)
        #expect(read.recipientParts.compactMap(\.person) == ["Atherton"])
    }

    @Test func anInstructionToDistributeIsNoClassification() {
        #expect(MetadataReader.classificationTerms("Flash. For immediate distribution") == ["Flash"])
        #expect(MetadataReader.isDistributionInstruction("For immediate distribution"))
        #expect(!MetadataReader.isDistributionInstruction("Limited Distribution"))
    }

    @Test func aDateRunIntoTheTitleIsNoCorrespondent() {
        var read = TelegramMetadata()
        _ = MetadataReader.readCorrespondents(
            "October 22, 1964 Cable from the Chinese Embassy in India, 'India's Reactions to the Test'", into: &read)
        #expect(read.sender == "the Chinese Embassy in India")
    }

    @Test func aBodysMembersListedAfterItAreEachASender() throws {
        let read = try metadata(
            """
            October 27, 1956

            Telegram from Soviet Politburo members Mikoyan and Suslov reporting on the situation in Hungary

            Today we participated for more than three hours in a meeting, where we discussed the appointments.
            """)
        #expect(read.senderParts.person == "Mikoyan")
        #expect(read.jointSenders.compactMap(\.person) == ["Suslov"])
    }

    @Test func aLowerCaseSubjectAfterOnEndsTheAddressee() {
        #expect(
            MetadataReader.withoutLowerCaseSubject("UK Embassy in Paris to London on Franco-Indian agreement")
                == "UK Embassy in Paris to London")
    }

    @Test func aBodysNameKeepsItsOn() {
        let phrase = "the Ambassador to the Committee on the Peaceful Uses of Outer Space"
        #expect(MetadataReader.withoutLowerCaseSubject(phrase) == phrase)
    }

    @Test func aReportsWriterAndItsPlaceAreTheSenderAndOrigin() throws {
        let read = try metadata(
            """
            April 5, 1946

            Memo from a Telegraph Report of Ashurov from Tehran

            On 5 April at 0300 there was an exchange of letters between the ministers on the new company.
            """)
        #expect(read.sender == "Ashurov")
        #expect(read.origin == "Tehran")
    }

    @Test func aTelegraphReportsHeadingIsNoPlaceOfDispatch() {
        #expect(PageReader.isExcerptHeading("from a telegraph report of ashurov from tehran"))
        #expect(!PageReader.isExcerptHeading("from tehran"))
    }

    @Test func aDatelineStandingAsTheTitleGivesTheOrigin() throws {
        let read = try metadata(
            """
            Canberra, 6 March 1964

            Secret

            Please pass the following letter from me to the Minister. The meeting which has just concluded made no progress.
            """)
        #expect(read.origin == "Canberra")
    }

    @Test(arguments: [
        ("No. 500 NAI DFA Secretary's Files P78", true), ("No. 472 NAI DFA/5/305/134", true),
        ("No. 56 URGENT", false), ("No. 3175 from Moscow", false),
    ])
    func anEditionsNumberBeforeAnArchivesReferenceIsNoTelegramsNumber(line: String, isEditions: Bool) {
        #expect(MetadataReader.isEditionNumberBeforeArchive(line) == isEditions)
    }

    @Test func twoFieldsOnOneLineSetApartBySpacesAreTwoFields() throws {
        let read = try metadata(
            """
            September 3, 1992

            Secret

            From: Embassy in Washington                                          To: Exteriores

            The meeting with the Deputy Assistant Secretary took place this morning at the Department.
            """)
        #expect(read.sender == "Embassy in Washington")
        #expect(read.recipient == "Exteriores")
    }

    @Test(arguments: [
        "UNCLASSIFIED U.S. Department of State Case No. F-2014-01300 Doc No. C05517347 Date: 03/26/2014",
        "CONFIDENTIAL cms PUBLIC RECORD OFFICE ins I",
    ])
    func anArchivesReleaseOrCopyStampNamesNoOne(line: String) {
        #expect(TaggingContext.routing(for: line) == .routing)
    }
}
