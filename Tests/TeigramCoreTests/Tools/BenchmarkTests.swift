import Foundation
import Testing
@testable import TeigramCore
@testable import TeigramTools

/// `teigram bench`: the synthetic corpus is deterministic and usable, and a tiny run gives sane figures.
/// No timing thresholds: only that figures exist, are positive and add up.
@Suite("Benchmark")
struct BenchmarkTests {
    static let telegrams: [(path: String, bytes: [UInt8])] = TestPaths.project.telegrams.compactMap { path in
        (try? FileIO.read(path)).map { (path, $0) }
    }

    static let corpus = SyntheticCorpus(telegrams: telegrams, authority: Shared.corpusAuthority)

    @Test func generationIsDeterministic() {
        let again = SyntheticCorpus(telegrams: Self.telegrams, authority: Shared.corpusAuthority)
        for index in [0, 1, 17, 999, 123_456] {
            #expect(Self.corpus.telegram(at: index) == again.telegram(at: index))
        }
        // A document does not depend on the batch it is generated in.
        #expect(Self.corpus.telegrams(40..<45) == (40..<45).map { Self.corpus.telegram(at: $0) })
        // Another seed gives another corpus.
        let other = SyntheticCorpus(telegrams: Self.telegrams, authority: Shared.corpusAuthority, seed: 42)
        #expect((0..<20).contains { other.telegram(at: $0).bytes != Self.corpus.telegram(at: $0).bytes })
    }

    @Test func generatedTelegramsVaryAndStayValid() throws {
        let validator = try #require(Shared.customValidator)
        let encoder = TelegramEncoder(authority: Shared.corpusAuthority)
        let generated = Self.corpus.telegrams(0..<60)
        #expect(Set(generated.map(\.name)).count == generated.count, "names are unique")
        let originals = Set(Self.telegrams.map(\.bytes))
        #expect(generated.filter { !originals.contains($0.bytes) }.count > 50, "most documents differ from their model")
        #expect(Set(generated.map(\.bytes.count)).count > 20, "lengths vary")
        for telegram in generated {
            let encoded = try encoder.encode(
                bytes: telegram.bytes, path: telegram.name + ".txt", documentID: telegram.name)
            let result = validator.validate(bytes: encoded.bytes, path: telegram.name + ".xml")
            #expect(result.isValid, "\(telegram.name): \(result.diagnostics.map(\.description))")
        }
    }

    @Test func datesShiftAndStayDates() {
        #expect(SyntheticCorpus.shiftDates(in: "January 8, 1949", years: 2, days: 3) == "January 11, 1951")
        #expect(SyntheticCorpus.shiftDates(in: "8 January 1949.", years: -1, days: 0) == "8 January 1948.")
        #expect(SyntheticCorpus.shiftDates(in: "27 March 1950", years: 0, days: 5) == "4 March 1950")
        // Not dates: left alone.
        #expect(
            SyntheticCorpus.shiftDates(in: "18,000 kilometers, No. 1949a, 8 tons", years: 3, days: 3)
                == "18,000 kilometers, No. 1949a, 8 tons")
    }

    @Test func lengthenedTextsRepeatTheBody() {
        let single = Self.corpus.lengthened(by: 1)
        let quadruple = Self.corpus.lengthened(by: 4)
        #expect(single.count == Self.telegrams.count)
        // A page whose body the line rules cannot find (a cable's paragraphs read as heading lines) is
        // left as it is; nearly every page has prose to repeat.
        let unchanged = zip(single, quadruple).filter { $0.1.bytes.count <= $0.0.bytes.count }.map(\.0.name)
        #expect(unchanged.count * 20 <= single.count, "no body prose to repeat: \(unchanged)")
    }

    @Test func syntheticAuthorityLoadsAndIndexesEveryEntry() throws {
        let bytes = SyntheticAuthority.document(entries: 500)
        #expect(bytes == SyntheticAuthority.document(entries: 500))
        let authority = try Authority(files: [("generated.xml", bytes)])
        #expect(authority.entries.count == 500)
        #expect(authority.entries.values.filter { $0.kind == .place }.count == 100)
    }

    @Test func tinyRunGivesSaneFigures() throws {
        let keep = FileManager.default.temporaryDirectory.appendingPathComponent(
            "teigram-bench-test-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: keep) }
        let configuration = BenchmarkConfiguration(
            sizes: [20], jobs: 2, batchSize: 8, keepDirectory: keep, validateComparisonFiles: 10,
            syntheticAuthorityEntries: 200, lengthFactors: [1, 4])
        var sections: [String] = []
        let report = try CorpusBenchmark(project: TestPaths.project, configuration: configuration).run(emit: {
            sections.append($0)
        })

        let figures = try #require(report.sizes.first?.figures)
        #expect(report.sizes.map(\.size) == [20])
        #expect(figures.documents == 20)
        #expect(figures.invalid == 0 && figures.unreadable == 0)
        #expect(figures.pipelineValid == 20)
        #expect(figures.teiBytes > figures.inputBytes, "TEI is larger than the raw text")
        for stage in BenchmarkStage.allCases {
            #expect((figures.stageSeconds[stage] ?? 0) > 0, "\(stage) was timed")
        }
        #expect(figures.pipelineSeconds > 0 && figures.wallSeconds >= figures.pipelineSeconds)
        if let peak = figures.peakMemoryBytes { #expect(peak > 1_000_000) }
        if configuration.xmllint != nil {
            #expect(figures.xmllintStatus == 0, "xmllint finds the TEI valid too")
            #expect((figures.xmllintValidateSeconds ?? 0) > 0)
        }
        // --keep: the corpus and its TEI stay, in batches.
        #expect(FileIO.files(in: keep + "/size-20/corpus/batch-0", suffix: ".txt").count == 8)
        #expect(FileIO.files(in: keep + "/size-20/tei/batch-2", suffix: ".xml").count == 4)

        let comparison = try #require(report.validateComparison)
        #expect(comparison.files == 10)
        #expect(comparison.rows.allSatisfy { $0.status == 0 && $0.seconds > 0 })

        let tagging = try #require(report.tagging)
        #expect(tagging.rows.count == 4)
        let real = tagging.rows.filter { $0.authority.hasPrefix("real (") }
        let large = tagging.rows.filter { !$0.authority.hasPrefix("real (") }
        #expect(large.allSatisfy { row in row.names > (real.first?.names ?? 0) })
        // The same texts give the same mentions whatever the authority's size.
        #expect(real.map(\.mentions) == large.map(\.mentions))
        #expect(tagging.rows.allSatisfy { $0.taggerSeconds > 0 && $0.writerSeconds > 0 })

        let text = sections.joined()
        #expect(text.contains("## 20 documents"))
        #expect(text.contains("whole pipeline"))
        #expect(text.contains("## Tagging cost"))
    }
}
