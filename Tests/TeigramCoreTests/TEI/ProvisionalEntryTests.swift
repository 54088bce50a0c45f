import Testing
@testable import TeigramCore
import TeigramXML

/// Every person or organisation the authority does not know gets a provisional entry in the document's
/// standOff, so every name has a @ref.
@Suite("Provisional entries")
struct ProvisionalEntryTests {
    static let telegram = """
        October 26, 1962

        Telegram from Drozniak (Washington) to Milnikiel (Warsaw)

        Edward Drozniak met the Czechoslovak Embassy today. Drozniak said that Kim Il Sung will come.

        """

    @Test func unknownNamesGetAProvisionalListInStandOff() throws {
        let encoded = try encodeFixture(Self.telegram)
        let xml = encoded.xml
        #expect(xml.contains(##"<listPerson type="provisional">"##))
        #expect(xml.contains(##"<person xml:id="prov.drozniak">"##))
        #expect(xml.contains(##"<persName type="standard">Edward Drozniak</persName>"##))
        #expect(xml.contains(##"<persName type="variant">Drozniak</persName>"##))
        #expect(xml.contains(##"<listOrg type="provisional">"##))
        #expect(xml.contains(##"<org xml:id="prov.czechoslovak-embassy">"##))
        // Known names still link to the authority.
        #expect(xml.contains(##"<persName ref="#kim-il-sung">Kim Il Sung</persName>"##))
    }

    /// A Soviet record's closing block: the role, the remark "[signature]", the typed name in parentheses,
    /// then the list of copies. The name under the role is the signatory, by the authority's standard name.
    @Test func theTypedNameUnderARoleIsTheSignatory() throws {
        let xml = try encodeFixture(
            """
            March 7, 1950

            Journal of the Soviet Ambassador

            I visited Kim Il Sung and told him about the talks in Moscow.

            Soviet Ambassador
            [signature]
            (T. SHTYKOV)
            Two copies printed
            1 - Cde. A. Vyshinsky

            """
        ).xml
        let sent =
            xml.components(separatedBy: ##"<correspAction type="sent">"##).dropFirst().first?
            .components(separatedBy: "</correspAction>").first ?? ""
        #expect(sent.contains(##"<persName ref="#shtykov">Terenti Shtykov</persName>"##))
        #expect(!sent.contains("vyshinsky"))
    }

    /// The header's signatory is the name the signature line was tagged with, read once: an unknown
    /// signatory's given name expanded in brackets ("J[an]") is part of the name, without the brackets,
    /// and the header links to the text's provisional entry.
    @Test func theSignatoryIsTheNameTheSignatureLineWasTaggedWith() throws {
        let xml = try encodeFixture(
            """
            March 7, 1950

            Report on the talks in Pyongyang

            I visited the Ministry of Foreign Affairs and told them about the talks in Moscow.

            Ambassador J[an] Pavlicek

            """
        ).xml
        let sent =
            xml.components(separatedBy: ##"<correspAction type="sent">"##).dropFirst().first?
            .components(separatedBy: "</correspAction>").first ?? ""
        let signed =
            xml.components(separatedBy: "<signed>").dropFirst().first?.components(separatedBy: "</signed>").first
            ?? ""
        let ref = signed.components(separatedBy: ##"ref=""##).dropFirst().first?.prefix { $0 != "\"" } ?? ""
        #expect(!ref.isEmpty)
        #expect(sent.contains(##"<persName ref="\##(ref)">Jan Pavlicek</persName>"##))
    }

    @Test func theHeaderNamesTheCorrespondentsCleanly() throws {
        let xml = try encodeFixture(Self.telegram).xml
        #expect(xml.contains(##"<correspAction type="sent">"##))
        #expect(xml.contains(##"<persName ref="#prov.drozniak">Drozniak</persName>"##))
        #expect(xml.contains(##"<persName ref="#prov.milnikiel">Milnikiel</persName>"##))
    }

    /// A correspondent of titles only ("the Soviet Ambassador") names an office: its words in the text are
    /// no person.
    @Test func aCorrespondentOfTitlesOnlyIsNoPersonInTheText() throws {
        let xml = try encodeFixture(
            """
            October 26, 1962

            Telegram from Stalin to the Soviet Ambassador

            Please tell the Soviet Ambassador that the talks will go on.

            """
        ).xml
        let body = try #require(xml.range(of: "<body>")).upperBound
        #expect(xml[body...].contains("tell the Soviet Ambassador that"))
    }

    @Test func theProvisionalDocumentIsValid() throws {
        let encoded = try encodeFixture(Self.telegram)
        let validator = try #require(Shared.customValidator)
        let result = validator.validate(bytes: encoded.bytes, path: "p.xml")
        #expect(result.isValid, "\(result.diagnostics.map(\.description))")
    }
}
