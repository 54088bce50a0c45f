import Foundation
import Testing

@testable import TeigramCore

/// Closing lines that sign with more than a name: the holder's role after the name, the signer's office
/// before a typed name in parentheses; and one person's two written forms, by initials.
@Suite("Signature forms")
struct SignatureFormsTests {
    func sentAction(_ text: String) throws -> String {
        let encoded = try encodeFixture(text)
        let sent = try #require(encoded.xml.range(of: "<correspAction type=\"sent\">"))
        return encoded.xml[sent.upperBound...].components(separatedBy: "</correspAction>")[0]
    }

    @Test func aNameBeforeItsRoleInLowerCaseIsTheSignedName() {
        #expect(PageReader.nameBeforeRole("Ferenc Rátkai chargé d'affaires ad interim") == "Ferenc Rátkai")
        #expect(PageReader.nameBeforeRole("J. Smith, Counsellor") == "J. Smith")
    }

    @Test(arguments: ["Ministry of Foreign Affairs", "Kim agreed with the proposal", "Smith"])
    func aLineWithoutARoleAfterTheNameHasNone(line: String) {
        #expect(PageReader.nameBeforeRole(line) == nil)
    }

    @Test func aTypedNameClosingTheSignersOfficeIsTheSignedName() {
        #expect(PageReader.nameInClosingParenthesis("USSR MFA DVO (B. VERESHCHAGIN)") == "(B. VERESHCHAGIN)")
        #expect(PageReader.nameInClosingParenthesis("The meeting was closed. Then (A. Smith)") == nil)
        #expect(PageReader.nameInClosingParenthesis("(A. PUZANOV)") == nil)
    }

    @Test func theSignerBeforeHisRoleSignsForTheOffice() throws {
        let action = try sentAction(
            """
            August 4, 1983

            Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry

            The Embassy of Bulgaria in Pyongyang was instructed by its Center to inquire about the treaty.

            Ferenc Rátkai chargé d'affaires ad interim
            """)
        #expect(action.contains(">Ferenc Rátkai</persName>"))
    }

    @Test func onlyTheParenthesisOfASignatureLineAfterAnOfficeIsAName() throws {
        let encoded = try encodeFixture(
            """
            October 19, 1956

            Record of a Conversation with Kim Hyung-mo

            I received Kim Hyung-mo at his request at 1700.

            COUNSELLOR OF THE [signature]
            USSR MFA DVO (B. VERESHCHAGIN)
            """)
        #expect(encoded.xml.contains(">B. VERESHCHAGIN</persName>"))
        #expect(!encoded.xml.contains(">DVO</persName>"))
    }

    @Test func initialsThatAgreeNameOnePerson() {
        #expect(TaggingState.initialsAgree(["b", "n", "vereshchagin"], ["b", "vereshchagin"]))
        #expect(TaggingState.initialsAgree(["w", "lamberz"], ["werner", "lamberz"]))
        #expect(TaggingState.initialsAgree(["werner", "lamberz"], ["w", "lamberz"]))
    }

    @Test func initialsThatDisagreeNameTwoPersons() {
        #expect(!TaggingState.initialsAgree(["a", "smith"], ["b", "smith"]))
        #expect(!TaggingState.initialsAgree(["b", "n", "smith"], ["boris", "smith"]))
        #expect(!TaggingState.initialsAgree(["b", "smith"], ["b", "jones"]))
    }

    @Test func aNameByItsInitialsJoinsTheFullNamesProvisionalEntry() {
        var state = TaggingState()
        let full = state.provisionalID(name: "Werner Lamberz", kind: .person)
        #expect(state.provisionalID(name: "W. Lamberz", kind: .person) == full)
        #expect(state.provisionalID(name: "K. Lamberz", kind: .person) != full)
    }
}
