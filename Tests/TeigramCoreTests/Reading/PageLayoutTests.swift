import Testing
import Foundation
@testable import TeigramCore

/// Page layouts of other archives: cables in capitals, cut-off pages, site chrome of other sites.
@Suite("Page layouts")
struct PageLayoutTests {
    static func page(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
    }

    @Test func aCablesWrappedLinesAreOneParagraph() {
        #expect(
            PageReader.continuesCapitalsParagraph(
                "1. AS REPORTED REFTEL, FOREIGN MINISTER MLADENOV INFORMED",
                "ME SEPT 7 THAT DEPUTY PREMIER POPOV WILL BE"))
        // A numbered point, a field or a signature starts anew.
        #expect(
            !PageReader.continuesCapitalsParagraph(
                "THE MEETING SHOULD BE HELD TO TIME JUST ADEQUATE FOR", "2. IT IS MY RECOMMENDATION"))
        #expect(
            !PageReader.continuesCapitalsParagraph(
                "THE MEETING SHOULD BE HELD TO TIME JUST ADEQUATE FOR", "SUBJECT: VISIT OF POPOV"))
        #expect(
            !PageReader.continuesCapitalsParagraph(
                "THE MEETING SHOULD BE HELD TO TIME JUST ADEQUATE FOR IT.", "STOESSEL"))
        // Mixed case is not a cable in capitals.
        #expect(
            !PageReader.continuesCapitalsParagraph(
                "The meeting should be held to time just adequate for the", "talks of the ministers"))
    }

    @Test func aShortLineGoesOnWithASentenceLeftOpen() {
        // Where the page was cut, or a wrapped line broke before the sentence's last words.
        #expect(
            PageReader.continuesCapitalsParagraph(
                "3. KRISHNAN WAS PREDICTABLY VAGUE ON PROSPECTS FOR TERRORISM", "RESOLUTI"))
        #expect(
            PageReader.continuesCapitalsParagraph(
                "ACTION AND INSPIRE PARALLEL STORIES IN THE ESTABLISHMENT", "PRESS ,"))
        #expect(
            PageReader.continuesCapitalsParagraph(
                "CHARGE HIS TEAM'S FINDINGS POINT TOWARD A WHOLLY UN,", "PHASED PEACEKEEPIN"))
        // After a sentence's end, a name alone is a signature.
        #expect(
            !PageReader.continuesCapitalsParagraph(
                "3. KRISHNAN WAS PREDICTABLY VAGUE ON PROSPECTS FOR TERRORISM.", "MOYNIHAN"))
    }

    @Test func aPageCutOffInASentenceIsTruncated() throws {
        let cut = try Self.page(
            "May 15, 1949\n\nTelegram, Shtykov to Vyshinsky\n\nOn May 14 I had a meeting with Kim Il Sung who informed me about the results of the trip of a rep"
        )
        #expect(cut.isTruncated)
        let whole = try Self.page(
            "May 15, 1949\n\nTelegram, Shtykov to Vyshinsky\n\nOn May 14 I had a meeting with Kim Il Sung who informed me about the trip.\n\nSHTYKOV\n"
        )
        #expect(!whole.isTruncated)
    }

    @Test func breadcrumbsAndRepeatedNavigationAreChrome() throws {
        let page = try Self.page(
            """
            U.S. Department of State
            U.S. Department of State
            U.S. Department of State
            Other State Department Archive SitesU.S. Department of State
            You are in: Public Affairs > Office of the Historian > Foreign Relations
            CONFIDENTIAL
            CONFIDENTIAL
            CONFIDENTIAL

            May 1, 1964

            Telegram From the Embassy in the Soviet Union to the Department of State

            The minister received me today and we talked about the questions of trade for a long time.

            """)
        let chrome = page.chrome.map(\.text)
        #expect(chrome.filter { $0 == "U.S. Department of State" }.count == 3)
        #expect(chrome.contains { $0.hasPrefix("You are in:") })
        // A menu item glued to the repeated line is navigation too.
        #expect(chrome.contains("Other State Department Archive SitesU.S. Department of State"))
        // A classification a cable repeats on every page is the document's.
        #expect(!chrome.contains("CONFIDENTIAL"))
    }

    @Test func aWilsonCitationSentenceIsACitationWhereverItStands() throws {
        let page = try Self.page(
            """
            May 31, 1963

            Report from Polish official in Saigon, Maneli, to Warsaw, on his meeting with Pham Van Dong. Dong describes plans for South Vietnam's future government and neutrality, along with the compliance of the North with the accords.
            "Secret Telegram from Maneli (Saigon) to Spasowski (Warsaw) [Ciphergram No. 7353]," May 31, 1963, History and Public Policy Program Digital Archive, AMSZ, Warsaw, 6/77.

            Ciphergram No. 7353

            I met the premier today and we talked about the future government of the south for a long time.

            """)
        #expect(page.citation.first?.text.hasPrefix("\"Secret Telegram") == true)
        #expect(page.summary.first?.text.hasPrefix("Report from Polish official") == true)
        #expect(page.titleLine?.text == "Ciphergram No. 7353")
    }
}

