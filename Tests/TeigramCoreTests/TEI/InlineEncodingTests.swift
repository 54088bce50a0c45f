import Testing
@testable import TeigramCore
import TeigramXML

/// One paragraph encoded with the fixture authority (``encodeInline(_:contextYear:)``).
private func inline(_ text: String, contextYear: Int? = 1950) -> String {
    encodeInline(text, contextYear: contextYear)
}

@Suite("Bracketed editorial matter")
struct BracketTests {
    @Test func suppliedWordParts() {
        #expect(
            inline("they are all black-[haired], no one")
                == ##"they are all black-<supplied reason="omitted-in-original">haired</supplied>, no one"##)
        // After a hyphen the bracket supplies a word; glued to a word's start it completes an abbreviation.
        #expect(inline("the com[munist] parties") == ##"the <expan>com<ex>munist</ex></expan> parties"##)
    }

    @Test func suppliedWordsAtSentenceStart() {
        #expect(
            inline("after finding out. [I] will tell")
                == ##"after finding out. <supplied reason="omitted-in-original">I</supplied> will tell"##)
    }

    @Test func identificationBindsToTheNameBefore() {
        let xml = inline("report to comrade Filippov [Stalin].")
        #expect(
            xml
                == ##"report to comrade <persName ref="#stalin" type="pseudonym">Filippov</persName> <note type="identification"><persName ref="#stalin">Stalin</persName></note>."##
        )
    }

    @Test func aGlossThatRestatesTheNameIsNoMentionOfItsOwn() {
        let xml = inline("minister Pak Seong-cheol [Pak Song Chol] told him")
        #expect(xml.contains(##"<note type="identification">Pak Song Chol</note>"##))
        #expect(xml.components(separatedBy: "<persName").count == 2)
    }

    @Test func aGlossThatCompletesAGivenNameLeavesTheNameAsWritten() {
        let xml = inline("the report of Terenti [Shtykov] is clear")
        #expect(
            xml
                == ##"the report of <persName ref="#shtykov">Terenti</persName> <note type="identification">Shtykov</note> is clear"##
        )
    }

    @Test func aGlossAfterATitleIsTheName() {
        let xml = inline("the Minister of External Relations [Raúl Roa] told me")
        #expect(xml.contains("Raúl Roa</persName>"))
        #expect(!xml.contains("External Relations</persName>"))
    }

    @Test func identificationOfAPlace() {
        #expect(
            inline("capture Canton [Guangzhou], bring")
                == ##"capture <placeName ref="#guangzhou">Canton</placeName> <note type="identification"><placeName ref="#guangzhou">Guangzhou</placeName></note>, bring"##
        )
    }

    @Test func suppliedFirstNameIsPartOfTheName() {
        #expect(
            inline("Comrade [Liu] Shaoqi and")
                == ##"Comrade <persName ref="#liu-shaoqi"><supplied reason="omitted-in-original">Liu</supplied> Shaoqi</persName> and"##
        )
    }

    @Test func labelledNotes() {
        #expect(
            inline("GRU [Translator’s note: which is the GRU]")
                == ##"GRU <note type="translator"><label>Translator’s note:</label> which is the <orgName ref="#prov.gru">GRU</orgName></note>"##
        )
        #expect(
            inline("[Ed. note: In the photocopy.]")
                == ##"<note type="editorial"><label>Ed. note:</label> In the photocopy.</note>"##)
        #expect(
            inline("[handwritten at the top: to Cde. Stalin]")
                == ##"<note type="handwritten"><label>handwritten at the top:</label> to Cde. <persName ref="#stalin">Stalin</persName></note>"##
        )
    }

    @Test func stampsKeepTheirDate() {
        #expect(
            inline("[Stamp: “Declassified 14 December 1993”]")
                == ##"<note type="stamp"><label>Stamp:</label> <stamp>“Declassified <date when="1993-12-14">14 December 1993</date>”</stamp></note>"##
        )
    }

    @Test func descriptionsOfTheDocument() {
        #expect(
            inline("[letterhead of the General Staff]")
                == ##"<note type="letterhead">letterhead of the <orgName ref="#prov.general-staff">General Staff</orgName></note>"##
        )
        #expect(
            inline("chief – [illegible signature] 1100")
                == ##"chief – <note type="editorial">illegible signature</note> 1100"##)
    }

    @Test func omissions() {
        // An unbracketed ellipsis is the source's own mark (or a form's leader dots): text, no omission claim.
        #expect(inline("Comrade Stalin. . . .") == ##"Comrade <persName ref="#stalin">Stalin</persName>. . . ."##)
        #expect(
            inline("From…Pyongyang……dispatched")
                == ##"From…<placeName ref="#pyongyang">Pyongyang</placeName>……dispatched"##)
        #expect(inline("[ …] the Korean comrades") == ##"<gap reason="omitted"/> the Korean comrades"##)
        #expect(inline("[...]") == ##"<gap reason="omitted"/>"##)
    }

    @Test func sic() {
        #expect(
            inline("4. [sic] We have decided")
                == ##"4. <note type="editorial" subtype="sic">sic</note> We have decided"##)
    }

    @Test func unbalancedBracketsStayText() {
        #expect(inline("1993”]] and [unclosed") == "1993”]] and [unclosed")
    }

    @Test func lineBreaksAreKeptAndMarked() {
        #expect(inline("Corrected text of a\ntelegram") == "Corrected text of a\n<lb/>telegram")
    }

    @Test func xmlSpecialCharactersAreEscaped() {
        #expect(inline("A & B <C> \"D\"") == "A &amp; B &lt;C&gt; \"D\"")
    }
}

