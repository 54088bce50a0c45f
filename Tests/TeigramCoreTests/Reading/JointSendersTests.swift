import Foundation
import Testing

@testable import TeigramCore

/// Several senders named in one phrase ("Ciphered telegram from Kuznetsov and Fedorenko in Pyongyang",
/// "Телефонограмма А.И. Микояна и М.А. Суслова из Будапешта"): each is a sender of its own, and the place after
/// the last, or the place the Russian title names, is the place of dispatch.
@Suite("Joint senders")
struct JointSendersTests {
    func sentAction(_ text: String) throws -> String {
        let encoded = try TelegramEncoder(authority: Shared.fixtureAuthority).encode(
            bytes: Array(text.utf8), path: "t.txt", documentID: "t")
        let sent = try #require(encoded.xml.range(of: "<correspAction type=\"sent\">"))
        return encoded.xml[sent.upperBound...].components(separatedBy: "</correspAction>")[0]
    }

    @Test func twoNamesJoinedByAndAreTwoSendersAndThePlaceIsTheFirstOnes() throws {
        let senders = try #require(MetadataReader.jointSenders("Kuznetsov and Fedorenko in Pyongyang"))
        #expect(senders.map(\.person) == ["Kuznetsov", "Fedorenko"])
        #expect(senders.map(\.place) == ["Pyongyang", nil])
    }

    @Test func aListOfNamesIsOneSenderEach() throws {
        let senders = try #require(MetadataReader.jointSenders("Mao Zedong, Zhou Enlai and Liu Shaoqi"))
        #expect(senders.map(\.person) == ["Mao Zedong", "Zhou Enlai", "Liu Shaoqi"])
    }

    @Test(arguments: ["Ministry of Foreign Affairs and Trade", "Kuznetsov", "Ambassador in Moscow"])
    func aPhraseNamingOneCorrespondentIsNoJointSender(phrase: String) {
        #expect(MetadataReader.jointSenders(phrase) == nil)
    }

    @Test func theHeaderNamesEverySenderAndNoOrganisation() throws {
        let action = try sentAction(
            """
            March 29, 1953

            Ciphered telegram from Kuznetsov and Fedorenko in Pyongyang

            During the second meeting the proposal was discussed.
            """)
        #expect(action.contains(">Kuznetsov</persName>"))
        #expect(action.contains("Fedorenko</persName>"))
        #expect(!action.contains("<orgName"))
        #expect(action.contains(">Pyongyang</placeName>"))
    }

    @Test func twoGenitiveNamesJoinedByIAreTwoSendersOfARussianTitle() {
        let reading = RussianDocumentTitle.read(
            "Телефонограмма А.И. Микояна и М.А. Суслова из Будапешта в ЦК КПСС об ухудшении политической "
                + "обстановки в Венгрии")
        #expect(reading.sender == "А. И. Микоян и М. А. Суслов")
        #expect(reading.recipient == "ЦК КПСС")
        #expect(reading.origin == "Будапешта")
    }

    @Test func aRussianPairOfSendersIsTwoCorrespondents() throws {
        let senders = try #require(MetadataReader.jointSenders("А. И. Микоян и М. А. Суслов"))
        #expect(senders.map(\.person) == ["А. И. Микоян", "М. А. Суслов"])
    }

    @Test func initialsWrittenTogetherEndNoRussianTitle() {
        #expect(RussianDocumentTitle.isInitial("А.И."))
        #expect(RussianDocumentTitle.isInitial("М."))
        #expect(!RussianDocumentTitle.isInitial("СССР."))
    }

    @Test func anEditorsSenderReplacesEverySenderTheTitleNamed() throws {
        var metadata = TelegramMetadata()
        MetadataReader.readSenders("Kuznetsov and Fedorenko in Pyongyang", into: &metadata)
        #expect(metadata.senders.count == 2)
        try Sidecar(text: "sender: Ambassador Razuvaev\n", path: "t.meta").apply(to: &metadata)
        #expect(metadata.senders.map(\.person) == ["Razuvaev"])
    }

    @Test func sendersThatAreAllPlacesAreThePlaceOfDispatch() throws {
        let action = try sentAction(
            """
            March 29, 1953

            Telegram from Moscow and Pyongyang

            During the second meeting the proposal was discussed.
            """)
        #expect(!action.contains("<persName"))
        #expect(action.contains(">Moscow</placeName>"))
    }
}
