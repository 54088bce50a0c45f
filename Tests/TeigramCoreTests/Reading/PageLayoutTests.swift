import Testing
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
            !PageReader.continuesCapitalsParagraph("THE MEETING SHOULD BE HELD TO TIME JUST ADEQUATE FOR", "STOESSEL"))
        // Mixed case is not a cable in capitals.
        #expect(
            !PageReader.continuesCapitalsParagraph(
                "The meeting should be held to time just adequate for the", "talks of the ministers"))
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
