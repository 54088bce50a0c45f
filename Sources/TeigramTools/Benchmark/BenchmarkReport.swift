import Foundation
import TeigramCore
import TeigramXML

/// Everything one `teigram bench` run measured.
public struct BenchmarkReport: Sendable {
    /// The configuration.
    public var configuration: BenchmarkConfiguration
    /// Figures per size, in the order run.
    public var sizes: [(size: Int, figures: SizeFigures)] = []
    /// `teigram validate` versus xmllint.
    public var validateComparison: ValidateComparison?
    /// `teigram encode` versus xmllint.
    public var encodeComparison: EncodeComparison?
    /// Tagging scale.
    public var tagging: TaggingScale?
}
