import Foundation
import TeigramCore

/// The benchmark's figures as Markdown tables (what `teigram bench` prints and `BENCHMARKS.md` records).
extension CorpusBenchmark {
    /// A count with thousands separators: 100,000.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result += "," }
            result.append(character)
        }
        return (value < 0 ? "-" : "") + result
    }

    static func fixed(_ value: Double, _ decimals: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        return String(format: "%.\(decimals)f", value)
    }

    /// Documents per second and MB/s for `seconds` over `documents` and `bytes`.
    static func rates(documents: Int, bytes: Int, seconds: Double) -> (String, String) {
        guard seconds > 0 else { return ("–", "–") }
        let perSecond = Double(documents) / seconds
        return (
            perSecond >= 100 ? grouped(Int(perSecond.rounded())) : fixed(perSecond),
            fixed(Double(bytes) / 1e6 / seconds)
        )
    }

    static func megabytes(_ bytes: Int?) -> String {
        guard let bytes else { return "n/a" }
        return grouped(Int((Double(bytes) / 1_048_576).rounded())) + " MiB"
    }

    static func header(configuration: BenchmarkConfiguration, templates: Int, workDirectory: String) -> String {
        var text = "# teigram bench\n\n"
        text +=
            "Synthetic corpus from the \(templates) telegrams of Corpus/ (names swapped within their kind, dates shifted, "
        text += "body paragraphs dropped or repeated; seed \(String(configuration.seed, radix: 16))), "
        text +=
            "generated and processed in batches of \(grouped(configuration.batchSize)) in \(configuration.keepDirectory == nil ? "a temporary directory" : workDirectory). "
        text +=
            "Stages: one document at a time, one thread. Whole pipeline: \(configuration.jobs) thread\(configuration.jobs == 1 ? "" : "s"). "
        text += "MB = 10⁶ bytes; MiB = 2²⁰ bytes.\n"
        if configuration.xmllint == nil { text += "\nxmllint is not installed: the reference figures are left out.\n" }
        return text + "\n"
    }

    static func markdown(size: Int, figures: SizeFigures, configuration: BenchmarkConfiguration) -> String {
        var text = "## \(grouped(size)) documents\n\n"
        text += "\(grouped(figures.documents)) documents, input \(fixed(Double(figures.inputBytes) / 1e6, 2)) MB "
        text +=
            "(average \(grouped(figures.inputBytes / max(1, figures.documents))) B), TEI \(fixed(Double(figures.teiBytes) / 1e6, 2)) MB "
        text += "(average \(grouped(figures.teiBytes / max(1, figures.documents))) B); "
        text +=
            "\(figures.invalid) invalid, \(figures.unreadable) unreadable; generated and written in \(fixed(figures.generationSeconds, 2)) s; "
        text += "all measurements \(fixed(figures.wallSeconds, 1)) s.\n\n"
        if figures.stageDocuments != figures.documents {
            text +=
                "Stages timed on \(grouped(figures.stageDocuments)) of the documents (every \(grouped(figures.documents / max(1, figures.stageDocuments)))th).\n\n"
        }
        text += "| stage (1 thread) | time | docs/s | MB/s | MB of |\n|---|---:|---:|---:|---|\n"
        for stage in BenchmarkStage.allCases {
            let seconds = figures.stageSeconds[stage] ?? 0
            let bytes = stage.measuresInput ? figures.stageInputBytes : figures.stageTEIBytes
            let (documents, megabytes) = rates(documents: figures.stageDocuments, bytes: bytes, seconds: seconds)
            text +=
                "| \(stage.rawValue) | \(fixed(seconds, 2)) s | \(documents) | \(megabytes) | \(stage.measuresInput ? "input" : "TEI") |\n"
        }
        let encodeSeconds = [BenchmarkStage.decode, .layout, .tei, .serialiseValidated].reduce(0.0) {
            $0 + (figures.stageSeconds[$1] ?? 0)
        }
        let (serialDocuments, serialMB) = rates(
            documents: figures.stageDocuments, bytes: figures.stageInputBytes, seconds: encodeSeconds)
        text +=
            "| **encode + validate, sum of the first four stages** | \(fixed(encodeSeconds, 2)) s | \(serialDocuments) | \(serialMB) | input |\n"
        let (memoryDocuments, memoryMB) = rates(
            documents: figures.documents, bytes: figures.inputBytes, seconds: figures.inMemorySeconds)
        text +=
            "| **encode + validate in memory (no file input or output), \(configuration.jobs) threads** | \(fixed(figures.inMemorySeconds, 2)) s | **\(memoryDocuments)** | \(memoryMB) | input |\n"
        let (pipelineDocuments, pipelineMB) = rates(
            documents: figures.documents, bytes: figures.inputBytes, seconds: figures.pipelineSeconds)
        let (_, pipelineTEI) = rates(
            documents: figures.documents, bytes: figures.teiBytes, seconds: figures.pipelineSeconds)
        text +=
            "| **whole pipeline (read, encode, validate, write), \(configuration.jobs) threads** | \(fixed(figures.pipelineSeconds, 2)) s | **\(pipelineDocuments)** | **\(pipelineMB)** (\(pipelineTEI) of TEI) | input |\n"
        if let single = figures.xmllintValidateSeconds {
            let (documents, megabytes) = rates(documents: figures.documents, bytes: figures.teiBytes, seconds: single)
            text +=
                "| reference: `xmllint --noout --relaxng teigram.rng`, 1 process per \(grouped(configuration.batchSize)) files | \(fixed(single, 2)) s | \(documents) | \(megabytes) | TEI |\n"
        }
        if let parse = figures.xmllintParseSeconds {
            let (documents, megabytes) = rates(documents: figures.documents, bytes: figures.teiBytes, seconds: parse)
            text +=
                "| reference: `xmllint --noout` (parse only), 1 process | \(fixed(parse, 2)) s | \(documents) | \(megabytes) | TEI |\n"
        }
        text += "\n"
        if figures.pipelineValid != figures.documents {
            text += "Whole pipeline: \(figures.pipelineValid) of \(figures.documents) documents valid.\n"
        }
        if figures.xmllintStatus != 0 {
            text += "xmllint exit status \(figures.xmllintStatus) (some file did not validate).\n"
        }
        if let validate = figures.stageSeconds[.validate], let xmllint = figures.xmllintValidateSeconds, validate > 0,
            xmllint > 0, figures.stageDocuments > 0
        {
            let validatePerDocument = validate / Double(figures.stageDocuments)
            let xmllintPerDocument = xmllint / Double(max(1, figures.documents))
            text +=
                "TEIValidator (parse + schema + integrity rules, in memory) runs at \(fixed(xmllintPerDocument / validatePerDocument * 100, 0)) % of the speed of xmllint "
            text +=
                "(parse + schema, from files); libxml2 parsing alone in-process: \(fixed((figures.stageSeconds[.parse] ?? 0) / validate * 100, 0)) % of TEIValidator's time.\n"
        }
        if let xmllint = figures.xmllintValidateSeconds, xmllint > 0, figures.documents > 0 {
            // The library's own limit: validating alone, at xmllint's rate, shared by the pipeline's threads.
            let floor = xmllint / Double(configuration.jobs)
            text +=
                "libxml2's floor: at `xmllint --relaxng`'s rate, validating these \(grouped(figures.documents)) documents alone takes "
            text += "\(fixed(floor, 1)) s on \(configuration.jobs) thread\(configuration.jobs == 1 ? "" : "s") "
            text += "(\(fixed(floor / Double(figures.documents) * 100_000, 0)) s per 100,000), before any encoding.\n"
        }
        text +=
            "Peak memory (VmHWM) \(figures.peakIsPerSize ? "while this size ran" : "of the process so far"): **\(megabytes(figures.peakMemoryBytes))**.\n\n"
        if let seconds = figures.publishSeconds {
            text +=
                "Publishing the edition (`teigram publish`: \(grouped(figures.publishedFiles)) files; \(configuration.jobs) threads): "
                + "**\(fixed(seconds, 2)) s**, again unchanged \(fixed(figures.republishSeconds ?? 0, 2)) s; "
                + "resident memory \(megabytes(figures.residentBeforePublishBytes)) before, peak \(megabytes(figures.publishPeakMemoryBytes)) while publishing.\n\n"
        }
        return text
    }

    static func growthTable(_ report: BenchmarkReport) -> String {
        var text = "## Growth with corpus size\n\n"
        text +=
            "| documents | whole pipeline docs/s | MB/s (input) | in memory docs/s | serialise + validate docs/s (1 thread) | validate a file docs/s (1 thread) | xmllint --relaxng docs/s | peak memory |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        for (size, figures) in report.sizes {
            let (pipelineDocuments, pipelineMB) = rates(
                documents: figures.documents, bytes: figures.inputBytes, seconds: figures.pipelineSeconds)
            let (memoryDocuments, _) = rates(
                documents: figures.documents, bytes: figures.inputBytes, seconds: figures.inMemorySeconds)
            let (writtenDocuments, _) = rates(
                documents: figures.stageDocuments, bytes: figures.stageTEIBytes,
                seconds: figures.stageSeconds[.serialiseValidated] ?? 0)
            let (validateDocuments, _) = rates(
                documents: figures.stageDocuments, bytes: figures.stageTEIBytes,
                seconds: figures.stageSeconds[.validate] ?? 0)
            let xmllint =
                figures.xmllintValidateSeconds.map {
                    rates(documents: figures.documents, bytes: figures.teiBytes, seconds: $0).0
                } ?? "n/a"
            text +=
                "| \(grouped(size)) | \(pipelineDocuments) | \(pipelineMB) | \(memoryDocuments) | \(writtenDocuments) | \(validateDocuments) | \(xmllint) | \(megabytes(figures.peakMemoryBytes)) |\n"
        }
        return text + "\n"
    }

    static func markdown(_ comparison: ValidateComparison, configuration: BenchmarkConfiguration) -> String {
        var text = "## teigram validate vs xmllint\n\n"
        text +=
            "\(grouped(comparison.files)) TEI files, \(fixed(Double(comparison.bytes) / 1e6, 2)) MB, on disk (page cache warm); "
        text += "processes include start-up and schema compilation.\n\n"
        text += "| what | time | files/s | MB/s | status |\n|---|---:|---:|---:|---:|\n"
        for row in comparison.rows {
            let (files, megabytes) = rates(documents: comparison.files, bytes: comparison.bytes, seconds: row.seconds)
            text += "| \(row.label) | \(fixed(row.seconds, 2)) s | \(files) | \(megabytes) | \(row.status) |\n"
        }
        return text + "\n"
    }

    static func markdown(_ comparison: EncodeComparison) -> String {
        var text = "## teigram encode vs xmllint\n\n"
        text +=
            "\(grouped(comparison.files)) raw telegrams encoded by `teigram encode --jobs \(comparison.jobs)` (read, layout, tagging, "
        text += "TEI, validation by libxml2 against the schema and the integrity rules, atomic writes), against "
        text += "`xmllint --noout --relaxng` (one process) validating the TEI it wrote. Both are whole processes.\n\n"
        text += "| what | time | files/s | status |\n|---|---:|---:|---:|\n"
        let encodeRate = rates(documents: comparison.files, bytes: 0, seconds: comparison.encodeSeconds).0
        text +=
            "| `teigram encode --jobs \(comparison.jobs)` | \(fixed(comparison.encodeSeconds, 2)) s | \(encodeRate) | \(comparison.encodeStatus) |\n"
        if let seconds = comparison.xmllintSeconds {
            let rate = rates(documents: comparison.files, bytes: 0, seconds: seconds).0
            text +=
                "| `xmllint --noout --relaxng` (1 process) | \(fixed(seconds, 2)) s | \(rate) | \(comparison.xmllintStatus) |\n"
        }
        if let ratio = comparison.ratio {
            text +=
                "\n**Encoding takes \(fixed(ratio, 2)) × the time xmllint takes merely to validate its output** (target: at most 1.5).\n"
        }
        return text + "\n"
    }

    static func markdown(_ tagging: TaggingScale, configuration: BenchmarkConfiguration) -> String {
        var text = "## Tagging cost: authority size and text length\n\n"
        text += "The real telegrams with every body paragraph written 1, 4 or 16 times; best of several passes. "
        text +=
            "The generated authority (\(grouped(configuration.syntheticAuthorityEntries)) entries added to the real files) "
        text += "took \(fixed(tagging.authorityLoadSeconds, 2)) s to parse and index.\n\n"
        text +=
            "| authority | names indexed | length | docs | MB | mentions | tagger ms | tagger MB/s | µs per KB | TEIWriter ms | TEIWriter MB/s |\n"
        text += "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        for row in tagging.rows {
            let megabytes = Double(row.bytes) / 1e6
            text +=
                "| \(row.authority) | \(grouped(row.names)) | \(row.factor)× | \(row.documents) | \(fixed(megabytes, 2)) | \(grouped(row.mentions)) "
            text +=
                "| \(fixed(row.taggerSeconds * 1000, 2)) | \(fixed(megabytes / row.taggerSeconds, 1)) | \(fixed(row.taggerSeconds * 1e6 / (Double(row.bytes) / 1000), 1)) "
            text += "| \(fixed(row.writerSeconds * 1000, 2)) | \(fixed(megabytes / row.writerSeconds, 1)) |\n"
        }
        // The two claims, as ratios.
        let factors = Set(tagging.rows.map(\.factor)).sorted()
        var authorityRatios: [String] = []
        for factor in factors {
            let pair = tagging.rows.filter { $0.factor == factor }
            if pair.count == 2, pair[0].taggerSeconds > 0 {
                authorityRatios.append("\(factor)×: \(fixed(pair[1].taggerSeconds / pair[0].taggerSeconds, 2))")
            }
        }
        text +=
            "\nTagger time with the large authority ÷ with the real one: \(authorityRatios.joined(separator: ", ")) (1.00 = flat in authority size).\n"
        if let smallest = factors.first {
            var lengthRatios: [String] = []
            for label in Array(Set(tagging.rows.map(\.authority))).sorted() {
                let rows = tagging.rows.filter { $0.authority == label }
                guard let base = rows.first(where: { $0.factor == smallest }), base.taggerSeconds > 0 else { continue }
                let parts = rows.filter { $0.factor != smallest }.map { row in
                    "\(row.factor)× length → \(fixed(row.taggerSeconds / base.taggerSeconds, 1))× time (\(fixed(Double(row.bytes) / Double(base.bytes), 1))× bytes)"
                }
                lengthRatios.append("\(label): " + parts.joined(separator: ", "))
            }
            text += "Linear in text length: " + lengthRatios.joined(separator: "; ") + ".\n"
        }
        return text + "\n"
    }
}
