import Foundation
import TeigramCore
import TeigramXML

/// What `teigram bench` measures. Every figure is wall-clock time on this machine; MB are 10⁶ bytes.
public struct BenchmarkConfiguration: Sendable {
    /// Corpus sizes to run, in documents.
    public var sizes: [Int]
    /// Threads for the whole-pipeline figure (and processes for the parallel xmllint reference).
    public var jobs: Int
    /// Documents generated, written and processed at a time: memory is bounded by this, not by the size.
    public var batchSize: Int
    /// Keep the generated corpus and TEI here instead of a temporary directory that is removed.
    public var keepDirectory: String?
    /// Seed of the synthetic corpus.
    public var seed: UInt64
    /// `xmllint`, when installed (reference figures are left out otherwise).
    public var xmllint: String?
    /// The `teigram` executable, to time `teigram validate` as a user runs it (in-process figures otherwise).
    public var teigramExecutable: String?
    /// Files for the `teigram validate` versus `xmllint` comparison (0: skip).
    public var validateComparisonFiles: Int
    /// Raw telegrams for the `teigram encode` versus `xmllint` comparison (0: skip; needs
    /// ``teigramExecutable``).
    public var encodeComparisonFiles: Int
    /// Entries of the generated authority for the tagging-scale figures (0: skip them).
    public var syntheticAuthorityEntries: Int
    /// Lengths for the tagging-scale figures (multiples of the real telegrams' body).
    public var lengthFactors: [Int]
    /// At most this many documents per size are timed stage by stage (evenly spread: every k-th one); the
    /// whole pipeline and xmllint always process every document.
    public var stageSampleLimit: Int

    /// Creates a configuration; the defaults are those of `teigram bench`.
    public init(
        sizes: [Int] = [1_000, 10_000, 100_000], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        batchSize: Int = 1_000, keepDirectory: String? = nil, seed: UInt64 = SyntheticCorpus.defaultSeed,
        xmllint: String? = ExternalCommand.locate("xmllint"), teigramExecutable: String? = nil,
        validateComparisonFiles: Int = 3_000, encodeComparisonFiles: Int = 2_000,
        syntheticAuthorityEntries: Int = 100_000, lengthFactors: [Int] = [1, 4, 16],
        stageSampleLimit: Int = 10_000
    ) {
        self.sizes = sizes
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
        self.keepDirectory = keepDirectory
        self.seed = seed
        self.xmllint = xmllint
        self.teigramExecutable = teigramExecutable
        self.validateComparisonFiles = validateComparisonFiles
        self.encodeComparisonFiles = encodeComparisonFiles
        self.syntheticAuthorityEntries = syntheticAuthorityEntries
        self.lengthFactors = lengthFactors
        self.stageSampleLimit = max(1, stageSampleLimit)
    }
}
