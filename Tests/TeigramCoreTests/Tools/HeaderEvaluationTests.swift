import TeigramXML
import Testing

@testable import TeigramCore
@testable import TeigramTools

/// How `teigram evaluate` judges a header field against the gold.
@Suite("Header evaluation")
struct HeaderEvaluationTests {
    typealias Value = HeaderEvaluation.PredictedValue

    @Test func equalAfterNormalising() {
        #expect(HeaderEvaluation.isRight(field: "origin", gold: "Havana", predicted: Value(text: "HAVANA")))
        #expect(HeaderEvaluation.isRight(field: "sender", gold: "Pavlíček", predicted: Value(text: "Pavlicek")))
    }

    @Test func initialsWrittenTogetherOrApartAreOneSpelling() {
        #expect(
            HeaderEvaluation.isRight(field: "sender", gold: "N. G. Sudarikov", predicted: Value(text: "N.G. Sudarikov"))
        )
        #expect(
            HeaderEvaluation.isRight(field: "sender", gold: "Н.Т. Федоренко", predicted: Value(text: "Н. Т. Федоренко"))
        )
        #expect(
            !HeaderEvaluation.isRight(field: "sender", gold: "N. G. Sudarikov", predicted: Value(text: "N. Sudarikov")))
    }

    @Test func aNumberWithItsLeadingZerosIsTheSameNumber() {
        #expect(HeaderEvaluation.isRight(field: "number", gold: "983", predicted: Value(text: "00983")))
        #expect(!HeaderEvaluation.isRight(field: "number", gold: "983", predicted: Value(text: "9830")))
    }

    @Test func bothEmptyIsRightOneEmptyIsNot() {
        #expect(HeaderEvaluation.isRight(field: "origin", gold: "", predicted: nil))
        #expect(!HeaderEvaluation.isRight(field: "origin", gold: "Sofia", predicted: nil))
        #expect(!HeaderEvaluation.isRight(field: "origin", gold: "", predicted: Value(text: "Sofia")))
    }

    @Test func aLinkedNameIsRightByAnyNameOfItsEntry() {
        let stalin = Value(text: "Filippov", entryNames: ["Joseph Stalin", "Filippov", "Stalin"])
        #expect(HeaderEvaluation.isRight(field: "recipient", gold: "Stalin", predicted: stalin))
    }

    @Test func aSurnameIsRightForTheEditorsFullName() {
        #expect(HeaderEvaluation.isRight(field: "sender", gold: "Edward Drożniak", predicted: Value(text: "Drożniak")))
        #expect(!HeaderEvaluation.isRight(field: "sender", gold: "Edward Drożniak", predicted: Value(text: "Edward")))
    }

    @Test func severalAddresseesAreASet() {
        let predicted = Value(text: "American Embassy Dacca | American Embassy Amman")
        #expect(
            HeaderEvaluation.isRight(
                field: "recipient", gold: "American Embassy Amman | American Embassy Dacca", predicted: predicted))
    }

    @Test func eachOfSeveralAddresseesIsJudgedAsOneNameIs() {
        let predicted = Value(
            text: "Llewellyn Thompson | Tyler",
            partEntryNames: [["Llewellyn Thompson", "Thompson"], []])
        #expect(HeaderEvaluation.isRight(field: "recipient", gold: "Tyler | Thompson", predicted: predicted))
        #expect(!HeaderEvaluation.isRight(field: "recipient", gold: "Thompson | Kohler", predicted: predicted))
        #expect(!HeaderEvaluation.isRight(field: "recipient", gold: "Thompson", predicted: predicted))
    }

    @Test func datesAreExactButADtgNeedsNoSeconds() {
        #expect(
            HeaderEvaluation.isRight(
                field: "date", gold: "1974-09-11T09:13Z", predicted: Value(text: "1974-09-11T09:13:00Z")))
        #expect(!HeaderEvaluation.isRight(field: "date", gold: "1974-09-11", predicted: Value(text: "1974-09-12")))
    }

    @Test func classificationTermsInAnyOrderAndPunctuation() {
        #expect(
            HeaderEvaluation.isRight(
                field: "classification", gold: "Secret; Priority", predicted: Value(text: "SECRET PRIORITY")))
    }

    @Test func aPlaceTheAuthorityDoesNotKnowIsStillTheOrigin() throws {
        let xml = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><correspDesc>
            <correspAction type="sent"><orgName>Embassy in Indonesia</orgName><rs type="place">Djakarta</rs>
            </correspAction></correspDesc></profileDesc></teiHeader></TEI>
            """
        let document = try XMLParsedDocument(bytes: Array(xml.utf8), path: "t.xml").tree()
        let authority = try #require(try? testAuthority("<listPlace/>"))
        #expect(HeaderEvaluation.predicted(document, authority: authority)["origin"]?.text == "Djakarta")
    }

    @Test func goldFilesAreRead() {
        let gold = HeaderEvaluation.gold(tsv: "field\tvalue\ndate\t1962-10-26\nsender\tEdward Drożniak\norigin\t\n")
        #expect(gold == ["date": "1962-10-26", "sender": "Edward Drożniak", "origin": ""])
    }
}
