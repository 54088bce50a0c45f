import TeigramXML
import Testing

@testable import TeigramCore
@testable import TeigramTools

/// How `teigram evaluate` counts a predicted name with an editor's supplied part: as the element's text
/// (`entity-gold/GUIDELINES.md`: "[Ivan] Kovalev") or as the original's wording (the wide held-out set's
/// `GOLD-GUIDE.md`: "[Emilio] Aragones" → "Aragones"), each gold mention matched once.
@Suite("Mention scoring")
struct MentionScoringTests {
    func name(_ xml: String) throws -> XML.Element {
        try XMLParsedDocument(bytes: Array(xml.utf8), path: "t.xml").tree().root
    }

    @Test func aSuppliedPartAtAnEndIsNoPartOfTheOriginalWording() throws {
        let aragones = try name(#"<persName><supplied>Emilio</supplied> Aragones</persName>"#)
        #expect(TaggingEvaluation.originalWording(aragones) == " Aragones")
        let minister = try name(#"<orgName>Foreign Ministry <supplied>of the USSR</supplied></orgName>"#)
        #expect(TaggingEvaluation.originalWording(minister) == "Foreign Ministry ")
    }

    @Test func suppliedLettersInsideAWordAndAWhollySuppliedNameKeepTheirText() throws {
        let lippmann = try name(#"<persName>Lip<supplied>p</supplied>man<supplied>n</supplied></persName>"#)
        #expect(TaggingEvaluation.originalWording(lippmann) == "Lippmann")
        let mao = try name(#"<persName><supplied>Mao</supplied></persName>"#)
        #expect(TaggingEvaluation.originalWording(mao) == "Mao")
    }

    @Test func eitherGuidesCountOfASuppliedNameIsRightOnce() {
        let predicted = [
            MentionRecord(kind: "person", surface: "Emilio Aragones", ref: "", alternativeSurface: " Aragones"),
            MentionRecord(kind: "person", surface: "Ivan Kovalev", ref: "", alternativeSurface: "Kovalev"),
        ]
        var scores = TaggingEvaluation.Scores()
        TaggingEvaluation.score(
            document: "d",
            gold: [
                MentionRecord(kind: "person", surface: "Aragones", ref: ""),
                MentionRecord(kind: "person", surface: "[Ivan] Kovalev", ref: ""),
            ], predicted: predicted, into: &scores)
        #expect(scores.detection["person"]?.truePositives == 2)
        #expect(scores.detection["person"]?.falsePositives == 0)
    }

    @Test func aNameWithOneSurfaceIsMatchedBeforeOneWithTwo() {
        // "<supplied>Soviet</supplied> Embassy" and "Soviet Embassy" against the gold's "Embassy" and
        // "Soviet Embassy": the name written whole takes its own, the other its original wording.
        var scores = TaggingEvaluation.Scores()
        TaggingEvaluation.score(
            document: "d",
            gold: [
                MentionRecord(kind: "org", surface: "Soviet Embassy", ref: ""),
                MentionRecord(kind: "org", surface: "Embassy", ref: ""),
            ],
            predicted: [
                MentionRecord(kind: "org", surface: "Soviet Embassy", ref: "", alternativeSurface: "Embassy"),
                MentionRecord(kind: "org", surface: "Soviet Embassy", ref: ""),
            ], into: &scores)
        #expect(scores.detection["org"]?.truePositives == 2)
    }
}
