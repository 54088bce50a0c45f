import Foundation
import Testing

@testable import TeigramCore

/// Cable prints of other releases: a document database's record fields above the text, a routing block
/// below a distribution list, a date-time group read by OCR, a release stamp, and closing lines (a
/// Hungarian cable's signer between dashes, a press summary's list dash).
@Suite("Cable prints and closing lines")
struct CablePrintTests {
    func page(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
    }

    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(try page(text))
    }

    /// A State Department print as a document database gives it: the record's fields, then the cable.
    static let recordPage = """
        Fiche du document numéro 24969

        Num
        24969
        Date
        Saturday April 30, 1994
        Titre
        Next steps on Rwanda
        Source
        Type
        Document diplomatique, TD
        Langue
        EN
        Citation
        UNCLASSIFIED U.S. Department of State Case No. F-2014-01302 Doc No. C05517243 Date: 05/05/2014

        CONFIDENTIAL

        PAGE 01
        ACTION 10-16

        AF-01

        EB-01

        ADS-00

        PM-00

        STR-01

        /048W

        LOG-00

        EAP-01

        L-01

        PA-01

        SS-00

        PMB-00

        AID-01

        EUR-01

        NEA-01

        PRS-01

        TRSE-00

        ARA-01

        HA-09

        NSAE-00

        P-01

        T-00

        CIAE-00

        H-01

        OIC-02

        SNP-00

        USIE-00

        C-01

        TEDE-00

        01G-04

        SP-00

        SA-01

        OASY-00

        INR-00

        OMB-01

        SR-00

        RPE-01

        41BEB5 300131Z /38
        O 3001302 APR 94
        FM USMISSION USUN NEW YORK
        TO SECSTATE WASHDC IMMEDIATE 6063
        INFO AMEMBASSY KAMPALA PRIORITY

        CONFIDENTIAL SECTION 01 OF 04 USUN NEW YORK 001817

        1. THE SECURITY COUNCIL MET APRIL 28 AND 29 TO DISCUSS WHAT TO DO ABOUT RWANDA. THE CZECHS PUT
        FORWARD A DRAFT STATEMENT.

        """

    @Test func aRecordsFieldsAboveTheTextAreNoFooter() throws {
        let read = try page(Self.recordPage)
        #expect(!read.footerFields.contains { $0.label == "Type" && $0.value.text.hasPrefix("AF-01") })
        #expect(read.parts.first?.body.units.contains { $0.text.contains("SECURITY COUNCIL MET") } == true)
    }

    @Test func aFooterAfterTheTextClosesThePage() {
        let units = ["The ambassador met the minister and they spoke of the talks at length today.", "Source", "AVPRF"]
            .enumerated().map { TextUnit(line: $0.offset + 1, text: $0.element) }
        #expect(PageReader.closesPage(units, from: 1))
        #expect(!PageReader.closesPage(Array(units.reversed()), from: 0))
    }

    @Test func theRoutingBlockBelowADistributionListGivesTheCorrespondents() throws {
        let read = try metadata(Self.recordPage)
        #expect(read.sender == "USMISSION USUN NEW YORK")
        #expect(
            CorrespondentReader.read(CorrespondentReader.expandTelegraphic("USMISSION USUN NEW YORK")).place
                == "New York")
        #expect(read.recipient == "SECSTATE WASHDC")
    }

    @Test func aDateTimeGroupWhoseZoneOCRReadAsATwo() throws {
        let read = try metadata(Self.recordPage)
        #expect(read.date?.iso == "1994-04-30T01:30:00Z")
    }

    @Test func aReleaseStampIsNoMarking() throws {
        let read = try metadata(Self.recordPage)
        #expect(read.classification.contains("CONFIDENTIAL"))
        #expect(!read.classification.contains { $0.hasPrefix("UNCLASSIFIED") })
    }

    @Test func aHungarianClosingLineBetweenDashesIsASignature() {
        #expect(PageReader.looksLikeSignature("– Monori – 423 –"))
        #expect(PageReader.looksLikeSignature("-Marjai-179-"))
    }

    @Test func aListDashOpensNoSignature() {
        #expect(!PageReader.looksLikeSignature("-- CRIT"))
    }
}
