import Testing
import TeigramXML

@testable import TeigramCore

/// Words the evidence rules took for names and no longer do: a list's lettered item or a question's
/// label, and ordinary English words on a signature or dispatch line.
@Suite("Words that only look like names")
struct NotANameTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPerson>
          <person xml:id="john-smith"><persName type="standard">John Smith</persName>
            <persName type="surname">Smith</persName></person>
        </listPerson>
        """)

    func persons(_ text: String, context: TaggingContext = .prose) throws -> [String] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1975)
        return tagger.mentions(in: UTF16Text.units(of: text), context: context, state: &state)
            .filter { $0.kind == .person }.map { UTF16Text.substring(text, $0.range) }
    }

    @Test(arguments: [
        "A. Beginning with the next session, the delegation will report daily.",
        "B. ARRIVAL OF THE TEAM IS EXPECTED ON MONDAY.",
        "Q. EVEN IF THE MINISTER AGREES, WILL THE CABINET?",
    ])
    func aLetteredItemIsNoInitial(text: String) throws {
        #expect(try persons(text).isEmpty)
    }

    @Test func anInitialBeforeAKnownSurnameStaysAName() throws {
        #expect(try persons("J. Smith will arrive on Monday with the delegation.") == ["J. Smith"])
    }

    @Test func ordinaryEnglishWordsAreNoSignatory() throws {
        #expect(try persons("HAD EXPRESSED BOTH", context: .signature).isEmpty)
        #expect(try persons("SMITH", context: .signature) == ["SMITH"])
    }

    @Test func anEnglishWordAfterASignaturesMarkIsTheSignatory() throws {
        #expect(try persons("(Signed) SILOS", context: .signature) == ["SILOS"])
    }

    @Test func aWordBetweenTheCommasOfAListIsAName() throws {
        #expect(try persons("FYI: Trojanowski, Thee, Chodorek", context: .dispatch).contains("Thee"))
    }
}