@Suite("Names")
struct TaggingTests {
    @Test func longestMatchWins() {
        #expect(
            inline("met Kim Il Sung and Kim Il")
                == ##"met <persName ref="#kim-il-sung">Kim Il Sung</persName> and <persName ref="#kim-il">Kim Il</persName>"##
        )
        #expect(inline("in South Korea now") == ##"in <placeName ref="#south-korea">South Korea</placeName> now"##)
    }

    @Test func caseHyphenAndDiacriticVariantsMatch() {
        #expect(
            inline("KIM IL SUNG and Kim Il-sung")
                == ##"<persName ref="#kim-il-sung">KIM IL SUNG</persName> and <persName ref="#kim-il-sung">Kim Il-sung</persName>"##
        )
        #expect(inline("PAK HÉON-YÉONG was") == ##"<persName ref="#pak-hon-yong">PAK HÉON-YÉONG</persName> was"##)
    }

    @Test func possessivesStayOutsideTheName() {
        #expect(inline("Korea’s economy") == ##"<placeName ref="#korea">Korea</placeName>’s economy"##)
    }

    @Test func neverInsideAWord() {
        #expect(inline("Koreans and Moscowite") == "Koreans and Moscowite")
    }

    @Test func demonymsAreNotPlaces() {
        #expect(inline("the Korean divisions") == "the Korean divisions")
    }

    @Test func countryInsideAnOrganisationBelongsToIt() {
        #expect(
            inline("the Workers’ Party of Korea decided")
                == ##"the <orgName ref="#wpk">Workers’ Party of Korea</orgName> decided"##)
    }

    @Test func surnameAloneLinksToThePersonMetBefore() {
        #expect(
            inline("Kim Il met Mao. Kim said")
                == ##"<persName ref="#kim-il">Kim Il</persName> met <persName ref="#mao-zedong">Mao</persName>. <persName ref="#kim-il">Kim</persName> said"##
        )
    }

    @Test func aSurnameTooCommonToTagAloneIsLeftAlone() {
        #expect(inline("Kim said") == "Kim said")
    }

    @Test func unknownTitledNamesLinkToProvisionalEntries() {
        #expect(
            inline("with Comrade Petrov and Ambassador Szarvas")
                == ##"with Comrade <persName ref="#prov.petrov">Petrov</persName> and Ambassador <persName ref="#prov.szarvas">Szarvas</persName>"##
        )
    }

    @Test func datesInRunningText() {
        #expect(inline("on 30 April reached") == ##"on <date when="1950-04-30" cert="medium">30 April</date> reached"##)
    }
}

