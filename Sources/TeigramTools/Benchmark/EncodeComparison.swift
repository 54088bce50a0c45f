import Foundation
import TeigramCore

/// `teigram encode --jobs N` on raw telegrams against `xmllint --noout --relaxng` (one process) merely
/// validating the TEI that run wrote: how much encoding, tagging and libxml2 validation together cost
/// beside libxml2's own validation of the result. Both are whole processes, timed from outside.
public struct EncodeComparison: Sendable {
    /// Raw telegrams encoded.
    public var files = 0
    /// Threads of `teigram encode`.
    public var jobs = 1
    /// Seconds of `teigram encode --jobs N` over all files (start-up and schema compilation included).
    public var encodeSeconds = 0.0
    /// Its exit status (0: every document valid and written).
    public var encodeStatus: Int32 = 0
    /// Seconds of `xmllint --noout --relaxng` over the TEI written, in one process.
    public var xmllintSeconds: Double?
    /// Its exit status (0: every file valid).
    public var xmllintStatus: Int32 = 0

    /// `encodeSeconds / xmllintSeconds`, the figure of record.
    public var ratio: Double? {
        guard let xmllintSeconds, xmllintSeconds > 0 else { return nil }
        return encodeSeconds / xmllintSeconds
    }
}

extension CorpusBenchmark {
    /// Writes ``BenchmarkConfiguration/encodeComparisonFiles`` new synthetic telegrams to `directory`, runs
    /// the `teigram` executable's `encode --jobs N` on them, then `xmllint` on what it wrote.
    /// - Throws: ``Diagnostic`` when the directory cannot be written.
    func compareEncoding(corpus: SyntheticCorpus, schemaFile: String, directory: String) throws(Diagnostic)
        -> EncodeComparison?
    {
        guard let teigram = configuration.teigramExecutable else { return nil }
        try Self.makeDirectory(directory + "/raw")
        try Self.makeDirectory(directory + "/tei")
        defer { if configuration.keepDirectory == nil { try? FileManager.default.removeItem(atPath: directory) } }
        // Telegrams after every other measurement's, so they are new ones.
        let offset = (configuration.sizes.max() ?? 0) + configuration.validateComparisonFiles
        var inputs: [String] = []
        for index in offset..<(offset + configuration.encodeComparisonFiles) {
            let telegram = corpus.telegram(at: index)
            let path = directory + "/raw/" + telegram.name + ".txt"
            try FileIO.writeAtomically(telegram.bytes, to: path)
            inputs.append(path)
        }
        var comparison = EncodeComparison(files: inputs.count, jobs: configuration.jobs)
        let encode = ExternalCommand.run(
            teigram,
            argumentLists: [
                [
                    "encode", "--project", project.root, "--jobs", String(configuration.jobs), "--output",
                    directory + "/tei",
                ] + inputs
            ])
        comparison.encodeSeconds = encode.seconds
        comparison.encodeStatus = encode.status
        if let xmllint = configuration.xmllint {
            let outputs = FileIO.files(in: directory + "/tei", suffix: ".xml")
            let validate = ExternalCommand.run(
                xmllint, argumentLists: [["--noout", "--relaxng", schemaFile] + outputs])
            comparison.xmllintSeconds = validate.seconds
            comparison.xmllintStatus = validate.status
        }
        return comparison
    }
}