extension PageLayoutTests {
    @Test func namesUnderADistributionLabelAreNoSignatures() throws {
        let page = PageReader.read(
            try SourceText(
                bytes: Array(
                    """
                    Telegram from the Hungarian Embassy in Pyongyang

                    During the celebrations on September 8, I had a conversation with the Korean referent about the congress.

                    – 160 – charge d’affaires –
                    To be seen by
                    Comrade Szabó F.
                    Seen by
                    Comrade Bényei

                    """.utf8), path: "t.txt"))
        let kinds = page.parts.first?.closer.map(\.kind) ?? []
        #expect(!kinds.contains(.signature))
        #expect(kinds.filter { $0 == .copies }.count == 4)
    }

    @Test func aTypedNameInParenthesesIsASignatureAndNumberedCopiesAreNot() throws {
        let page = PageReader.read(
            try SourceText(
                bytes: Array(
                    """
                    Journal of the Soviet Ambassador

                    I visited the premier and familiarized him with the record of the conversation.

                    USSR AMBASSADOR IN THE DPRK
                    (A. PUZANOV)
                    Five copies printed
                    1 - Cde. A. A. Gromyko
                    2 - Cde. Yu. V. Andropov

                    """.utf8), path: "t.txt"))
        let closer = page.parts.first?.closer ?? []
        #expect(closer.first { $0.unit.text == "(A. PUZANOV)" }?.kind == .signature)
        #expect(closer.filter { $0.kind == .copies }.count == 3)
    }

    /// A FRUS page's text as copied: the footnotes after the signature, indented, a footnote's second
    /// paragraph indented further.
    @Test func indentedFootnotesAfterTheSignatureAreFootnotes() throws {
        let page = PageReader.read(
            try SourceText(
                bytes: Array(
                    """
                    The Chargé in Yugoslavia (Reams) to the Secretary of State

                    513. British Embassy has received instructions to submit a note to the Foreign Office denying in detail the allegations contained in the notes.1

                    I concur in the British approach since I feel the allegations contained in the notes should not be long ignored by us.2

                    Reams
                      1. In this telegram, not printed, Ambassador Cannon summarized the note.

                        Belgrade Embassy’s despatch 353 of April 10, not printed, forwarded a translation.

                      2. Source: Department of State, Central Files. Secret; Urgent.

                    """.utf8), path: "t.txt"))
        let closer = page.parts.first?.closer ?? []
        #expect(closer.map(\.kind) == [.signature, .footnote, .footnote])
        #expect(closer[1].unit.text.hasSuffix("forwarded a translation."))
        #expect(page.parts.first?.body.count == 2)
    }

    @Test func indentedNumberedPointsInsideTheTextAreNoFootnotes() {
        let units = ["The text opens.", "  1. A first point of the text.", "  2. A second one.", "The text goes on."]
            .enumerated().map { TextUnit(line: $0.offset + 1, text: $0.element) }
        #expect(PageReader.indentedFootnoteStart(units) == nil)
        #expect(PageReader.indentedFootnoteStart(Array(units.prefix(3))) == 1)
        // Footnotes numbered out of order are no footnote block.
        let skipped = [units[0], TextUnit(line: 2, text: "  1. One."), TextUnit(line: 3, text: "  3. Three.")]
        #expect(PageReader.indentedFootnoteStart(skipped) == nil)
    }

    @Test func sentencesCutOffByAPageBreakAfterTheDateAreTextNotTheTitle() throws {
        let page = try Self.page(
            """
            Телеграмма Народного Комиссара Иностранных Дел СССР Полномочному Представителю СССР в Турции

            16 апреля 1936 г.

            Сегодня я вручил послу ответную ноту, которая передается Вам отдельно. Я рассказывал послу, как он исказил Вам мой совет и как он заготовленный

            * См. док. № 258.

            проект резолюции показал мне за пять минут до начала заседания.
            """)
        #expect(page.titleLine?.text.hasPrefix("Телеграмма") == true)
        #expect(page.parts.first?.body.units.first?.text.hasPrefix("Сегодня") == true)
    }

    @Test func theTitlePageKeepsTheSourcesOrder() throws {
        let xml = try encodeFixture(
            """
            Telegram from A. Szarvas, Pyongyang

            May 3, 1955

            The minister received me today and we talked about the questions of trade for a long time.
            """
        ).xml
        let title = try #require(xml.range(of: "<docTitle>"))
        let date = try #require(xml.range(of: "<docDate"))
        #expect(title.lowerBound < date.lowerBound)
    }

    @Test func aLongTitleWithoutASentenceEndStaysTheTitle() {
        let title =
            "Memorandum of a conversation between the ambassador of the Polish People's Republic and the deputy minister of foreign affairs of the DPRK on the question of the repatriation of citizens"
        #expect(!PageReader.isSentenceNotTitle(title))
    }
}

