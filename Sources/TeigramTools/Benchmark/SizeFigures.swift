import Foundation
import TeigramCore
import TeigramXML

/// The figures for one corpus size.
public struct SizeFigures: Sendable {
    /// Documents generated.
    public var documents = 0
    /// Raw telegram bytes.
    public var inputBytes = 0
    /// TEI bytes.
    public var teiBytes = 0
    /// Documents timed stage by stage (all, or every k-th: see ``BenchmarkConfiguration/stageSampleLimit``).
    public var stageDocuments = 0
    /// Their raw bytes.
    public var stageInputBytes = 0
    /// Their TEI bytes.
    public var stageTEIBytes = 0
    /// Documents whose raw text was refused (never expected from the generator).
    public var unreadable = 0
    /// Documents whose TEI did not validate (never expected).
    public var invalid = 0
    /// Seconds per stage, one thread, summed over the ``stageDocuments``.
    public var stageSeconds: [BenchmarkStage: Double] = [:]
    /// Seconds to generate and write the raw corpus.
    public var generationSeconds = 0.0
    /// Seconds for the whole pipeline as `teigram build` runs it (read, encode, validate, write the TEI) over
    /// all documents on ``BenchmarkConfiguration/jobs`` threads.
    public var pipelineSeconds = 0.0
    /// Documents the whole-pipeline run found valid.
    public var pipelineValid = 0
    /// Seconds to encode and validate all documents from bytes already read, writing nothing, on
    /// ``BenchmarkConfiguration/jobs`` threads: the pipeline without file input and output.
    public var inMemorySeconds = 0.0
    /// `xmllint --noout --relaxng` on the TEI files, one process per batch.
    public var xmllintValidateSeconds: Double?
    /// `xmllint --noout` (parse only), one process per batch.
    public var xmllintParseSeconds: Double?
    /// Worst xmllint exit status (0: every file valid).
    public var xmllintStatus: Int32 = 0
    /// Peak resident memory while this size ran (bytes).
    public var peakMemoryBytes: Int?
    /// Whether ``peakMemoryBytes`` is this size's own peak (else the process's peak so far).
    public var peakIsPerSize = false
    /// Seconds to publish the size's TEI as an edition (``EditionPublisher``, HTML, registers, CMIF, GeoJSON,
    /// JSON lines) on ``BenchmarkConfiguration/jobs`` threads, into a new folder.
    public var publishSeconds: Double?
    /// Seconds to publish the same edition again, unchanged (nothing is rewritten).
    public var republishSeconds: Double?
    /// Peak resident memory while publishing (bytes), with the process's resident memory before it.
    public var publishPeakMemoryBytes: Int?
    public var residentBeforePublishBytes: Int?
    /// Files the edition holds.
    public var publishedFiles = 0
    /// Seconds for everything at this size.
    public var wallSeconds = 0.0
}