/// The review's bracket rules (X-1).
@Suite("Bracket rules of the review")
struct BracketReviewTests {
    @Test func viaIsAnArchivesGlossNotSupplied() {
        // The intermediary is a person of the note (his surname's ending tells it), not a supplied word.
        #expect(
            inline("Terebin to Stalin [via Kovalev]")
                == ##"Terebin to <persName ref="#stalin">Stalin</persName> <note type="editorial">via <persName ref="#prov.kovalev">Kovalev</persName></note>"##
        )
    }

    @Test func suppliedIsNeverNested() {
        #expect(
            inline("sent by the [[special sector]] today")
                == ##"sent by the <supplied reason="omitted-in-original">special sector</supplied> today"##)
    }

    @Test func anAbbreviationCompletedInBracketsIsAnExpansion() {
        #expect(
            inline("To Com[rade] Stalin")
                == ##"To <expan>Com<ex>rade</ex></expan> <persName ref="#stalin">Stalin</persName>"##)
        // A name ending in an expansion covers it.
        #expect(inline("the F[oreign] M[inistry] said").contains(##"<expan>M<ex>inistry</ex></expan></orgName>"##))
    }

    @Test func aBracketedWordAfterASpaceIsStillSupplied() {
        #expect(inline("met [I] today") == ##"met <supplied reason="omitted-in-original">I</supplied> today"##)
    }
}

extension BracketTests {
    @Test func aSuppliedTitleBeforeTheNameStaysOutsideIt() {
        #expect(
            inline("awaiting [Soviet Ambassador Terenti] Shtykov today")
                == ##"awaiting <supplied reason="omitted-in-original">Soviet Ambassador Terenti</supplied> <persName ref="#shtykov">Shtykov</persName> today"##
        )
    }
}

@Suite("Distribution lines")
struct DistributionLineTests {
    @Test func theNamesOfAnFYILineArePersons() {
        #expect(
            encodeInline("FYI – Trojanowski, Thee", context: TaggingContext.ofLine("FYI – Trojanowski, Thee") ?? .prose)
                == ##"FYI – <persName ref="#prov.trojanowski">Trojanowski</persName>, <persName ref="#prov.thee">Thee</persName>"##
        )
    }
}

extension DistributionLineTests {
    @Test(arguments: [
        "To be seen by", "Seen by", "To be read by", "Read by", "FYI – A", "CC: A", "Copies to: A", "Copy to A",
        "For the information of A", "Distributed to A", "Circulated to A", "Distribution: A",
    ])
    func theByteTestPassesEveryDistributionLabel(_ line: String) {
        #expect(LinePatterns.distributionLabel.matches(line.lowercased()))
        #expect(TaggingContext.opensWithDistributionWord(line))
    }
}

/// Footnote marks glued to the text of a page with numbered footnotes.
@Suite("Footnote marks")
struct FootnoteMarkTests {
    static func marks(_ text: String) -> [String] {
        let units = Array(text.utf16)
        return InlineEncoder.noteAnchorMarks(in: units).map { String(decoding: units[$0.range], as: UTF16.self) }
    }

    @Test func digitsAfterALetterOrItsPunctuationAreMarks() {
        #expect(Self.marks("the Embassy in Vietnam1 and Molotov, Vyshinski,17 or on their part.3") == ["1", "17", "3"])
    }

    @Test func numbersOfOtherKindsAreNoMarks() {
        #expect(Self.marks("489R101. Paragraphs 2,3 and 4 of No. 430 at 3.14, B-52, 1950s, 12 p.m.").isEmpty)
    }

    /// The page's footnote 1 is pointed at; the mark is no part of the name before it.
    @Test func aMarkPointsAtItsFootnoteAndLeavesTheNameAlone() throws {
        let xml = try encodeFixture(
            """
            The Chargé in Yugoslavia (Reams) to the Secretary of State

            513. British Embassy has received instructions, and I spoke with Ambassador Cannon1 about the note today.

            Reams
              1. In this telegram, not printed, Ambassador Cannon summarized the note.

            """
        ).xml
        #expect(xml.contains(##"<note xml:id="fixture-fn1" type="footnote" n="1">"##))
        #expect(xml.contains(##"Cannon</persName><ref type="noteAnchor" target="#fixture-fn1">1</ref>"##))
    }
}