/// The Wilson Center's intermediate layout ("CITATION SHARE DOWNLOAD" tabs above the summary and citation).
@Suite("Citation tabs layout")
struct CitationTabsLayoutTests {
    static let page = """
        Search in
        ADD SEARCH FILTER CANCEL SEARCH FILTER
        March 11, 1965
        CABLE FROM THE CHINESE EMBASSY IN THE SOVIET UNION TO THE MINISTRY OF FOREIGN AFFAIRS
        CITATION SHARE DOWNLOAD
          • Citation
            get citation
            The Chinese Embassy in the Soviet Union reports on the talks during the Vietnamese ambassador's visit.
            "Cable from the Chinese Embassy in the Soviet Union to the Ministry of Foreign Affairs," March 11, 1965, History and Public Policy Program Digital Archive, PRC FMA 109-03628-04, 101-102. https://digitalarchive.wilsoncenter.org/document/119950
          • share document
            https://digitalarchive.wilsoncenter.org/document/119950
        VIEW DOCUMENT IN
        English HTML
        Ministry of Foreign Affairs Cable
        Level: Extra Urgent / From the Moscow Desk / Received (65) No. 587
        Ministry of Foreign Affairs:
        At 1:00 p.m. on the afternoon of the 10th, the Vietnamese Ambassador came to speak with Ambassador Pan, as follows.

        """

    @Test func theTabsSummaryGoesToTheAbstractAndTheShareLinkIsChrome() throws {
        let page = PageReader.read(try SourceText(bytes: Array(Self.page.utf8), path: "t.txt"))
        #expect(page.summary.first?.text.contains("reports on the talks") == true)
        #expect(
            page.chrome.contains { $0.text.trimmedText == "https://digitalarchive.wilsoncenter.org/document/119950" })
        #expect(page.preface.isEmpty)
        let opener = page.parts.first?.opener.map(\.unit.text) ?? []
        #expect(opener.first == "Ministry of Foreign Affairs Cable")
    }

    @Test func theFormRowGivesLevelOriginAndNumber() throws {
        let read = MetadataReader.read(PageReader.read(try SourceText(bytes: Array(Self.page.utf8), path: "t.txt")))
        #expect(read.classification == ["Extra Urgent"])
        #expect(read.origin == "Moscow")
        #expect(read.number == "(65) 587")
    }

    @Test func aLetterheadBelowTheDateIsNoTitle() throws {
        #expect(PageReader.isLetterhead("The Embassy of Polish People's Republic in Pyongyang"))
        #expect(!PageReader.isLetterhead("Telegram from the Polish Embassy in Pyongyang"))
        #expect(!PageReader.isLetterhead("Letter from Kim Il Sung to Stalin"))
        let text = """
            September 28, 1955
            The Polish Ambassador in the DPRK requests a correspondent to be sent to the DPRK and mentions films.
            "Letter from the Polish Ambassador in the DPRK to the Polish Ministry of Foreign Affairs," September 28, 1955, History and Public Policy Program Digital Archive, Polish Foreign Ministry Archive.
            The Embassy of Polish People's Republic in Pyongyang
            Pyongyang, 28 th September, 1955
            I would like to point out some questions regarding my current work and the work of the embassy.

            """
        let page = PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
        #expect(page.titleLine == nil)
        #expect(page.summary.count == 1)
        let read = MetadataReader.read(page)
        #expect(read.title == "Letter from the Polish Ambassador in the DPRK to the Polish Ministry of Foreign Affairs")
    }
}

/// The byte loop of `PageReader.isChromeLines` against the plain definition it replaces.
@Suite("Chrome lines on the bytes")
struct ChromeLinesFastPathTests {
    /// The plain definition: every line, its bullets, dashes and white space trimmed, is a chrome line.
    static func plainIsChromeLines(_ text: String) -> Bool {
        if PageReader.chromeLines.contains(text) { return true }
        let lines = text.split(separator: "\n")
        return !lines.isEmpty
            && lines.allSatisfy {
                PageReader.chromeLines.contains($0.trimmingCharacters(in: CharacterSet(charactersIn: "-•– \t")))
            }
    }

    @Test func theByteLoopAgreesWithThePlainDefinition() {
        let samples = [
            "CITATION SHARE DOWNLOAD", "CITATION SHARE DOWNLOAD-", "CITATION SHARE DOWNLOAD-\nCitation\nget citation",
            "- Download", "• share document", "  • Citation", "English HTML\nVIEW DOCUMENT IN", "Download it now",
            "The Chinese Embassy in the Soviet Union reports on the talks.", "Citation\nThe summary follows here.",
            "–", "", "\n", "Skip to content", "Skip to content—", "Citation–\n–get citation",
            String(repeating: "Download ", count: 40),
        ]
        for sample in samples {
            #expect(PageReader.isChromeLines(sample) == Self.plainIsChromeLines(sample), "\(sample)")
        }
    }
}
